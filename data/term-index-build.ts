/**
 * The content script needs only each entry's id, category and surface forms to find terms; the
 * text of the entries stays in the background. This builds that small index as a TypeScript
 * module. `wxt build` regenerates data/term-index.ts (see wxt.config.ts), and a test fails when
 * the committed copy is stale.
 *
 * The module holds the index as rows of strings (`[id, category, forms]`, "=" before a form that
 * must match its letter case), decoded when the script loads: as minified objects the same data
 * took about 1.2 kB more of a content script that must stay under 80 kB.
 */
import type { OtherSpelling } from './misspellings';
import type { Category, GlossaryEntry, SurfaceForm } from './types';

export interface TermIndexEntry {
  id: string;
  category: Category;
  forms: SurfaceForm[];
}

export type TermIndexRow = readonly [id: string, category: Category, forms: readonly string[]];

const EXACT_CASE = '=';

/** The entries' forms, then their other spellings (data/misspellings.ts), which pages light up too. */
export function buildTermIndex(
  glossary: readonly GlossaryEntry[],
  otherSpellings: Readonly<Record<string, readonly OtherSpelling[]>>,
): TermIndexEntry[] {
  return glossary.map(({ id, category, forms }) => ({
    id,
    category,
    forms: [...forms, ...(otherSpellings[id] ?? [])].map((f) =>
      f.caseSensitive ? { text: f.text, caseSensitive: true } : { text: f.text },
    ),
  }));
}

export function encodeTermIndex(index: readonly TermIndexEntry[]): TermIndexRow[] {
  return index.map(({ id, category, forms }) => [
    id,
    category,
    forms.map(({ text, caseSensitive }) => {
      if (text.startsWith(EXACT_CASE)) {
        throw new Error(`term index: form "${text}" of "${id}" starts with "${EXACT_CASE}"`);
      }
      return caseSensitive ? EXACT_CASE + text : text;
    }),
  ]);
}

export function decodeTermIndex(rows: readonly TermIndexRow[]): TermIndexEntry[] {
  return rows.map(([id, category, forms]) => ({
    id,
    category,
    forms: forms.map((f) =>
      f.startsWith(EXACT_CASE) ? { text: f.slice(1), caseSensitive: true } : { text: f },
    ),
  }));
}

export function renderTermIndexModule(index: readonly TermIndexEntry[]): string {
  const rows = encodeTermIndex(index)
    .map((row) => `  ${JSON.stringify(row)},`)
    .join('\n');
  return `// Generated from the glossary by wxt.config.ts (data/term-index-build.ts). Do not edit.
import { decodeTermIndex, type TermIndexEntry } from './term-index-build';

/** [id, category, surface forms]; "=" marks a form that must match its letter case. */
export const TERM_INDEX: readonly TermIndexEntry[] = decodeTermIndex([
${rows}
]);
`;
}
