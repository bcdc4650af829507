import type { GlossaryFile } from '../read-file';

export const CSV_HEADER =
  'name,forms,category,summary,explanation,source_title,source_url,source_date';

/** One good CSV row, with its columns by name so tests can break one at a time. */
const GOOD_ROW: Record<string, string> = {
  name: 'Zanubrutinib',
  forms: 'zanubrutinib|Brukinsa',
  category: 'drug',
  summary: 'A drug that blocks a protein cancer cells use to grow.',
  explanation: 'It is a pill. Your care team can tell you more.',
  source_title: 'Course notes, week 3',
  source_url: 'https://example.org/notes',
  source_date: '2024-05-31',
};

const csvCell = (value: string): string =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function csvRow(overrides: Record<string, string> = {}): string {
  const row = { ...GOOD_ROW, ...overrides };
  return CSV_HEADER.split(',')
    .map((c) => csvCell(row[c] ?? ''))
    .join(',');
}

export function csvFile(lines: string[], fileName = 'Course terms.csv'): GlossaryFile {
  const text = lines.join('\n');
  return { fileName, text, bytes: new TextEncoder().encode(text).length };
}

export function jsonFile(data: unknown, fileName = 'terms.json'): GlossaryFile {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return { fileName, text, bytes: new TextEncoder().encode(text).length };
}

export const GOOD_ENTRY = {
  id: 'zanubrutinib',
  name: 'Zanubrutinib',
  category: 'drug',
  forms: [{ text: 'zanubrutinib' }, { text: 'Brukinsa', brand: true }],
  summary: 'A drug that blocks a protein cancer cells use to grow.',
  explanation: 'It is a pill. Your care team can tell you more.',
  source: { title: 'Course notes, week 3', url: 'https://example.org/notes', date: '2024-05-31' },
};

export function jsonGlossary(entries: unknown[] = [GOOD_ENTRY], extra: object = {}): object {
  return {
    format: 'termlight-glossary',
    version: 1,
    name: 'Course terms',
    language: 'en',
    entries,
    ...extra,
  };
}
