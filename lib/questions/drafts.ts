/**
 * Notes the reader has typed on a card but not added yet, per term, in storage.local: closing the
 * card (Escape, a click outside), reloading or closing the tab must not lose them. Removed when the
 * note is added or the box is cleared. Content scripts can use storage.local (storage.session is
 * for extension pages only, unless opened up to content scripts, and so to every page's card UI).
 *
 * Small and forgiving: a damaged value reads as no drafts; at most MAX_DRAFTS terms are kept, the
 * oldest dropped first.
 */
import { browser } from 'wxt/browser';
import { isPlainObject } from '../../data/plain-object';

const DRAFTS_KEY = 'noteDrafts';
const MAX_DRAFTS = 50;
/** A draft can be longer than a note (the reader trims it), but not without bound. */
const MAX_DRAFT_LENGTH = 20_000;

type Drafts = Record<string, { text: string; at: number }>;

async function readAll(): Promise<Drafts> {
  const raw = (await browser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY];
  const drafts: Drafts = {};
  if (!isPlainObject(raw)) return drafts;
  for (const [termId, d] of Object.entries(raw)) {
    if (isPlainObject(d) && typeof d.text === 'string' && typeof d.at === 'number') {
      drafts[termId] = { text: d.text, at: d.at };
    }
  }
  return drafts;
}

// One write at a time, in order: the last keystroke's text is the one kept.
let queue: Promise<unknown> = Promise.resolve();

function update(change: (drafts: Drafts) => void): Promise<void> {
  const next = queue.then(async () => {
    const drafts = await readAll();
    change(drafts);
    const kept = Object.entries(drafts)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_DRAFTS);
    await browser.storage.local.set({ [DRAFTS_KEY]: Object.fromEntries(kept) });
  });
  queue = next.catch(() => undefined);
  return next;
}

/** The draft note for a term, or ''. */
export async function loadDraft(termId: string): Promise<string> {
  try {
    await queue; // this context's own last write first
    return (await readAll())[termId]?.text ?? '';
  } catch {
    return '';
  }
}

/** Keeps (or, for empty text, removes) the draft note for a term. */
export function saveDraft(termId: string, text: string): Promise<void> {
  return update((drafts) => {
    if (text.trim() === '') delete drafts[termId];
    else drafts[termId] = { text: text.slice(0, MAX_DRAFT_LENGTH), at: Date.now() };
  });
}

export function clearDraft(termId: string): Promise<void> {
  return saveDraft(termId, '');
}
