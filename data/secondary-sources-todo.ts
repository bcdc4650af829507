/**
 * TO DO (issue #24): secondary sources that facts still cite. Every fact must rest on a primary
 * source (data/source-kinds.ts); these are the ones not yet replaced. The test
 * data/__tests__/primary-sources.test.ts fails when a fact cites a secondary source missing from
 * this list, and when an id here is no longer cited (or is not secondary), so the list only
 * shrinks. Replace the facts (or drop them where no primary source can be read), then delete the
 * id here and its record in data/sources.ts. The goal is an empty list.
 *
 * Grouped by the entry files that cite each id on 2026-12-06.
 */
export const SECONDARY_SOURCES_TODO: readonly string[] = [
  // data/entries/concepts.ts and side-effects.ts: none left.

  // Cited from more than one owner's files
  // data/entries/drugs.ts: none left (issue #24, facts-drugs)
];
