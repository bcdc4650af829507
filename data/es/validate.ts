/**
 * The check of the Spanish level (issue #29). data/es/index.ts runs it when the module loads, like
 * data/validate.ts for the English glossary, so a broken Spanish card fails the tests and never
 * reaches a reader.
 *
 * It reads the data as `unknown` and checks:
 * - every key is a real entry id, and every level has a name, a one-sentence summary and an
 *   explanation, each piece a fact ({ text, source }) with non-empty, trimmed text;
 * - every fact cites a Spanish source, and every Spanish source is well formed (the English
 *   validator's source checks), in Spanish (`lang: 'es'`), primary (data/source-kinds.ts), dated
 *   (lastRevised or accessed), with an id of its own (not an English source's);
 * - no text reads like a dose or schedule, in English or in Spanish.
 * Readability (data/es/readability.ts) is held by the tests, not here: a score is a target, not a
 * shape.
 */
import { doseLikePhrase } from '../content-rules';
import { isPlainObject as isRecord } from '../plain-object';
import { isPrimaryKind, isSourceKind } from '../source-kinds';
import { findGlossaryProblems } from '../validate';

export interface SpanishProblem {
  /** 'level' for a Spanish level (keyed by entry id), 'source' for a Spanish source. */
  kind: 'level' | 'source';
  id: string;
  /** The field path, e.g. "summary.text", "sideEffects.common[1].source". */
  field: string;
  message: string;
}

export class SpanishLevelError extends Error {
  readonly problems: readonly SpanishProblem[];
  constructor(problems: readonly SpanishProblem[]) {
    super(
      `The Spanish level has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${p.message}`).join('\n'),
    );
    this.name = 'SpanishLevelError';
    this.problems = problems;
  }
}

/** Letters on neither side, so the patterns work on accented words ("\b" is ASCII-only). */
const W = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}])`, 'iu');

/** Spanish amounts and timetables to follow; the care team gives those, never the card. */
const SPANISH_DOSE_LIKE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: W('mg|mcg|µg|miligramos?|microgramos?|mililitros?'), why: 'a unit of dose' },
  { pattern: W('\\d+\\s*(?:unidades|UI|ml)'), why: 'an amount' },
  { pattern: W('dosis\\s+(?:de|diarias?)'), why: 'a dose' },
  { pattern: W('(?:una|dos|tres|cuatro|\\d+)\\s+veces?'), why: 'a count of doses' },
  { pattern: W('veces\\s+(?:al|a\\s+la|por)'), why: 'a count of doses' },
  {
    pattern: W('(?:al|por|cada)\\s+(?:día|dia|semana|mes)'),
    why: 'a schedule',
  },
  {
    pattern: W('cada\\s+(?:mañana|noche|\\d+\\s*(?:horas?|días?|semanas?))'),
    why: 'a schedule',
  },
  { pattern: W('diari(?:o|a|amente)s?|semanalmente'), why: 'a schedule' },
  {
    pattern: W(
      '(?:una|dos|tres|cuatro|\\d+)\\s+(?:pastillas?|tabletas?|píldoras?|comprimidos?|cápsulas?|dosis)',
    ),
    why: 'a count of pills',
  },
  { pattern: W('durante\\s+\\d+\\s*(?:días?|semanas?|meses?)'), why: 'a length of treatment' },
  { pattern: W('\\d+\\s*(?:días?|semanas?)\\s+(?:de\\s+)?(?:descanso|sin|con)'), why: 'a cycle' },
  { pattern: W('días?\\s+\\d+'), why: 'a treatment day' },
];

/** Why `text` reads like a dose or schedule (Spanish or English rules), or null. */
export function spanishDoseLikePhrase(text: string): { phrase: string; why: string } | null {
  for (const { pattern, why } of SPANISH_DOSE_LIKE) {
    const m = pattern.exec(text);
    if (m) return { phrase: m[0], why };
  }
  return doseLikePhrase(text);
}

/** A sentence end followed by the start of another sentence (¿ ¡ and accented capitals too). */
const SENTENCE_BREAK = /[.!?]["”»)]?\s+[¿¡«"“(]?\p{Lu}/u;

class Reporter {
  constructor(
    private readonly out: SpanishProblem[],
    private readonly kind: 'level' | 'source',
    private readonly id: string,
  ) {}

  add(field: string, what: string): void {
    const who = this.kind === 'level' ? 'Spanish level' : 'Spanish source';
    this.out.push({
      kind: this.kind,
      id: this.id,
      field,
      message: `${who} "${this.id}": field "${field}" ${what}`,
    });
  }
}

/** Checks one fact; returns its text when it has one. */
function checkFact(
  r: Reporter,
  value: unknown,
  path: string,
  sourceIds: ReadonlySet<string>,
): string | undefined {
  if (!isRecord(value)) {
    r.add(path, value === undefined ? 'is missing' : 'must be a fact ({ text, source })');
    return undefined;
  }
  let text: string | undefined;
  if (typeof value.text !== 'string' || value.text.trim() === '') {
    r.add(`${path}.text`, 'is empty');
  } else {
    text = value.text;
    if (text !== text.trim()) r.add(`${path}.text`, 'has spaces at the start or end');
    const dose = spanishDoseLikePhrase(text);
    if (dose) {
      r.add(`${path}.text`, `reads like a dose or schedule ("${dose.phrase}": ${dose.why})`);
    }
  }
  if (typeof value.source !== 'string' || value.source === '') {
    r.add(`${path}.source`, 'is missing');
  } else if (!sourceIds.has(value.source)) {
    r.add(`${path}.source`, `names "${value.source}", which is not a Spanish source`);
  }
  return text;
}

/** A list of facts; `need` says whether it may be left out and whether it may be empty. */
function checkFactList(
  r: Reporter,
  record: Record<string, unknown>,
  field: string,
  path: string,
  sourceIds: ReadonlySet<string>,
  need: 'optional' | 'present' | 'non-empty',
): void {
  const list = record[field];
  if (list === undefined && need === 'optional') return;
  if (!Array.isArray(list)) {
    r.add(path, list === undefined ? 'is missing' : 'must be a list of facts');
    return;
  }
  if (need === 'non-empty' && list.length === 0) r.add(path, 'is empty');
  list.forEach((f, i) => checkFact(r, f, `${path}[${i}]`, sourceIds));
}

function checkSpanishSources(
  sources: readonly unknown[],
  englishSourceIds: ReadonlySet<string>,
  out: SpanishProblem[],
): Set<string> {
  // The English validator's source checks (id, title, publisher, https url, kind and its site,
  // dates as real YYYY-MM-DD), reported under the Spanish source's name.
  for (const p of findGlossaryProblems([], sources)) {
    out.push({
      kind: 'source',
      id: p.entry ?? '',
      field: p.field ?? '',
      message: `Spanish ${p.message}`,
    });
  }
  const ids = new Set<string>();
  sources.forEach((raw, index) => {
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const r = new Reporter(out, 'source', id);
    if (!isRecord(raw)) return;
    if (typeof raw.id === 'string') ids.add(raw.id);
    if (englishSourceIds.has(id)) r.add('id', 'is already the id of an English source');
    if (raw.lang !== 'es') r.add('lang', `must be "es" (got ${JSON.stringify(raw.lang)})`);
    if (isSourceKind(raw.kind) && !isPrimaryKind(raw.kind)) {
      r.add('kind', 'must be a primary kind (NCI, ACS, LLS, FDA, paper), not "secondary"');
    }
    if (typeof raw.lastRevised !== 'string' && typeof raw.accessed !== 'string') {
      r.add('accessed', 'is missing: a source with no revision date needs the day we read it');
    }
  });
  return ids;
}

const SIDE_EFFECT_LISTS = ['common', 'serious', 'callCareTeam', 'notes'] as const;

/** Every problem of the Spanish level; an empty list means it is valid. */
export function findSpanishProblems(
  levels: unknown,
  sources: readonly unknown[],
  entryIds: ReadonlySet<string>,
  englishSourceIds: ReadonlySet<string> = new Set(),
  gaps: Readonly<Record<string, unknown>> = {},
): SpanishProblem[] {
  const out: SpanishProblem[] = [];
  const sourceIds = checkSpanishSources(sources, englishSourceIds, out);
  // A gap (an entry whose card keeps its English text) names a real entry, says why, and is not
  // also written.
  for (const [id, reason] of Object.entries(gaps)) {
    const r = new Reporter(out, 'level', id);
    if (!entryIds.has(id)) r.add('(gap)', 'is listed as a gap but is not the id of an entry');
    if (typeof reason !== 'string' || reason.trim() === '') r.add('(gap)', 'gives no reason');
    if (isRecord(levels) && id in levels) r.add('(gap)', 'is listed as a gap but has a level');
  }
  if (!isRecord(levels)) {
    out.push({
      kind: 'level',
      id: '(all)',
      field: '(record)',
      message: 'The Spanish levels must be an object keyed by entry id',
    });
    return out;
  }
  for (const [id, raw] of Object.entries(levels)) {
    const r = new Reporter(out, 'level', id);
    if (!entryIds.has(id)) r.add('(key)', 'is not the id of a glossary entry');
    if (!isRecord(raw)) {
      r.add('(record)', 'is not an object');
      continue;
    }
    if (typeof raw.name !== 'string' || raw.name.trim() === '') r.add('name', 'is empty');
    const summary = checkFact(r, raw.summary, 'summary', sourceIds);
    if (summary !== undefined) {
      if (!/[.!?]$/.test(summary)) r.add('summary.text', 'must end with a full stop');
      if (SENTENCE_BREAK.test(summary)) r.add('summary.text', 'must be one sentence');
    }
    checkFactList(r, raw, 'explanation', 'explanation', sourceIds, 'non-empty');
    if (raw.drug !== undefined) {
      if (!isRecord(raw.drug)) r.add('drug', 'must be an object ({ drugClass, howGiven })');
      else {
        checkFact(r, raw.drug.drugClass, 'drug.drugClass', sourceIds);
        checkFact(r, raw.drug.howGiven, 'drug.howGiven', sourceIds);
      }
    }
    if (raw.sideEffects !== undefined) {
      const se = raw.sideEffects;
      if (!isRecord(se)) r.add('sideEffects', 'must be an object');
      else {
        // As in English, a list may be empty (no serious effect named), but never all of them.
        for (const field of SIDE_EFFECT_LISTS) {
          const need = field === 'notes' ? 'optional' : 'present';
          checkFactList(r, se, field, `sideEffects.${field}`, sourceIds, need);
        }
        const named = SIDE_EFFECT_LISTS.some((f) => Array.isArray(se[f]) && se[f].length > 0);
        if (!named) r.add('sideEffects', 'names no side effect at all');
      }
    }
  }
  return out;
}

/** Throws a SpanishLevelError listing every problem, or returns quietly. */
export function validateSpanishLevels(
  levels: unknown,
  sources: readonly unknown[],
  entryIds: ReadonlySet<string>,
  englishSourceIds?: ReadonlySet<string>,
  gaps?: Readonly<Record<string, unknown>>,
): void {
  const problems = findSpanishProblems(levels, sources, entryIds, englishSourceIds, gaps);
  if (problems.length > 0) throw new SpanishLevelError(problems);
}
