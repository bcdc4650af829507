import { NAMES } from './page-names';

/**
 * Which entry each highlight element stands for. Kept here, in the extension's isolated world,
 * never in the page: a page script that reads the DOM cannot list the reader's terms (issue #23).
 */
type TermIds = WeakMap<Element, string>;

// Shared by the content script and the card UI script it injects (two bundles, one isolated
// world; see page-names.ts). In the embed and the tests, a module of its own is enough.
const SHARED_KEY = '__termlightTermIds';

function termIds(): TermIds {
  if (import.meta.env.MODE !== 'production') return new WeakMap();
  const global = globalThis as unknown as Record<string, TermIds | undefined>;
  return (global[SHARED_KEY] ??= new WeakMap());
}

const ids = termIds();

/** Records the entry a highlight element stands for (test builds also write it into the DOM). */
export function setTermId(el: Element, id: string): void {
  ids.set(el, id);
  if (NAMES.idInDom) el.setAttribute('data-term-id', id);
}

/** The entry a highlight element stands for, or null for any other element. */
export function termIdOf(el: Element): string | null {
  return ids.get(el) ?? (NAMES.idInDom ? el.getAttribute('data-term-id') : null);
}
