import type { JSX } from 'preact';
import type { CardData } from '../../data/card';
import type { DatedSource } from '../../data/index';
import type { SourceId } from '../../data/types';
import type { CardLabels } from './card-labels';

/** A fact's source mark: its number in the source list, or nothing for the main source. */
export type Cite = (source: SourceId) => JSX.Element | null;

/** The card's sources, then the student level's that are not already there. */
export function allSources(data: CardData): DatedSource[] {
  const seen = new Set(data.sources.map((s) => s.id));
  return [...data.sources, ...(data.studentSources ?? []).filter((s) => !seen.has(s.id))];
}

/**
 * A small source number after each fact that is not from the card's main source (the first in
 * the numbered list under "More"); unnumbered facts are from the main source, as the list says.
 * Numbering every fact would put the same "1" after nearly every line.
 */
export function citer(sources: DatedSource[], labels: CardLabels): Cite {
  return (source) => {
    const n = sources.findIndex((s) => s.id === source) + 1;
    if (n < 2) return null;
    return (
      <span class="tl-cite" data-source={source}>
        {' '}
        <span class="tl-sr-only">{labels.t('card_sourceOpen')} </span>
        {n}
        <span class="tl-sr-only">{labels.t('card_sourceClose')}</span>
      </span>
    );
  };
}
