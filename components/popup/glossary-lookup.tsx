import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../../lib/search';
import { ResultReason } from '../search/result-reason';
import { useGlossarySearch } from '../search/use-glossary-search';
import { SaveAnnouncer, SearchSave } from '../questions/search-save';
import { TermCard, type CardLevel } from '../term-card/term-card';
import { plural, t } from '../../lib/i18n';

/** The popup lists this many results; the glossary page has the rest. */
export const POPUP_RESULTS = 8;

export interface GlossaryLookupProps {
  /** Opens the full glossary page, with this search when there is one. */
  onOpenGlossary: (query: string) => void;
  /** The level cards open at (the reader's setting). */
  level?: CardLevel;
}

/**
 * "Search the glossary": names, brand names, abbreviations, misspellings and the text of the
 * cards (lib/search), showing the same card as the popover on the page. One result shows its card
 * at once; several show a list, each saying why it matched.
 */
export function GlossaryLookup({ onOpenGlossary, level = 'patient' }: GlossaryLookupProps) {
  const glossary = useGlossarySearch();
  const [query, setQuery] = useState('');
  /** Cards the reader opened, in order; the last one is shown. Empty: the results list. */
  const [trail, setTrail] = useState<string[]>([]);
  const hits = useMemo(() => glossary.search(query), [glossary, query]);
  const shownHits = hits.slice(0, POPUP_RESULTS);
  const single = hits.length === 1 ? hits[0]!.id : null;
  const shown = trail.at(-1) ?? single;
  const inputRef = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [focus, setFocus] = useState<{ to: 'card' } | { to: 'hit'; id: string } | null>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.to === 'card') cardRef.current?.focus();
    else
      listRef.current?.querySelector<HTMLElement>(`[data-hit="${CSS.escape(focus.id)}"]`)?.focus();
    setFocus(null);
  }, [focus]);

  const open = (id: string) => {
    setTrail((t) => [...(t.length > 0 ? t : single ? [single] : []), id]);
    setFocus({ to: 'card' });
  };
  const back = () => {
    const left = trail.at(-1);
    setTrail((t) => t.slice(0, -1));
    if (trail.length === 1 && left) setFocus({ to: 'hit', id: left });
    else setFocus({ to: 'card' });
  };

  /** Up and down arrows move between the search box and the results. */
  const moveFocus = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-hit]') ?? [])];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    e.preventDefault();
    if (next < 0) inputRef.current?.focus();
    else buttons[Math.min(next, buttons.length - 1)]!.focus();
  };

  let backLink: { name: string; onBack: () => void } | undefined;
  const previous = trail.at(-2);
  if (previous) {
    backLink = {
      name: glossary.cardOf(previous)?.entry.name ?? t('lookup_lastTerm'),
      onBack: back,
    };
  } else if (trail.length === 1 && trail[0] !== single) {
    backLink = { name: t('lookup_backToResults'), onBack: back };
  }
  const data = shown ? glossary.cardOf(shown) : null;
  const trimmed = query.trim();

  return (
    <SaveAnnouncer>
      <section class="tl-section" aria-labelledby="tl-lookup">
        <h2 id="tl-lookup">{t('lookup_title')}</h2>
        <form
          role="search"
          class="tl-search"
          onSubmit={(e) => {
            e.preventDefault();
            if (hits[0] && !single) open(hits[0].id);
          }}
        >
          <label for="tl-search-input">{t('lookup_label')}</label>
          <input
            id="tl-search-input"
            ref={inputRef}
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="tl-search-hint"
            value={query}
            onKeyDown={moveFocus}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setTrail([]);
            }}
          />
          <p id="tl-search-hint" class="tl-hint">
            {t('lookup_hint')}
          </p>
        </form>
        <p class="tl-sr-only" role="status" aria-live="polite">
          {resultsSentence(trimmed, hits)}
        </p>
        {trimmed !== '' && hits.length === 0 && (
          <p class="tl-hint">{t('lookup_nothing', { query: trimmed })}</p>
        )}
        {data ? (
          <div class="tl-lookup-card" tabIndex={-1} ref={cardRef}>
            <TermCard
              data={data}
              idPrefix="tl-lookup"
              headingLevel={3}
              onSelectRelated={open}
              back={backLink}
              level={level}
              actions={<SearchSave data={data} idPrefix="tl-lookup-q" />}
            />
          </div>
        ) : (
          hits.length > 1 && (
            <ul
              class="tl-results"
              ref={listRef}
              aria-label={t('lookup_results')}
              onKeyDown={moveFocus}
            >
              {shownHits.map((hit) => (
                <li key={hit.id}>
                  <button
                    type="button"
                    class="tl-result"
                    data-hit={hit.id}
                    onClick={() => open(hit.id)}
                  >
                    <span class="tl-result-name">{hit.name}</span>
                    <ResultReason result={hit} />
                  </button>
                </li>
              ))}
            </ul>
          )
        )}
        <p class="tl-inline">
          <button type="button" class="tl-button tl-quiet" onClick={() => onOpenGlossary(trimmed)}>
            {hits.length > POPUP_RESULTS
              ? t('lookup_seeAll', { count: hits.length })
              : t('lookup_openGlossary')}
          </button>
        </p>
      </section>
    </SaveAnnouncer>
  );
}

function resultsSentence(query: string, hits: SearchResult[]): string {
  if (query === '') return '';
  if (hits.length === 0) return t('lookup_noneFound');
  if (hits.length === 1) return t('lookup_foundOne', { name: hits[0]!.name });
  const found = plural('lookup_found', hits.length);
  if (hits.length > POPUP_RESULTS) {
    return `${found} ${t('lookup_firstListed', { count: POPUP_RESULTS })}`;
  }
  return found;
}
