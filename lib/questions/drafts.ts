/**
 * Notes the reader has typed on a card but not added yet, per term, in storage.local: closing the
 * card (Escape, a click outside), reloading or closing the tab must not lose them. Removed when the
 * note is added or the box is cleared. Content scripts can use storage.local (storage.session is
 * for extension pages only, unless opened up to content scripts, and so to every page's card UI).
 *
 * One storage item (lib/storage/item.ts), like the other stores: versioned, its updates one at a
 * time on a fresh read. Small and forgiving: a damaged value or draft reads as none; at most
 * MAX_DRAFTS terms are kept, the oldest dropped first.
 */
import { isPlainObject } from '../../data/plain-object';
import { defineItem, type Fields } from '../storage/item';

const DRAFTS_KEY = 'noteDrafts';
const DRAFTS_VERSION = 1;
const MAX_DRAFTS = 50;
/** A draft can be longer than a note (the reader trims it), but not without bound. */
const MAX_DRAFT_LENGTH = 20_000;

type Drafts = Record<string, { text: string; at: number }>;

/** The stored drafts, each one checked; a broken one is dropped (drafts are never reported). */
function parseDrafts(fields: Fields | undefined): { value: Drafts; problems: string[] } {
  const value: Drafts = {};
  const raw = fields?.drafts;
  if (!isPlainObject(raw)) return { value, problems: [] };
  for (const [termId, d] of Object.entries(raw)) {
    if (isPlainObject(d) && typeof d.text === 'string' && typeof d.at === 'number') {
      value[termId] = { text: d.text.slice(0, MAX_DRAFT_LENGTH), at: d.at };
    }
  }
  return { value, problems: [] };
}

const draftsItem = defineItem<Drafts>({
  area: 'local',
  key: DRAFTS_KEY,
  version: DRAFTS_VERSION,
  // The first drafts (December 2026) were stored as the bare map of term -> draft.
  unversionedIsV0: true,
  migrations: { 1: (old) => ({ drafts: old }) },
  parse: parseDrafts,
  encode: (drafts) => {
    const kept = Object.entries(drafts)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_DRAFTS);
    return { drafts: Object.fromEntries(kept) };
  },
  // Never shown: a draft that cannot be read is simply not there.
  describe: (problem) => `note drafts not read (${problem.kind})`,
  backupKey: 'noteDraftsUnreadable',
  error: (failure) =>
    new Error(
      failure.action === 'too-large'
        ? `note drafts too large (${failure.bytes} bytes)`
        : `note drafts: ${failure.action} failed`,
      'cause' in failure ? { cause: failure.cause } : undefined,
    ),
});

// This context's last write, so a read after it sees it (the item orders writes, not reads).
let lastWrite: Promise<unknown> = Promise.resolve();

/** The draft note for a term, or ''. */
export async function loadDraft(termId: string): Promise<string> {
  try {
    await lastWrite;
    return (await draftsItem.read()).value[termId]?.text ?? '';
  } catch {
    return '';
  }
}

/** Keeps (or, for empty text, removes) the draft note for a term. */
export function saveDraft(termId: string, text: string): Promise<void> {
  const write = draftsItem.update(({ value }) => {
    const drafts = { ...value };
    if (text.trim() === '') delete drafts[termId];
    else drafts[termId] = { text: text.slice(0, MAX_DRAFT_LENGTH), at: Date.now() };
    return drafts;
  });
  lastWrite = write.catch(() => undefined);
  return write.then(() => undefined);
}

export function clearDraft(termId: string): Promise<void> {
  return saveDraft(termId, '');
}
