/**
 * The built-in glossary's term index, from the validated glossary: what data/term-index-plugin.ts
 * serves as `virtual:term-index`, and what the benchmark's page script (bundled without Vite)
 * uses instead.
 */
import { SPANISH_FORMS } from './es/forms';
import { GLOSSARY } from './glossary';
import { OTHER_SPELLINGS } from './misspellings';
import { SOURCES } from './sources';
import {
  decodeFoldedTermIndex,
  foldTermIndex,
  splitTermIndex,
  withExtraForms,
} from './term-index-build';
import type { TermIndexEntry } from './term-index-build';
import { validateGlossary } from './validate';

/**
 * The index in its two parts (data/term-index-build.ts splitTermIndex). A broken entry throws a
 * GlossaryError naming the entry and field, which fails the build.
 */
export function termIndexParts(): { core: TermIndexEntry[]; spanish: TermIndexEntry[] } {
  validateGlossary(GLOSSARY, SOURCES);
  return splitTermIndex(GLOSSARY, OTHER_SPELLINGS, SPANISH_FORMS);
}

/** The core index exactly as the content script decodes it: built, folded, decoded. */
export function builtInCoreTermIndex(): TermIndexEntry[] {
  return decodedCore(termIndexParts().core);
}

/** The whole index exactly as the content script decodes it: its two parts folded, decoded. */
export function builtInTermIndex(): TermIndexEntry[] {
  // One build of the parts (each validates the glossary and builds the index twice).
  const { core, spanish } = termIndexParts();
  return withExtraForms(
    decodedCore(core),
    decodeFoldedTermIndex(foldTermIndex(spanish, SPANISH_FORMS)),
  );
}

function decodedCore(core: readonly TermIndexEntry[]): TermIndexEntry[] {
  return decodeFoldedTermIndex(foldTermIndex(core));
}
