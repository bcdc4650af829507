/**
 * Reads a CSV file made by toCsv back into a list (backup and restore on another device). All or
 * nothing: any problem gives errors naming the line and no list, so a damaged file changes nothing.
 */
import { CSV_COLUMNS } from './export';
import {
  cleanNote,
  cleanUrl,
  isTermId,
  MAX_CONTEXT_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_NOTES_PER_TERM,
  MAX_TERMS,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  newNoteId,
  type QuestionList,
  type SavedTerm,
} from './schema';

/** Files larger than this are not a list of questions (the fullest list is far smaller). */
export const MAX_IMPORT_BYTES = 5_000_000;
const MAX_ERRORS = 10;

export interface ImportError {
  /** 1-based line of the file where the problem starts. */
  line: number;
  message: string;
}

export type ImportResult = { ok: true; list: QuestionList } | { ok: false; errors: ImportError[] };

interface Row {
  line: number;
  cells: string[];
}

/** RFC 4180 records, each with the line it starts on; quoted cells may hold line breaks. */
function parseCsv(text: string): { rows: Row[] } | { error: ImportError } {
  const rows: Row[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) {
            return { error: { line: start, message: 'a quoted field is never closed' } };
          }
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        const after = text[i];
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
          return { error: { line, message: 'text after a closing quote' } };
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"')
            return { error: { line, message: 'a quote inside an unquoted field' } };
          cell += text[i];
          i++;
        }
      }
      cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    // A blank line (often the last) is not a record.
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: start, cells });
  }
  return { rows };
}

/** Takes off the apostrophe csvCell put before a formula-like cell. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      errors: [{ line: 1, message: 'the file is too large to be a list of questions' }],
    };
  }
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) return { ok: false, errors: [parsed.error] };
  const [header, ...rows] = parsed.rows;
  if (!header || header.cells.join(',') !== CSV_COLUMNS.join(',')) {
    return {
      ok: false,
      errors: [
        {
          line: header?.line ?? 1,
          message: `this is not a Termlight questions file: the first line should be "${CSV_COLUMNS.join(',')}"`,
        },
      ],
    };
  }
  const errors: ImportError[] = [];
  const terms = new Map<string, SavedTerm>();
  for (const row of rows) {
    if (errors.length >= MAX_ERRORS) break;
    const fail = (message: string) => errors.push({ line: row.line, message });
    if (row.cells.length !== CSV_COLUMNS.length) {
      fail(`expected ${CSV_COLUMNS.length} fields, found ${row.cells.length}`);
      continue;
    }
    const [termId, termName, savedAt, pageTitle, pageUrl, context, question, asked, suggested] =
      row.cells.map(unguard) as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
    if (!isTermId(termId)) {
      fail(
        `"${String(termId).slice(0, 40)}" is not a term id (lowercase letters, digits and hyphens)`,
      );
      continue;
    }
    if (termName.trim() === '' || termName.length > MAX_TITLE_LENGTH) {
      fail(`the term name must be 1 to ${MAX_TITLE_LENGTH} characters`);
      continue;
    }
    if (savedAt !== '' && Number.isNaN(new Date(savedAt).getTime())) {
      fail(`"${savedAt.slice(0, 40)}" is not a date`);
      continue;
    }
    if (pageTitle.length > MAX_TITLE_LENGTH)
      fail(`the page title is longer than ${MAX_TITLE_LENGTH} characters`);
    if (pageUrl !== '' && (pageUrl.length > MAX_URL_LENGTH || cleanUrl(pageUrl) === null)) {
      fail('the page address is not a web address');
    }
    if (context.length > MAX_CONTEXT_LENGTH)
      fail(`the sentence is longer than ${MAX_CONTEXT_LENGTH} characters`);
    if (question.length > MAX_NOTE_LENGTH)
      fail(`the question is longer than ${MAX_NOTE_LENGTH} characters`);
    const flags = { asked, suggested };
    for (const [name, value] of Object.entries(flags)) {
      if (!['yes', 'no', ''].includes(value))
        fail(`${name} should be yes or no, not "${value.slice(0, 20)}"`);
    }
    if (errors.some((e) => e.line === row.line)) continue;

    let term = terms.get(termId);
    if (!term) {
      if (terms.size >= MAX_TERMS) {
        fail(`more than ${MAX_TERMS} terms`);
        continue;
      }
      term = {
        termId,
        termName: termName.trim(),
        savedAt: savedAt === '' ? '' : new Date(savedAt).toISOString(),
        pageTitle,
        pageUrl: pageUrl === '' ? null : cleanUrl(pageUrl),
        context,
        notes: [],
      };
      terms.set(termId, term);
    }
    const text = cleanNote(question);
    if (text === '') {
      if (asked === 'yes') fail('a question marked as asked has no text');
      continue;
    }
    if (term.notes.length >= MAX_NOTES_PER_TERM) {
      fail(`${term.termName} has more than ${MAX_NOTES_PER_TERM} questions`);
      continue;
    }
    term.notes.push({
      id: newNoteId(),
      text,
      asked: asked === 'yes',
      suggested: suggested === 'yes',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, list: { terms: [...terms.values()] } };
}

/** "Line 4: expected 9 fields, found 7" for the reader. */
export function describeImportError(error: ImportError): string {
  return `Line ${error.line}: ${error.message}.`;
}
