/**
 * The glossary registry's part for content scripts: the term index of every glossary that is on,
 * in preference order. Kept apart from registry.ts (cards and entries) so the content script
 * carries no glossary text.
 */
import { CORE_TERM_INDEX, termIndex } from 'virtual:term-index';
import type { TermIndexEntry } from '../../data/term-index-build';
import { importedTerms, type GlossaryIndex } from './stored-index';

/**
 * The built-in terms with those of the imported glossaries that are on. The matcher keeps the
 * first entry to claim a form, so preferred glossaries go before the built-in one, others after.
 * Without `spanish`, the built-in terms lack the forms only the Spanish adds (lib/page/
 * page-language.ts); imported glossaries keep all their forms.
 */
export function registryTermIndex(
  glossaries: GlossaryIndex,
  spanish = true,
): readonly TermIndexEntry[] {
  const { before, after } = importedTerms(glossaries);
  return [...before, ...(spanish ? termIndex() : CORE_TERM_INDEX), ...after];
}
