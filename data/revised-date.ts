/**
 * Source dates as the card shows them. Kept apart from data/index.ts so that a bundle holding only
 * the Spanish side of the cards (the embed's termlight-es.js) does not bring the whole glossary.
 */
import type { Source } from './types';

/** What the UI shows when a source gives no revision date. */
export const DATE_NOT_GIVEN = 'date not given';

/** A source with its revision date ready to show. */
export interface DatedSource extends Source {
  /** "October 17, 2018", or "date not given". */
  revised: string;
  /** "December 1, 2026": when we read our copy, where the source records it. */
  read?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2018-10-17" -> "October 17, 2018"; null -> "date not given". No time zones involved. */
export function formatRevised(lastRevised: string | null): string {
  if (lastRevised === null) return DATE_NOT_GIVEN;
  const [year, month, day] = lastRevised.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
}
