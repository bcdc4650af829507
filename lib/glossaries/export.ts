/**
 * Writing glossaries in the exchange format, and the one call that reads and checks a file. An
 * exported file read back gives the same glossary, and exporting that gives the same text.
 */
import { checkGlossary, type CheckResult, type TakenForm } from './check';
import type { ExchangeGlossary } from './format';
import { readGlossaryFile, type GlossaryFile } from './read-file';

/** The file text of a glossary: JSON, two-space indents, fields in a fixed order, final newline. */
export function exportGlossary(glossary: ExchangeGlossary): string {
  return `${JSON.stringify(glossary, null, 2)}\n`;
}

/** A file name for an exported glossary, e.g. "Course terms" -> "course-terms.termlight.json". */
export function exportFileName(glossaryName: string): string {
  const base = glossaryName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'glossary'}.termlight.json`;
}

/** Reads and checks a glossary file; `taken` lists the forms other glossaries already use. */
export function importGlossaryFile(
  file: GlossaryFile,
  taken: readonly TakenForm[] = [],
): CheckResult {
  const read = readGlossaryFile(file);
  if (!read.raw) return { glossary: null, problems: read.problems, conflicts: [] };
  return checkGlossary(read.raw, taken);
}
