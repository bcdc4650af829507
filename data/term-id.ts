/**
 * The one rule for term ids. An entry id is lower-case letters and digits in words joined by
 * single hyphens ("ph-positive-all"), at most 100 characters; the built-in glossary and imported
 * files use the same rule. A term id names an entry across glossaries: a built-in entry's id as it
 * is, an imported one's as "<glossary key>/<entry id>" ("g3/zanubrutinib"), since two glossaries
 * may both have "zanubrutinib".
 */
/** The entry id rule as a regular-expression source, for the JSON Schema too. */
export const ENTRY_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ENTRY_ID = new RegExp(ENTRY_ID_PATTERN);
const GLOSSARY_KEY = /^g[0-9]+$/;

/** "g1", "g2"…: the key of an imported glossary, never reused. */
export const isGlossaryKey = (value: unknown): value is string =>
  typeof value === 'string' && GLOSSARY_KEY.test(value);
const MAX_ENTRY_ID_LENGTH = 100;

export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ENTRY_ID_LENGTH && ENTRY_ID.test(value);
}

/** The id the matcher, cards, My questions and Study use for an imported entry. */
export const importedTermId = (key: string, entryId: string): string => `${key}/${entryId}`;

/** Splits an imported term id; null for anything else (a built-in id has no "/"). */
export function splitImportedTermId(id: string): { key: string; entryId: string } | null {
  const slash = id.indexOf('/');
  if (slash <= 0) return null;
  const key = id.slice(0, slash);
  const entryId = id.slice(slash + 1);
  return isGlossaryKey(key) && isEntryId(entryId) ? { key, entryId } : null;
}

/** A built-in entry id or an imported term id. */
export function isTermId(value: unknown): value is string {
  return isEntryId(value) || (typeof value === 'string' && splitImportedTermId(value) !== null);
}
