/**
 * The content script needs only each entry's id, category and surface forms to find terms; the
 * text of the entries stays in the background. This builds that small index as a TypeScript
 * module. `wxt build` regenerates data/term-index.ts (see wxt.config.ts), and a test fails when
 * the committed copy is stale.
 */
import type { Category, GlossaryEntry, SurfaceForm } from './types';

export interface TermIndexEntry {
  id: string;
  category: Category;
  forms: SurfaceForm[];
}

export function buildTermIndex(glossary: readonly GlossaryEntry[]): TermIndexEntry[] {
  return glossary.map(({ id, category, forms }) => ({
    id,
    category,
    forms: forms.map((f) =>
      f.caseSensitive ? { text: f.text, caseSensitive: true } : { text: f.text },
    ),
  }));
}

export function renderTermIndexModule(index: readonly TermIndexEntry[]): string {
  return `// Generated from the glossary by wxt.config.ts (data/term-index-build.ts). Do not edit.
import type { TermIndexEntry } from './term-index-build';

export const TERM_INDEX: readonly TermIndexEntry[] = ${JSON.stringify(index, null, 2)};
`;
}
