import type { PageInfo, TermCount } from '../../lib/messaging/protocol';
import { plural, t } from '../../lib/i18n';

/**
 * Checks what the content script answered. Anything else (undefined when no script listens, or an
 * answer from an older or newer Termlight) counts as "cannot read this page".
 */
export function parsePageInfo(value: unknown): PageInfo | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.host !== 'string' || typeof v.active !== 'boolean' || !Array.isArray(v.terms)) {
    return null;
  }
  const terms: TermCount[] = [];
  for (const t of v.terms as unknown[]) {
    if (!t || typeof t !== 'object') return null;
    const { id, count } = t as Record<string, unknown>;
    if (typeof id !== 'string' || typeof count !== 'number' || !(count > 0)) return null;
    terms.push({ id, count });
  }
  return { host: v.host, active: v.active, terms };
}

export function sameTerms(a: readonly TermCount[], b: readonly TermCount[]): boolean {
  return a.length === b.length && a.every((t, i) => t.id === b[i]?.id && t.count === b[i]?.count);
}

/**
 * Whether the page has finished reacting to a change: it is (or is not) highlighting as expected,
 * and its counts stayed the same between two looks (highlighting runs in slices).
 */
export function isSettled(
  previous: PageInfo | null,
  next: PageInfo,
  expectActive: boolean | undefined,
): boolean {
  if (expectActive !== undefined && next.active !== expectActive) return false;
  if (!next.active) return true;
  return previous !== null && previous.active && sameTerms(previous.terms, next.terms);
}

/**
 * The tab the popup reports on, from `popup.html?tab=<id>`. Only the browser tests use this: they
 * open the popup in a tab of its own, where "the active tab" would be the popup itself.
 */
export function parseTabOverride(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

/** "once", "twice", "3 times". */
export function timesLabel(count: number): string {
  return count === 2 ? t('popup_twice') : plural('popup_times', count);
}
