import { useState } from 'preact/hooks';
import { getEntry } from '../../data/index';
import { CATEGORIES, isHostDisabled, type Settings } from '../../lib/settings';
import { timesLabel } from './page-info';
import type { PageState } from './use-page-info';
import { plural, t } from '../../lib/i18n';

/** Longer lists show this many terms first, so the search below stays in the popup's view. */
export const SHORT_LIST = 6;

export const cannotReadPage = (): string => t('popup_cannotRead');

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
      <h2 id="tl-on-page">{t('popup_onThisPage')}</h2>
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
          {t('popup_termGone', { name: getEntry(missing)?.name ?? t('popup_thatTerm') })}
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
  if (state.kind === 'loading') return <p class="tl-hint">{t('popup_looking')}</p>;
  if (state.kind === 'unavailable') return <p class="tl-notice">{cannotReadPage()}</p>;
  const { info } = state;
  if (!info.active) {
    let why = t('popup_notHighlighting');
    if (!settings.enabled) why = t('popup_offEverywhere');
    else if (isHostDisabled(settings, info.host)) why = t('popup_offOnSite');
    return <p class="tl-hint">{why}</p>;
  }
  if (info.terms.length === 0) {
    const someOff = CATEGORIES.some((c) => !settings.categories[c]);
    return (
      <p class="tl-hint">
        {t('popup_noTerms')}
        {someOff && ` ${t('popup_someKindsOff')}`}
      </p>
    );
  }
  // Folding away just one or two terms would save less room than the button takes.
  const foldable = info.terms.length > SHORT_LIST + 2;
  const shown = foldable && !expanded ? info.terms.slice(0, SHORT_LIST) : info.terms;
  return (
    <>
      <p class="tl-hint">{plural('popup_found', info.terms.length)}</p>
      <ul class="tl-terms" id="tl-term-list">
        {shown.map(({ id, count }) => {
          const name = getEntry(id)?.name ?? id;
          return (
            <li key={id} data-term-id={id}>
              <span class="tl-term-name">{name}</span>
              <span class="tl-term-count">{timesLabel(count)}</span>
              <button type="button" class="tl-button" onClick={() => onReveal(id)}>
                {t('popup_show')}
                <span class="tl-sr-only"> {t('popup_showOnPage', { name })}</span>
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
          {expanded ? t('popup_fewerTerms') : t('popup_allTerms', { count: info.terms.length })}
        </button>
      )}
    </>
  );
}
