/** The list as text to take away: plain text (copy), Markdown, and CSV (which import.ts reads back). */
import type { QuestionList, SavedTerm } from './schema';
import { t } from '../i18n';
import { markdownHeading, markdownLine } from './markdown-text';

export const CSV_COLUMNS = [
  'term_id',
  'term',
  'saved_at',
  'page_title',
  'page_address',
  'sentence',
  'question',
  'asked',
  'suggested',
] as const;

/** The date part of an ISO time, or '' ("2026-12-01T10:00:00.000Z" → "2026-12-01"). */
export function dayOf(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
}

function source(term: SavedTerm): string {
  const parts = [term.pageTitle, term.pageUrl ?? ''].filter((p) => p !== '');
  return parts.join(' — ');
}

/** Plain text for the clipboard: one block per term, "[ ]" / "[x]" before each question. */
export function toPlainText(list: QuestionList): string {
  const blocks = list.terms.map((term) => {
    const lines = [term.termName];
    const from = source(term);
    if (from) {
      const saved = term.savedAt
        ? t('questions_exportSavedFromOn', { page: from, day: dayOf(term.savedAt) })
        : t('questions_exportSavedFrom', { page: from });
      lines.push(`  ${saved}`);
    }
    if (term.context) lines.push(`  ${t('questions_exportOnThePage', { sentence: term.context })}`);
    for (const note of term.notes) {
      const [first, ...rest] = note.text.split('\n');
      lines.push(`  [${note.asked ? 'x' : ' '}] ${first}`, ...rest.map((r) => `      ${r}`));
    }
    return lines.join('\n');
  });
  return [t('questions_exportTitle'), '', ...blocks.flatMap((b) => [b, ''])].join('\n');
}

export function toMarkdown(list: QuestionList): string {
  const out = [`# ${t('questions_exportTitle')}`, ''];
  for (const term of list.terms) {
    out.push(`## ${markdownHeading(term.termName)}`, '');
    const title = markdownLine(term.pageTitle || term.pageUrl || '', { inLink: !!term.pageUrl });
    if (title) {
      const link = term.pageUrl ? `[${title}](<${term.pageUrl.replace(/[<>]/g, '')}>)` : title;
      out.push(
        term.savedAt
          ? t('questions_exportMdSavedFromOn', { page: link, day: dayOf(term.savedAt) })
          : t('questions_exportMdSavedFrom', { page: link }),
        '',
      );
    }
    if (term.context) out.push(`> ${markdownLine(term.context.replace(/\s+/g, ' '))}`, '');
    for (const note of term.notes) {
      // A line break inside a question stays one (two spaces at the line's end).
      const text = note.text
        .split('\n')
        .map((line) => markdownLine(line))
        .join('  \n  ');
      const suggested = note.suggested ? ` _(${t('questions_exportSuggested')})_` : '';
      out.push(`- [${note.asked ? 'x' : ' '}] ${text}${suggested}`);
    }
    if (term.notes.length > 0) out.push('');
  }
  out.push(t('questions_exportFooter'), '');
  return out.join('\n');
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or tab/CR) as a formula; a page title
 * could carry one. Such cells get a leading apostrophe, which import.ts takes off again.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per question; a term without questions gets one row with an empty question. */
export function toCsv(list: QuestionList): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const term of list.terms) {
    const base = [
      term.termId,
      term.termName,
      term.savedAt,
      term.pageTitle,
      term.pageUrl ?? '',
      term.context,
    ];
    if (term.notes.length === 0) rows.push([...base, '', '', '']);
    for (const note of term.notes) {
      rows.push([...base, note.text, note.asked ? 'yes' : 'no', note.suggested ? 'yes' : 'no']);
    }
  }
  // CRLF as RFC 4180 says; the BOM makes spreadsheet programs read the file as UTF-8.
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
