/**
 * Turns the text of a glossary file (JSON or CSV) into raw records for the checker, or into plain
 * problems when the file cannot be read at all. Nothing here trusts the file: every value stays
 * `unknown` until lib/glossaries/check.ts has looked at it.
 */
import Papa from 'papaparse';
import { LIMITS, formatBytes } from './format';
import type { GlossaryProblem } from './entry-check';
import { plural, t } from '../i18n';

export type FileStyle = 'json' | 'csv';

/** One entry as the file gave it; `number` is its place in the list (JSON) or its row (CSV). */
export interface RawEntry {
  number: number;
  value: unknown;
}

export interface RawGlossary {
  style: FileStyle;
  format: unknown;
  version: unknown;
  name: unknown;
  language: unknown;
  entries: RawEntry[] | unknown;
}

export interface GlossaryFile {
  /** The file's name, e.g. "course-terms.csv"; a CSV glossary is named after it. */
  fileName: string;
  text: string;
  /** The file's size in bytes (File.size). */
  bytes: number;
}

export type ReadResult =
  { raw: RawGlossary; problems: [] } | { raw: null; problems: GlossaryProblem[] };

/** The CSV header, in the order Termlight writes it. source_publisher is optional. */
const CSV_COLUMNS = [
  'name',
  'forms',
  'category',
  'summary',
  'explanation',
  'source_title',
  'source_url',
  'source_date',
] as const;
const CSV_OPTIONAL_COLUMNS = ['source_publisher'] as const;

const fileProblem = (message: string): ReadResult => ({
  raw: null,
  problems: [{ entry: null, field: null, message }],
});

export function readGlossaryFile(file: GlossaryFile): ReadResult {
  if (file.bytes > LIMITS.fileBytes) {
    return fileProblem(
      t('glossaries_problemFileTooLarge', {
        size: formatBytes(file.bytes),
        limit: formatBytes(LIMITS.fileBytes),
      }),
    );
  }
  const text = file.text.replace(/^\uFEFF/, '');
  const style = styleOf(file.fileName, text);
  if (style === null) {
    return fileProblem(t('glossaries_problemNotJsonOrCsv'));
  }
  return style === 'json' ? readJson(text) : readCsv(text, file.fileName);
}

function styleOf(fileName: string, text: string): FileStyle | null {
  // A NUL character means a binary file (a spreadsheet, a PDF, an image), whatever its name.
  if (text.includes('\u0000')) return null;
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const header = start.split(/\r?\n/, 1)[0] ?? '';
  if (/(^|[,;\t])\s*"?name"?\s*[,;\t]/i.test(header)) return 'csv';
  return null;
}

function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileProblem(t('glossaries_problemBadJson'));
  }
  const raw = rawFromJson(data);
  if (!raw) {
    return fileProblem(t('glossaries_problemNotGlossary'));
  }
  return { raw, problems: [] };
}

/** A parsed JSON value (from a file or from storage) as raw records; null if not an object. */
export function rawFromJson(data: unknown): RawGlossary | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const entries = Array.isArray(d.entries)
    ? d.entries.map((value, i) => ({ number: i + 1, value }))
    : d.entries;
  return {
    style: 'json',
    format: d.format,
    version: d.version,
    name: d.name,
    language: d.language,
    entries,
  };
}

function readCsv(text: string, fileName: string): ReadResult {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems: GlossaryProblem[] = [];
  for (const err of parsed.errors) {
    if (err.code === 'UndetectableDelimiter') continue;
    const row = err.row === undefined ? null : t('glossaries_whereRow', { number: err.row + 1 });
    const where = row ?? t('glossaries_whereFile');
    problems.push({
      entry: row,
      field: null,
      message:
        err.code === 'MissingQuotes'
          ? t('glossaries_problemQuoteUnclosed', { where })
          : t('glossaries_problemQuoteMisplaced', { where }),
    });
  }
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const known = new Set<string>([...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS]);
  for (const column of CSV_COLUMNS) {
    if (!header.includes(column)) {
      problems.push({
        entry: t('glossaries_whereRow', { number: 1 }),
        field: column,
        message: t('glossaries_problemHeaderMissing', { column, header: CSV_COLUMNS.join(',') }),
      });
    }
  }
  header.forEach((column, i) => {
    if (!known.has(column)) {
      problems.push({
        entry: t('glossaries_whereRow', { number: 1 }),
        field: column,
        message: t('glossaries_problemHeaderUnknown', { column, number: i + 1 }),
      });
    } else if (header.indexOf(column) !== i) {
      problems.push({
        entry: t('glossaries_whereRow', { number: 1 }),
        field: column,
        message: t('glossaries_problemHeaderTwice', { column }),
      });
    }
  });
  if (problems.length > 0) return { raw: null, problems };

  const entries: RawEntry[] = [];
  const usedIds = new Set<string>();
  rows.slice(1).forEach((cells, i) => {
    const number = i + 2;
    // A blank line is no entry, but it still counts so row numbers match a spreadsheet's.
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push({
        entry: t('glossaries_whereRow', { number }),
        field: null,
        message: plural('glossaries_problemRowLength', cells.length, {
          row: number,
          columns: header.length,
        }),
      });
      return;
    }
    const cell = (column: string): string => (cells[header.indexOf(column)] ?? '').trim();
    const forms = cell('forms');
    const source: Record<string, unknown> = {
      title: cell('source_title'),
      url: cell('source_url'),
      date: cell('source_date') || null,
    };
    if (header.includes('source_publisher')) source.publisher = cell('source_publisher');
    entries.push({
      number,
      value: {
        id: uniqueId(cell('name'), number, usedIds),
        name: cell('name'),
        category: cell('category'),
        forms: forms === '' ? [] : forms.split('|').map((text) => ({ text: text.trim() })),
        summary: cell('summary'),
        explanation: cell('explanation'),
        source,
      },
    });
  });
  if (problems.length > 0) return { raw: null, problems };
  return {
    raw: {
      style: 'csv',
      format: 'termlight-glossary',
      version: 1,
      name: fileName.replace(/\.[^.]*$/, '').trim(),
      language: 'en',
      entries,
    },
    problems: [],
  };
}

/** A CSV row has no id column: its id is made from its name, e.g. "Zanubrutinib" -> "zanubrutinib". */
function uniqueId(name: string, row: number, used: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || `row-${row}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
