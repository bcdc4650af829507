/**
 * Every change to the list, as plain data: the content script and the My questions page send these
 * to the background, which applies them one at a time (see store.ts), so no change is lost.
 */
import {
  cleanNote,
  cleanText,
  cleanUrl,
  isPlainObject,
  isTermId,
  MAX_CONTEXT_LENGTH,
  MAX_NOTES_PER_TERM,
  MAX_TERMS,
  MAX_TITLE_LENGTH,
  newNoteId,
  parseTerms,
  type QuestionList,
  type QuestionNote,
  type SavedTerm,
} from './schema';
import { t } from '../i18n';

export interface SaveRequest {
  termId: string;
  termName: string;
  /** Set for a term of an imported glossary (see SavedTerm.glossaryName). */
  glossaryName?: string;
  pageTitle: string;
  pageUrl: string | null;
  context: string;
  /** Notes to add with the save (the reader's own and picked prompts). */
  notes: { text: string; suggested: boolean }[];
}

export type QuestionOp =
  | { op: 'save'; term: SaveRequest }
  | { op: 'unsave'; termId: string }
  /** Puts back a term removed by unsave (undo), at its old place. */
  | { op: 'restore-term'; term: SavedTerm; index: number }
  | { op: 'add-notes'; termId: string; notes: { text: string; suggested: boolean }[] }
  | { op: 'edit-note'; termId: string; noteId: string; text: string }
  | { op: 'move-note'; termId: string; noteId: string; by: -1 | 1 }
  | { op: 'set-asked'; termId: string; noteId: string; asked: boolean }
  | { op: 'delete-note'; termId: string; noteId: string }
  | { op: 'restore-note'; termId: string; note: QuestionNote; index: number }
  /** Import: the whole list at once, already checked (see import.ts). */
  | { op: 'replace'; list: QuestionList }
  /** Import, added to the list: the same term is joined, the same question kept once. */
  | { op: 'merge'; list: QuestionList };

/** Refused changes (a full list, a note that is empty); the message is for the reader. */
export class QuestionsError extends Error {
  override name = 'QuestionsError';
}

/** The list after one change. Pure: the input list is not modified. */
export function applyOp(list: QuestionList, change: QuestionOp, now = new Date()): QuestionList {
  const terms = list.terms.map((t) => ({ ...t, notes: [...t.notes] }));
  const next: QuestionList = { terms };
  switch (change.op) {
    case 'save': {
      const request = change.term;
      let term = terms.find((t) => t.termId === request.termId);
      if (!term) {
        if (terms.length >= MAX_TERMS) {
          throw new QuestionsError(t('questions_errorListFull', { max: MAX_TERMS }));
        }
        term = {
          termId: request.termId,
          termName: cleanText(request.termName, MAX_TITLE_LENGTH) || request.termId,
          ...(request.glossaryName && {
            glossaryName: cleanText(request.glossaryName, MAX_TITLE_LENGTH),
          }),
          savedAt: now.toISOString(),
          pageTitle: cleanText(request.pageTitle, MAX_TITLE_LENGTH),
          pageUrl: cleanUrl(request.pageUrl),
          context: cleanText(request.context, MAX_CONTEXT_LENGTH),
          notes: [],
        };
        terms.push(term);
      }
      addNotes(term, request.notes);
      return next;
    }
    case 'unsave':
      return { terms: terms.filter((t) => t.termId !== change.termId) };
    case 'restore-term': {
      const restored = parseTerms([change.term]).list.terms[0];
      if (!restored || terms.some((t) => t.termId === restored.termId)) return next;
      terms.splice(clampIndex(change.index, terms.length), 0, restored);
      return next;
    }
    case 'add-notes':
      addNotes(findTerm(terms, change.termId), change.notes);
      return next;
    case 'edit-note': {
      const text = cleanNote(change.text);
      if (text === '') throw new QuestionsError(t('questions_errorEmptyNote'));
      const term = findTerm(terms, change.termId);
      term.notes = term.notes.map((n) => (n.id === change.noteId ? { ...n, text } : n));
      return next;
    }
    case 'move-note': {
      const term = findTerm(terms, change.termId);
      const from = term.notes.findIndex((n) => n.id === change.noteId);
      const to = from + change.by;
      if (from < 0 || to < 0 || to >= term.notes.length) return next;
      const [note] = term.notes.splice(from, 1);
      term.notes.splice(to, 0, note!);
      return next;
    }
    case 'set-asked': {
      const term = findTerm(terms, change.termId);
      term.notes = term.notes.map((n) =>
        n.id === change.noteId ? { ...n, asked: change.asked } : n,
      );
      return next;
    }
    case 'delete-note': {
      const term = findTerm(terms, change.termId);
      term.notes = term.notes.filter((n) => n.id !== change.noteId);
      return next;
    }
    case 'restore-note': {
      const term = findTerm(terms, change.termId);
      const text = cleanNote(change.note.text);
      if (text === '' || term.notes.some((n) => n.id === change.note.id)) return next;
      if (term.notes.length >= MAX_NOTES_PER_TERM) throw fullTerm(term);
      const note = { ...change.note, text };
      term.notes.splice(clampIndex(change.index, term.notes.length), 0, note);
      return next;
    }
    case 'replace':
      return parseTerms(change.list.terms).list;
    case 'merge':
      for (const incoming of parseTerms(change.list.terms).list.terms) mergeTerm(terms, incoming);
      return next;
  }
}

/** Questions that differ only in letter case or spacing are the same question. */
const sameQuestion = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Adds a term from a restored file: a term already in the list keeps its place, page and notes,
 * and gets the file's questions it lacks (a question asked in either copy stays asked).
 */
function mergeTerm(terms: SavedTerm[], incoming: SavedTerm): void {
  const term = terms.find((t) => t.termId === incoming.termId);
  if (!term) {
    if (terms.length >= MAX_TERMS) {
      throw new QuestionsError(t('questions_errorListFull', { max: MAX_TERMS }));
    }
    terms.push({ ...incoming, notes: incoming.notes.map((n) => ({ ...n, id: newNoteId() })) });
    return;
  }
  if (!term.context && incoming.context) {
    term.context = incoming.context;
    term.pageTitle ||= incoming.pageTitle;
    term.pageUrl ??= incoming.pageUrl;
  }
  for (const note of incoming.notes) {
    const i = term.notes.findIndex((n) => sameQuestion(n.text) === sameQuestion(note.text));
    if (i >= 0) {
      const have = term.notes[i]!;
      if (note.asked && !have.asked) term.notes[i] = { ...have, asked: true };
      continue;
    }
    if (term.notes.length >= MAX_NOTES_PER_TERM) throw fullTerm(term);
    term.notes.push({ ...note, id: newNoteId() });
  }
}

function findTerm(terms: SavedTerm[], termId: string): SavedTerm {
  const term = terms.find((t) => t.termId === termId);
  if (!term) throw new QuestionsError(t('questions_errorTermGone'));
  return term;
}

function addNotes(term: SavedTerm, notes: { text: string; suggested: boolean }[]): void {
  const have = new Set(term.notes.map((n) => n.text));
  for (const { text: raw, suggested } of notes) {
    const text = cleanNote(raw);
    if (text === '' || have.has(text)) continue; // picking a prompt twice adds it once
    if (term.notes.length >= MAX_NOTES_PER_TERM) throw fullTerm(term);
    have.add(text);
    term.notes.push({ id: newNoteId(), text, asked: false, suggested });
  }
}

function fullTerm(term: SavedTerm): QuestionsError {
  return new QuestionsError(
    t('questions_errorTermFull', { term: term.termName, max: MAX_NOTES_PER_TERM }),
  );
}

function clampIndex(index: number, length: number): number {
  return Number.isInteger(index) ? Math.min(Math.max(index, 0), length) : length;
}

/** Narrows an untrusted message payload to a QuestionOp, or null. */
export function parseQuestionOp(raw: unknown): QuestionOp | null {
  if (!isPlainObject(raw)) return null;
  const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
  const noteId = (v: unknown) => str(v, 100) && v !== '';
  switch (raw.op) {
    case 'save': {
      const t = raw.term;
      if (!isPlainObject(t) || !isTermId(t.termId) || !str(t.termName, 1000)) return null;
      if (!str(t.pageTitle, 10_000) || !str(t.context, 10_000)) return null;
      if (t.pageUrl !== null && !str(t.pageUrl, 10_000)) return null;
      if (t.glossaryName !== undefined && !str(t.glossaryName, 1000)) return null;
      const notes = parseNewNotes(t.notes);
      if (!notes) return null;
      return {
        op: 'save',
        term: {
          termId: t.termId,
          termName: t.termName as string,
          ...(typeof t.glossaryName === 'string' && { glossaryName: t.glossaryName }),
          pageTitle: t.pageTitle as string,
          pageUrl: t.pageUrl as string | null,
          context: t.context as string,
          notes,
        },
      };
    }
    case 'unsave':
      return isTermId(raw.termId) ? { op: 'unsave', termId: raw.termId } : null;
    case 'restore-term':
      return isPlainObject(raw.term) && typeof raw.index === 'number'
        ? { op: 'restore-term', term: raw.term as unknown as SavedTerm, index: raw.index }
        : null;
    case 'add-notes': {
      const notes = parseNewNotes(raw.notes);
      return isTermId(raw.termId) && notes ? { op: 'add-notes', termId: raw.termId, notes } : null;
    }
    case 'edit-note':
      return isTermId(raw.termId) && noteId(raw.noteId) && str(raw.text, 10_000)
        ? {
            op: 'edit-note',
            termId: raw.termId,
            noteId: raw.noteId as string,
            text: raw.text as string,
          }
        : null;
    case 'move-note':
      return isTermId(raw.termId) && noteId(raw.noteId) && (raw.by === 1 || raw.by === -1)
        ? { op: 'move-note', termId: raw.termId, noteId: raw.noteId as string, by: raw.by }
        : null;
    case 'set-asked':
      return isTermId(raw.termId) && noteId(raw.noteId) && typeof raw.asked === 'boolean'
        ? { op: 'set-asked', termId: raw.termId, noteId: raw.noteId as string, asked: raw.asked }
        : null;
    case 'delete-note':
      return isTermId(raw.termId) && noteId(raw.noteId)
        ? { op: 'delete-note', termId: raw.termId, noteId: raw.noteId as string }
        : null;
    case 'restore-note': {
      const note = raw.note;
      if (!isTermId(raw.termId) || !isPlainObject(note) || typeof raw.index !== 'number') {
        return null;
      }
      if (!noteId(note.id) || !str(note.text, 10_000)) return null;
      return {
        op: 'restore-note',
        termId: raw.termId,
        index: raw.index,
        note: {
          id: note.id as string,
          text: note.text as string,
          asked: note.asked === true,
          suggested: note.suggested === true,
        },
      };
    }
    case 'replace':
    case 'merge':
      return isPlainObject(raw.list) && Array.isArray(raw.list.terms)
        ? { op: raw.op, list: raw.list as unknown as QuestionList }
        : null;
    default:
      return null;
  }
}

function parseNewNotes(raw: unknown): { text: string; suggested: boolean }[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_NOTES_PER_TERM) return null;
  const notes: { text: string; suggested: boolean }[] = [];
  for (const n of raw) {
    if (!isPlainObject(n) || typeof n.text !== 'string' || n.text.length > 10_000) return null;
    notes.push({ text: n.text, suggested: n.suggested === true });
  }
  return notes;
}
