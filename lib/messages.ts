/**
 * Messages: the toolbar popup asks the content script of the active tab's top frame; content
 * scripts ask the background for an entry's card.
 */

export interface TermCount {
  id: string;
  count: number;
}

export interface PageInfo {
  host: string;
  /** Whether Termlight is highlighting this page (on globally and for this site). */
  active: boolean;
  /** Terms found on the page, most frequent first. */
  terms: TermCount[];
}

export type PopupRequest =
  { type: 'termlight:page-info' } | { type: 'termlight:reveal'; id: string };

/** Narrows an unknown runtime message to one of ours; anything else is ignored. */
export function parsePopupRequest(message: unknown): PopupRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'termlight:page-info') return { type: m.type };
  if (m.type === 'termlight:reveal' && typeof m.id === 'string' && m.id.length <= 100) {
    return { type: m.type, id: m.id };
  }
  return null;
}

export type CardRequest = { type: 'termlight:card'; id: string };

export function parseCardRequest(message: unknown): CardRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'termlight:card' && typeof m.id === 'string' && m.id.length <= 100) {
    return { type: m.type, id: m.id };
  }
  return null;
}

/** Counts highlighted terms by id, most frequent first, then by id. */
export function countTerms(ids: Iterable<string>): TermCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
