/**
 * The glossary as the rest of Termlight should use it. The glossary is validated when this module
 * loads, so a broken entry throws a GlossaryError (naming the entry and field) in the tests and
 * wherever the data is imported.
 */
import { GLOSSARY as ENTRIES } from './glossary';
import { SOURCES } from './sources';
import type { Fact, GlossaryEntry, SourceId } from './types';
import { validateGlossary } from './validate';
import { compileMatcher, entryNamedBy, type Matcher } from '../lib/matcher';

validateGlossary(ENTRIES, SOURCES);

export type {
  Category,
  Fact,
  GlossaryEntry,
  Source,
  SourceId,
  StudentLevel,
  SurfaceForm,
} from './types';
export {
  GlossaryError,
  findGlossaryProblems,
  formKey,
  formsOverlap,
  validateGlossary,
} from './validate';
export type { GlossaryProblem } from './validate';

/** The validated glossary. */
export const GLOSSARY: readonly GlossaryEntry[] = ENTRIES;
export { SOURCES };

/** Shown with every entry, next to its source and date. */
export const DISCLAIMER =
  'This is general information, not medical advice. Talk to your care team about your own treatment.';

export { DATE_NOT_GIVEN, formatRevised, type DatedSource } from './revised-date';
import { formatRevised, type DatedSource } from './revised-date';

const entriesById = new Map(ENTRIES.map((e) => [e.id, e]));
const sourcesById = new Map(SOURCES.map((s) => [s.id, s]));

function dated(id: SourceId): DatedSource {
  const source = sourcesById.get(id);
  // Cannot happen after validation; kept so a bad call fails loudly.
  if (!source) throw new Error(`unknown source "${id}"`);
  const revised = formatRevised(source.lastRevised);
  return source.accessed
    ? { ...source, revised, read: formatRevised(source.accessed) }
    : { ...source, revised };
}

/** The entry with this id, or undefined. */
export function getEntry(id: string): GlossaryEntry | undefined {
  return entriesById.get(id);
}

/** The entry's main source, with its date. */
export function entrySource(entry: GlossaryEntry): DatedSource {
  return dated(entry.source);
}

/** The source of one fact, with its date. */
export function factSource(fact: Fact): DatedSource {
  return dated(fact.source);
}

/** Every fact of an entry (explanation, drug facts and side effects). */
export function entryFacts(entry: GlossaryEntry): Fact[] {
  const facts: Fact[] = [...(entry.explanationFacts ?? [])];
  if (entry.drug) facts.push(entry.drug.drugClass, entry.drug.target, entry.drug.howGiven);
  if (entry.sideEffects) {
    const se = entry.sideEffects;
    facts.push(...se.common, ...(se.otherPossible ?? []), ...se.serious, ...se.callCareTeam);
    facts.push(...se.notes);
  }
  return facts;
}

/** Every fact of the entry's "For students" level (summary, facts, proper terms, monitoring). */
export function studentFacts(entry: GlossaryEntry): Fact[] {
  const s = entry.student;
  if (!s) return [];
  return [s.summary, ...s.facts, ...(s.properTerms ?? []), ...(s.monitoring ?? [])];
}

/** The sources of the student level, each once, in the order its facts first cite them. */
export function studentSources(entry: GlossaryEntry): DatedSource[] {
  return [...new Set(studentFacts(entry).map((f) => f.source))].map(dated);
}

/** All sources of the patient level, its main source first, each once. */
export function entrySources(entry: GlossaryEntry): DatedSource[] {
  const ids = new Set<SourceId>([entry.source, ...entryFacts(entry).map((f) => f.source)]);
  if (entry.pronunciation && entry.pronunciationSource) ids.add(entry.pronunciationSource);
  return [...ids].map(dated);
}

let glossaryMatcher: Matcher | undefined;

/**
 * The entry one exact piece of text names, or undefined: the matcher's answer (lib/matcher/name.ts),
 * so it always agrees with what pages highlight. For single look-ups and tests; it does not scan.
 */
export function findEntryByForm(text: string): GlossaryEntry | undefined {
  glossaryMatcher ??= compileMatcher(ENTRIES);
  const id = entryNamedBy(glossaryMatcher, text);
  return id === null ? undefined : entriesById.get(id);
}
