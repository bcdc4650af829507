/**
 * The built-in glossary's term index, from the validated glossary: what data/term-index-plugin.ts
 * serves as `virtual:term-index`, and what the benchmark's page script (bundled without Vite)
 * uses instead.
 */
import { SPANISH_FORMS } from './es/forms';
import { GLOSSARY } from './glossary';
import { OTHER_SPELLINGS } from './misspellings';
import { SOURCES } from './sources';
import { buildTermIndex, decodeFoldedTermIndex, foldTermIndex } from './term-index-build';
import type { TermIndexEntry } from './term-index-build';
import { validateGlossary } from './validate';

/**
 * Every entry's forms, other spellings and Spanish forms. A broken entry throws a GlossaryError
 * naming the entry and field, which fails the build.
 */
export function unfoldedTermIndex(): TermIndexEntry[] {
  validateGlossary(GLOSSARY, SOURCES);
  return buildTermIndex(GLOSSARY, OTHER_SPELLINGS, SPANISH_FORMS);
}

/** The index exactly as the content script decodes it: built, folded, decoded. */
export function builtInTermIndex(): TermIndexEntry[] {
  return decodeFoldedTermIndex(foldTermIndex(unfoldedTermIndex(), SPANISH_FORMS));
}
