import { useState } from 'preact/hooks';
import { getEntry } from '../../data/index';
import { CATEGORIES, isHostDisabled, type Settings } from '../../lib/settings';
import { timesLabel } from './page-info';
import type { PageState } from './use-page-info';

/** Longer lists show this many terms first, so the search below stays in the popup's view. */
export const SHORT_LIST = 6;

export const CANNOT_READ_PAGE =
  "Termlight can't read this page. Browsers don't let extensions into their own pages, the web " +
  'store or the PDF viewer. It works on ordinary web pages.';

export interface TermListProps {
  state: PageState;
  settings: Settings;
  /** Scrolls the page to the term and opens its explanation; resolves false if it is gone. */
  onReveal: (id: string) => Promise<boolean>;
}

/** "On this page": the terms Termlight highlighted, how often, and a way to jump to each. */
export function TermList({ state, settings, onReveal }: TermListProps) {
  const [missing, setMissing] = useState<string | null>(null);
  return (
    <section class="tl-section" aria-labelledby="tl-on-page">
      <h2 id="tl-on-page">On this page</h2>
      <PageBody
        state={state}
        settings={settings}
        onReveal={async (id) => {
          setMissing(null);
          if (!(await onReveal(id))) setMissing(id);
        }}
      />
      {missing && (
        <p class="tl-hint" role="status">
          {getEntry(missing)?.name ?? 'That term'} is no longer on the page.
        </p>
      )}
    </section>
  );
}

function PageBody({
  state,
  settings,
  onReveal,
}: {
  state: PageState;
  settings: Settings;
  onReveal: (id: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  if (state.kind === 'loading') return <p class="tl-hint">Looking at this page…</p>;
  if (state.kind === 'unavailable') return <p class="tl-notice">{CANNOT_READ_PAGE}</p>;
  const { info } = state;
  if (!info.active) {
    let why = 'Termlight is not highlighting this page.';
    if (!settings.enabled) why = 'Termlight is turned off, so nothing is highlighted.';
    else if (isHostDisabled(settings, info.host)) why = 'Termlight is turned off on this site.';
    return <p class="tl-hint">{why}</p>;
  }
  if (info.terms.length === 0) {
    const someOff = CATEGORIES.some((c) => !settings.categories[c]);
    return (
      <p class="tl-hint">
        No leukemia treatment terms found on this page.
        {someOff && ' Some kinds of terms are turned off in the settings.'}
      </p>
    );
  }
  const found = info.terms.length === 1 ? '1 term' : `${info.terms.length} terms`;
  // Folding away just one or two terms would save less room than the button takes.
  const foldable = info.terms.length > SHORT_LIST + 2;
  const shown = foldable && !expanded ? info.terms.slice(0, SHORT_LIST) : info.terms;
  return (
    <>
      <p class="tl-hint">Termlight found {found}. Choose Show to go to the first mention.</p>
      <ul class="tl-terms" id="tl-term-list">
        {shown.map(({ id, count }) => {
          const name = getEntry(id)?.name ?? id;
          return (
            <li key={id} data-term-id={id}>
              <span class="tl-term-name">{name}</span>
              <span class="tl-term-count">{timesLabel(count)}</span>
              <button type="button" class="tl-button" onClick={() => onReveal(id)}>
                Show<span class="tl-sr-only"> {name} on the page</span>
              </button>
            </li>
          );
        })}
      </ul>
      {foldable && (
        <button
          type="button"
          class="tl-button tl-quiet"
          aria-expanded={expanded}
          aria-controls="tl-term-list"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'See fewer terms' : `See all ${info.terms.length} terms`}
        </button>
      )}
    </>
  );
}
