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
import { plural, t } from '../i18n';
import { foreignFileKind, type ForeignKind } from './file-kind';

/** Files larger than this are not a list of questions (the fullest list is far smaller). */
const MAX_IMPORT_BYTES = 5_000_000;
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
            return { error: { line: start, message: t('questions_importUnclosedQuote') } };
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
          return { error: { line, message: t('questions_importAfterQuote') } };
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') return { error: { line, message: t('questions_importStrayQuote') } };
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
      errors: [{ line: 1, message: t('questions_importTooLarge') }],
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
          message: t('questions_importNotOurs', { columns: CSV_COLUMNS.join(',') }),
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
      fail(
        plural('questions_importFieldCount', row.cells.length, { expected: CSV_COLUMNS.length }),
      );
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
      fail(t('questions_importNotTermId', { value: String(termId).slice(0, 40) }));
      continue;
    }
    if (termName.trim() === '' || termName.length > MAX_TITLE_LENGTH) {
      fail(t('questions_importTermName', { max: MAX_TITLE_LENGTH }));
      continue;
    }
    if (savedAt !== '' && Number.isNaN(new Date(savedAt).getTime())) {
      fail(t('questions_importNotDate', { value: savedAt.slice(0, 40) }));
      continue;
    }
    if (pageTitle.length > MAX_TITLE_LENGTH)
      fail(t('questions_importTitleTooLong', { max: MAX_TITLE_LENGTH }));
    if (pageUrl !== '' && (pageUrl.length > MAX_URL_LENGTH || cleanUrl(pageUrl) === null)) {
      fail(t('questions_importNotAddress'));
    }
    if (context.length > MAX_CONTEXT_LENGTH)
      fail(t('questions_importSentenceTooLong', { max: MAX_CONTEXT_LENGTH }));
    if (question.length > MAX_NOTE_LENGTH)
      fail(t('questions_importQuestionTooLong', { max: MAX_NOTE_LENGTH }));
    const flags = { asked, suggested };
    for (const [name, value] of Object.entries(flags)) {
      if (!['yes', 'no', ''].includes(value))
        fail(t('questions_importNotYesNo', { column: name, value: value.slice(0, 20) }));
    }
    if (errors.some((e) => e.line === row.line)) continue;

    let term = terms.get(termId);
    if (!term) {
      if (terms.size >= MAX_TERMS) {
        fail(t('questions_importTooManyTerms', { max: MAX_TERMS }));
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
      if (asked === 'yes') fail(t('questions_importAskedNoText'));
      continue;
    }
    if (term.notes.length >= MAX_NOTES_PER_TERM) {
      fail(t('questions_importTooManyQuestions', { term: term.termName, max: MAX_NOTES_PER_TERM }));
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

/** "Line 4: expected 9 fields, found 7." for the reader; a problem of the whole file has no line. */
export function describeImportError(error: ImportError): string {
  if (error.line === 0) return error.message;
  return t('questions_importLine', { line: error.line, problem: error.message });
}

const FOREIGN_MESSAGES: Record<ForeignKind, () => string> = {
  pdf: () => t('questions_fileIsPdf'),
  excel: () => t('questions_fileIsExcel'),
  word: () => t('questions_fileIsWord'),
  office: () => t('questions_fileIsOffice'),
  zip: () => t('questions_fileIsZip'),
  image: () => t('questions_fileIsImage'),
  binary: () => t('questions_fileIsBinary'),
};

/**
 * Reads a file chosen for restore: a PDF, spreadsheet, picture or other non-text file is named as
 * such (one message, line 0) before any CSV rule is applied; text goes to parseImport.
 */
export async function readImportFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [{ line: 1, message: t('questions_importTooLarge') }] };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = foreignFileKind(bytes);
  if (kind) return { ok: false, errors: [{ line: 0, message: FOREIGN_MESSAGES[kind]() }] };
  return parseImport(new TextDecoder().decode(bytes));
}
