/**
 * Content rules the glossary's text must keep, as pure functions so the data tests can run them
 * on the real glossary and on deliberately broken copies.
 *
 * - No dose or schedule: the cards explain, the care team prescribes. Anything that reads as an
 *   amount or a timetable to follow ("a pill every day", "twice daily", "400 mg", "for 28 days")
 *   is refused.
 * - Side effects under the source's own heading: where a source says "other possible side
 *   effects", the card must not promote them to "common".
 */
import { ACS_TARGETED, FDA_BESPONSA } from './sources';
import type { Fact, GlossaryEntry, SourceId } from './types';

const DOSE_LIKE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\d\s*(?:mg|mcg|µg|ug|g|ml|mL|units?|iu)\b/i, why: 'an amount' },
  { pattern: /\b(?:mg|mcg|milligrams?|micrograms?)\b/i, why: 'a unit of dose' },
  { pattern: /\b(?:twice|thrice)\b/i, why: 'a count of doses' },
  { pattern: /\bonce\s+(?:a|an|per|every|each|daily|weekly)\b/i, why: 'a count of doses' },
  { pattern: /\b(?:daily|nightly|hourly)\b/i, why: 'a schedule' },
  {
    pattern: /\b(?:every|each|per|a)\s+(?:day|morning|evening|night|week|\d+\s*hours?)\b/i,
    why: 'a schedule',
  },
  { pattern: /\b\d+\s*times?\b/i, why: 'a count of doses' },
  {
    pattern: /\b(?:one|two|three|four|\d+)\s+(?:pills?|tablets?|capsules?|doses?)\b/i,
    why: 'a count of pills',
  },
  { pattern: /\ba\s+(?:pill|tablet|capsule)\b/i, why: 'one pill, which reads as a dose' },
  { pattern: /\bfor\s+\d+\s*(?:days?|weeks?|months?)\b/i, why: 'a length of treatment' },
  { pattern: /\b\d+\s*(?:days?|weeks?)\s+(?:off|on)\b/i, why: 'a treatment cycle' },
  { pattern: /\bdays?\s+\d+\b/i, why: 'a treatment day' },
];

/** Why `text` reads like a dose or schedule to follow, or null when it does not. */
export function doseLikePhrase(text: string): { phrase: string; why: string } | null {
  for (const { pattern, why } of DOSE_LIKE) {
    const m = pattern.exec(text);
    if (m) return { phrase: m[0], why };
  }
  return null;
}

/** A side effect a source files under "other possible" (or "other"), never under "common". */
interface OtherPossibleRule {
  source: SourceId;
  pattern: RegExp;
  /** Where the source says it, for the failure message. */
  sourceWords: string;
}

export const OTHER_POSSIBLE_RULES: readonly OtherPossibleRule[] = [
  {
    source: ACS_TARGETED,
    pattern: /red blood cell|platelet/i,
    sourceWords: '"Other possible side effects include lower red blood cell and platelet counts"',
  },
  {
    source: FDA_BESPONSA,
    pattern: /blood (?:cell )?counts?|tired|fever|nausea|headache|belly pain/i,
    sourceWords:
      '"Other side effects: low blood counts ..., tiredness, fever, nausea, headache, belly pain"',
  },
];

/** Side effects of `entry` listed as common although their source calls them other possible. */
export function misfiledSideEffects(entry: GlossaryEntry): string[] {
  const common: readonly Fact[] = entry.sideEffects?.common ?? [];
  const out: string[] = [];
  for (const f of common) {
    for (const rule of OTHER_POSSIBLE_RULES) {
      if (f.source === rule.source && rule.pattern.test(f.text)) {
        out.push(
          `${entry.id}: "${f.text}" is under common side effects, but the source says ${rule.sourceWords}`,
        );
      }
    }
  }
  return out;
}
