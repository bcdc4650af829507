import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cardData } from '../../data/card';
import { GLOSSARY, getEntry } from '../../data/index';
import { TermCard } from '../term-card/term-card';
import { searchGlossary, type SearchHit } from './glossary-search';

/**
 * "Look up a term": a search over the whole glossary (names, brand names, abbreviations) that
 * shows the same card as the popover on the page. One result shows its card at once; several
 * show a list to choose from.
 */
export function GlossaryLookup() {
  const [query, setQuery] = useState('');
  /** Cards the reader opened, in order; the last one is shown. Empty: the results list. */
  const [trail, setTrail] = useState<string[]>([]);
  const hits = useMemo(() => searchGlossary(query), [query]);
  const single = hits.length === 1 ? hits[0]!.id : null;
  const shown = trail.at(-1) ?? single;
  const cardRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [focus, setFocus] = useState<{ to: 'card' } | { to: 'hit'; id: string } | null>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.to === 'card') cardRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-hit="${focus.id}"]`)?.focus();
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

  let backLink: { name: string; onBack: () => void } | undefined;
  const previous = trail.at(-2);
  if (previous) backLink = { name: getEntry(previous)?.name ?? 'the last term', onBack: back };
  else if (trail.length === 1 && trail[0] !== single) {
    backLink = { name: 'the search results', onBack: back };
  }
  const data = shown ? cardData(shown) : null;

  return (
    <section class="tl-section" aria-labelledby="tl-lookup">
      <h2 id="tl-lookup">Look up a term</h2>
      <form
        role="search"
        class="tl-search"
        onSubmit={(e) => {
          e.preventDefault();
          if (hits[0] && !single) open(hits[0].id);
        }}
      >
        <label for="tl-search-input">Word, brand name or abbreviation</label>
        <input
          id="tl-search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="tl-search-hint"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setTrail([]);
          }}
        />
        <p id="tl-search-hint" class="tl-hint">
          For example Gleevec, dasatinib or TKI. The glossary has {GLOSSARY.length} terms about ALL
          and its treatment.
        </p>
      </form>
      <p class="tl-sr-only" role="status">
        {resultsSentence(query, hits)}
      </p>
      {query.trim() !== '' && hits.length === 0 && (
        <p class="tl-hint">
          Nothing in the glossary matches “{query.trim()}”. Try a drug name, a brand name or an
          abbreviation.
        </p>
      )}
      {data ? (
        <div class="tl-lookup-card" tabIndex={-1} ref={cardRef}>
          <TermCard data={data} idPrefix="tl-lookup" onSelectRelated={open} back={backLink} />
        </div>
      ) : (
        hits.length > 1 && (
          <ul class="tl-results" ref={listRef} aria-label="Matching terms">
            {hits.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  class="tl-result"
                  data-hit={hit.id}
                  onClick={() => open(hit.id)}
                >
                  <span class="tl-result-name">{hit.name}</span>
                  {hit.via && (
                    <span class="tl-result-via">
                      {hit.brand ? 'brand name' : 'also called'} {hit.via}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
    </section>
  );
}

function resultsSentence(query: string, hits: SearchHit[]): string {
  if (query.trim() === '') return '';
  if (hits.length === 0) return 'No terms found.';
  if (hits.length === 1) return `1 term found: ${hits[0]!.name}. Its explanation is shown below.`;
  return `${hits.length} terms found.`;
}
