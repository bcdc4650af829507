/**
 * The shape of "My questions": terms the reader saved from a card, each with the page it was saved
 * on and the reader's own notes (questions to ask at the next visit).
 */
import { isPlainObject } from '../../data/plain-object';
import { isTermId } from '../../data/term-id';
import { plural, t } from '../i18n';

export { isPlainObject, isTermId };

/** One question or note the reader wants to bring to the visit. */
export interface QuestionNote {
  /** Stable id, so edits, reorders and undo find the same note. */
  id: string;
  text: string;
  /** Ticked off at the visit. */
  asked: boolean;
  /** Picked from our suggested prompts rather than typed by the reader. */
  suggested: boolean;
}

/** A saved glossary term; the list holds at most one per term id. */
export interface SavedTerm {
  termId: string;
  /** The term's name when saved, so the list reads well even if the glossary changes. */
  termName: string;
  /**
   * For a term of an imported glossary ("g3/x"), that glossary's name when saved: the list still
   * says where the term came from after the glossary is removed.
   */
  glossaryName?: string;
  /** ISO 8601 date and time of the save. */
  savedAt: string;
  pageTitle: string;
  /** Null when the reader turned recording the page address off (or the page had none). */
  pageUrl: string | null;
  /** The sentence around the term on the page, trimmed. */
  context: string;
  notes: QuestionNote[];
}

export interface QuestionList {
  /** In the reader's order (newest save last). */
  terms: SavedTerm[];
}

// Bounds keep a corrupted or hostile value cheap to read and the whole list far below
// storage.local's 10 MB (500 × 50 × 1,000 characters is the worst case, about 25 MB of notes;
// storage-full is still handled, see store.ts).
export const MAX_TERMS = 500;
export const MAX_NOTES_PER_TERM = 50;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_CONTEXT_LENGTH = 400;
export const MAX_TITLE_LENGTH = 300;
export const MAX_URL_LENGTH = 2048;
const MAX_ID_LENGTH = 100;

function emptyList(): QuestionList {
  return { terms: [] };
}

/** Collapses runs of white space and trims, then cuts to max characters (with an ellipsis). */
export function cleanText(value: string, max: number): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Notes keep their line breaks (a reader may list several things), but not trailing space. */
export function cleanNote(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text;
}

/** Only web and file addresses are recorded; anything else (javascript:, data:) is not kept. */
export function cleanUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'file:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function newNoteId(): string {
  return `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export interface ParsedList {
  list: QuestionList;
  /** One line per thing that could not be read and was left out, for the reader. */
  dropped: string[];
}

/**
 * Reads a list of saved terms, keeping every term and note that can be read. A term without a
 * usable id is dropped; a broken optional field (title, context, address) is emptied; a broken
 * note is dropped on its own. Nothing here throws.
 */
export function parseTerms(raw: unknown): ParsedList {
  const dropped: string[] = [];
  const list = emptyList();
  if (!Array.isArray(raw)) {
    if (raw !== undefined) dropped.push(t('questions_droppedNotList'));
    return { list, dropped };
  }
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    if (list.terms.length >= MAX_TERMS) {
      dropped.push(plural('questions_droppedTerms', raw.length - i, { max: MAX_TERMS }));
      break;
    }
    const term = parseTerm(raw[i], i + 1, dropped);
    if (!term) continue;
    if (seen.has(term.termId)) {
      // Two entries for one term (two old writes): keep one, with both sets of notes.
      const first = list.terms.find((t) => t.termId === term.termId)!;
      first.notes = mergeNotes(first.notes, term.notes);
      continue;
    }
    seen.add(term.termId);
    list.terms.push(term);
  }
  return { list, dropped };
}

function parseTerm(raw: unknown, position: number, dropped: string[]): SavedTerm | null {
  if (!isPlainObject(raw) || !isTermId(raw.termId)) {
    dropped.push(t('questions_droppedUnreadableTerm', { position }));
    return null;
  }
  const termId = raw.termId;
  const termName =
    typeof raw.termName === 'string' && raw.termName.trim() !== ''
      ? cleanText(raw.termName, MAX_TITLE_LENGTH)
      : termId;
  const date = typeof raw.savedAt === 'string' ? new Date(raw.savedAt) : null;
  const savedAt = date && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
  const notes: QuestionNote[] = [];
  const rawNotes = Array.isArray(raw.notes) ? raw.notes : [];
  if (raw.notes !== undefined && !Array.isArray(raw.notes)) {
    dropped.push(t('questions_droppedNotesUnreadable', { term: termName }));
  }
  const ids = new Set<string>();
  for (let n = 0; n < rawNotes.length; n++) {
    if (notes.length >= MAX_NOTES_PER_TERM) {
      dropped.push(
        plural('questions_droppedNotes', rawNotes.length - n, {
          term: termName,
          max: MAX_NOTES_PER_TERM,
        }),
      );
      break;
    }
    const note = parseNote(rawNotes[n]);
    if (!note) {
      dropped.push(t('questions_droppedNote', { term: termName, position: n + 1 }));
      continue;
    }
    if (ids.has(note.id)) note.id = newNoteId();
    ids.add(note.id);
    notes.push(note);
  }
  const glossaryName =
    typeof raw.glossaryName === 'string' && raw.glossaryName.trim() !== ''
      ? cleanText(raw.glossaryName, MAX_TITLE_LENGTH)
      : undefined;
  return {
    termId,
    termName,
    ...(glossaryName !== undefined && { glossaryName }),
    savedAt,
    pageTitle: typeof raw.pageTitle === 'string' ? cleanText(raw.pageTitle, MAX_TITLE_LENGTH) : '',
    pageUrl: cleanUrl(raw.pageUrl),
    context: typeof raw.context === 'string' ? cleanText(raw.context, MAX_CONTEXT_LENGTH) : '',
    notes,
  };
}

function parseNote(raw: unknown): QuestionNote | null {
  if (!isPlainObject(raw) || typeof raw.text !== 'string') return null;
  const text = cleanNote(raw.text);
  if (text === '') return null;
  const id =
    typeof raw.id === 'string' && raw.id !== '' && raw.id.length <= MAX_ID_LENGTH
      ? raw.id
      : newNoteId();
  return { id, text, asked: raw.asked === true, suggested: raw.suggested === true };
}

/** Notes of a, then those of b whose text a does not already have. */
function mergeNotes(a: QuestionNote[], b: QuestionNote[]): QuestionNote[] {
  const texts = new Set(a.map((n) => n.text));
  const ids = new Set(a.map((n) => n.id));
  const extra = b
    .filter((n) => !texts.has(n.text))
    .map((n) => (ids.has(n.id) ? { ...n, id: newNoteId() } : n));
  return [...a, ...extra].slice(0, MAX_NOTES_PER_TERM);
}
