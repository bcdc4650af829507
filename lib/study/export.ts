/**
 * A deck as a file: tab-separated text with Anki's import headers, or CSV for spreadsheets.
 *
 * Anki's text import (2.1.55+, https://docs.ankiweb.net/importing/text-files.html, read
 * 2026-12-01) reads `#key:value` header lines at the top (separator, html, columns, tags column)
 * and quotes fields the CSV way: a field holding the separator, a newline or a double quote is
 * put in double quotes, with each inner double quote doubled. Lines starting with `#` are
 * comments there, so a field starting with `#` is quoted too.
 */
import type { StudyCard } from './cards';

export interface ExportSource {
  /** The title and date of each source a card cites, by source id. */
  describe(sourceId: string): string;
}

const COLUMNS = ['Front', 'Back', 'Source', 'Tags'] as const;

function needsQuotes(field: string, separator: string): boolean {
  return (
    field.includes(separator) ||
    /["\r\n]/.test(field) ||
    field.startsWith('#') ||
    field !== field.trim()
  );
}

/** One field, quoted when it must be. */
export function quoteField(field: string, separator: string): string {
  return needsQuotes(field, separator) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** An Anki tag for a course: one word, as Anki splits tags at spaces ("course::Week_3_drugs"). */
export function courseTag(name: string): string {
  const word = name.trim().replace(/\s+/g, '_').replace(/"/g, '');
  return `course::${word === '' ? 'imported' : word}`;
}

function rows(cards: readonly StudyCard[], sources: ExportSource): string[][] {
  return cards.map((card) => [
    card.front,
    card.back,
    [...new Set(card.origins.map((o) => o.source))].map((id) => sources.describe(id)).join('; '),
    // Anki tags are separated by spaces, so each tag is one word. A course's cards carry its
    // name, so they stay together in Anki next to other decks.
    [
      'termlight',
      ...(card.course ? [courseTag(card.course.name)] : []),
      card.category,
      card.kind,
    ].join(' '),
  ]);
}

function join(lines: string[][], separator: string): string {
  return lines
    .map((fields) => fields.map((f) => quoteField(f, separator)).join(separator))
    .join('\n');
}

/** Tab-separated text that Anki's File > Import reads as a Basic note per card, tags included. */
export function toAnkiText(cards: readonly StudyCard[], sources: ExportSource): string {
  const header = [
    '#separator:tab',
    '#html:false',
    `#columns:${COLUMNS.join('\t')}`,
    `#tags column:${COLUMNS.indexOf('Tags') + 1}`,
  ];
  return `${header.join('\n')}\n${join(rows(cards, sources), '\t')}\n`;
}

/**
 * Comma-separated values (RFC 4180 quoting, CRLF lines) with a header row, after a UTF-8 byte
 * order mark: without it Excel on Windows reads the file as Windows-1252 ("heartâ€™s", #28).
 */
export function toCsv(cards: readonly StudyCard[], sources: ExportSource): string {
  const lines = [[...COLUMNS], ...rows(cards, sources)];
  return `\uFEFF${lines.map((fields) => fields.map((f) => quoteField(f, ',')).join(',')).join('\r\n')}\r\n`;
}
