import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CardData } from '../../data/card';
import { CATEGORIES, CATEGORY_LABELS } from '../../data/categories';
import type { GlossaryEntry } from '../../data/types';
import { useSettings } from '../shared/use-settings';
import { useDocumentTheme } from '../shared/use-theme';
import { ResultReason } from '../search/result-reason';
import { useGlossarySearch, type GlossarySearch } from '../search/use-glossary-search';
import { SaveAnnouncer, SearchSave } from '../questions/search-save';
import { TermCard, type CardLevel } from '../term-card/term-card';
import { glossaryQuery, parseEntryHash } from '../shared/glossary-address';
import { formatNumber, t, uiLocale } from '../../lib/i18n';
import { cardInLanguage } from '../term-card/card-in-language';
import { LangNote } from '../term-card/lang-note';

export interface GlossaryAppProps {
  initialQuery?: string;
  /** Called with "?q=…" (or "" for no search) whenever the search changes. */
  onQueryChange?: (search: string) => void;
}

/**
 * The full glossary: every entry's card, grouped by kind of term, with the same search as the
 * popup. Each card is linkable as glossary.html#<entry id>; related terms move there.
 */
export function GlossaryApp({ initialQuery = '', onQueryChange }: GlossaryAppProps) {
  const { settings } = useSettings();
  useDocumentTheme(settings?.theme ?? 'system');
  const level = settings?.firstCardLevel ?? 'patient';
  const glossary = useGlossarySearch();
  const [query, setQuery] = useState(initialQuery);
  const trimmed = query.trim();
  const results = useMemo(() => glossary.search(trimmed), [glossary, trimmed]);
  /** The entry to bring into view and focus after the next render. */
  const [target, setTarget] = useState<string | null>(() => parseEntryHash(location.hash) || null);

  const goTo = useCallback(
    (id: string) => {
      if (trimmed !== '' && !results.some((r) => r.id === id)) setQuery('');
      if (parseEntryHash(location.hash) !== id) history.pushState(null, '', `#${id}`);
      setTarget(id);
    },
    [trimmed, results],
  );

  useEffect(() => {
    const follow = () => {
      const id = parseEntryHash(location.hash);
      if (id && glossary.cardOf(id)) goTo(id);
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, [glossary, goTo]);

  useEffect(() => onQueryChange?.(glossaryQuery(query)), [query, onQueryChange]);

  // After every render, not only when the target changes: an imported entry may render later
  // than the jump to it was asked for.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (target === null) return;
    const el = document.getElementById(target);
    if (!el) return; // not rendered yet (an imported entry still loading) or not an entry
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
    setTarget(null);
  });

  return (
    <SaveAnnouncer>
      <main class="tl-page tl-glossary">
        <h1>{t('glossary_title')}</h1>
        <p class="tl-lead">{t('glossary_lead')}</p>
        <p class="tl-notice">{t('pages_disclaimer')}</p>
        <form role="search" class="tl-search" onSubmit={(e) => e.preventDefault()}>
          <label for="tl-glossary-search">{t('glossary_searchLabel')}</label>
          <input
            id="tl-glossary-search"
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="tl-glossary-hint"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <p id="tl-glossary-hint" class="tl-hint">
            {t('glossary_searchHint')}
          </p>
        </form>
        <p class="tl-glossary-count" role="status" aria-live="polite">
          {countSentence(trimmed, results.length, glossary.entries.length)}
        </p>
        {trimmed === '' ? (
          <AllEntries glossary={glossary} level={level} onSelectRelated={goTo} />
        ) : (
          results.length > 0 && (
            <ol class="tl-glossary-list" aria-label={t('glossary_results')}>
              {results.map((result, i) => {
                const data = glossary.cardOf(result.id);
                return (
                  data && (
                    <li key={result.id}>
                      <EntryCard data={data} index={i} level={level} onSelectRelated={goTo}>
                        <p class="tl-glossary-why">
                          <span class="tl-sr-only">{t('glossary_matchedBy')} </span>
                          <ResultReason result={result} />
                        </p>
                      </EntryCard>
                    </li>
                  )
                );
              })}
            </ol>
          )
        )}
      </main>
    </SaveAnnouncer>
  );
}

function countSentence(query: string, found: number, total: number): string {
  if (query === '') return t('glossary_all', { count: formatNumber(total) });
  if (found === 0) return t('glossary_nothing', { query });
  return t('glossary_found', {
    found: formatNumber(found),
    query,
    total: formatNumber(total),
  });
}

function AllEntries({
  glossary,
  level,
  onSelectRelated,
}: {
  glossary: GlossarySearch;
  level: CardLevel;
  onSelectRelated: (id: string) => void;
}) {
  const groups = CATEGORIES.map((category) => ({
    category,
    entries: glossary.entries
      .filter((e) => e.category === category)
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  })).filter((g) => g.entries.length > 0);
  let n = 0;
  return (
    <>
      <nav class="tl-glossary-kinds" aria-label={t('glossary_kinds')}>
        <ul class="tl-inline">
          {groups.map(({ category, entries }) => (
            <li key={category}>
              <a href={`#tl-kind-${category}`}>
                {CATEGORY_LABELS[category].group} ({entries.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ category, entries }) => (
        <section
          key={category}
          class="tl-section"
          id={`tl-kind-${category}`}
          aria-labelledby={`tl-kind-${category}-title`}
        >
          <h2 id={`tl-kind-${category}-title`}>{CATEGORY_LABELS[category].group}</h2>
          <ul class="tl-glossary-list">
            {entries.map((entry: GlossaryEntry) => {
              const data = glossary.cardOf(entry.id);
              return (
                data && (
                  <li key={entry.id}>
                    <EntryCard
                      data={data}
                      index={n++}
                      level={level}
                      onSelectRelated={onSelectRelated}
                      headingLevel={3}
                    />
                  </li>
                )
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

function EntryCard({
  data,
  index,
  level,
  onSelectRelated,
  children,
  headingLevel = 2,
}: {
  data: CardData;
  index: number;
  level: CardLevel;
  onSelectRelated: (id: string) => void;
  children?: ComponentChildren;
  /** 3 under a kind's heading (all entries), 2 in the search results (under the page's h1). */
  headingLevel?: 2 | 3;
}) {
  // In the Spanish interface, the entries that have their Spanish level show it, as the card on
  // a page does (issue #29); the rest stay English, marked lang="en", and say so in Spanish.
  const shown = cardInLanguage(data, uiLocale().startsWith('es') ? 'es' : 'en');
  return (
    <div class="tl-glossary-entry" id={data.entry.id} tabIndex={-1}>
      {children}
      <LangNote note={shown.note} />
      <TermCard
        data={shown.data}
        idPrefix={`tl-entry-${index}`}
        onSelectRelated={onSelectRelated}
        // The student level is English: a Spanish card shows plain words.
        level={shown.lang === 'es' ? 'patient' : level}
        headingLevel={headingLevel}
        lang={shown.lang}
        actions={<SearchSave data={data} idPrefix={`tl-entry-${index}-q`} />}
      />
    </div>
  );
}
