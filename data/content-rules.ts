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
import { ACS_TARGETED } from './sources';
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

/**
 * Words a patient card may use only if the card also says what they mean, in plain words (issue
 * #24). `explains` is what such an explanation looks like; the entry of the word itself (the
 * "Cytokine release syndrome" card) explains it as a whole.
 */
const JARGON_TO_EXPLAIN: readonly { word: RegExp; explains: RegExp; how: string }[] = [
  {
    word: /\bboxed warnings?\b/i,
    explains:
      /\bin a box\b|\bboxed warning\b[^.]*\b(?:strongest|most serious)\b|\b(?:strongest|most serious)\b[^.]*\bboxed warning\b/i,
    how: 'say that it is the warning set in a box at the top of the label (or the FDA’s strongest warning)',
  },
  {
    word: /\breceptors?\b/i,
    explains: /\breceptors?\b[^.]*\bprotein\b|\bprotein\b[^.]*\breceptors?\b/i,
    how: 'say in the same sentence that a receptor is a protein that latches on to something',
  },
  {
    word: /\bcytokine release syndrome\b|\bCRS\b/,
    explains:
      /\b(?:cytokine release syndrome|CRS)\b[^.]*\b(?:reaction|immune cells|immune system)\b|\bcytokines\b[^.]*\bimmune\b/i,
    how: 'say that it is a reaction of the immune system (immune cells flood the blood with cytokines)',
  },
];

/** The patient-level texts of an entry: summary, explanation, drug facts and side effects. */
function patientTexts(entry: GlossaryEntry): string[] {
  const texts = [entry.summary, entry.explanation];
  if (entry.drug) {
    texts.push(entry.drug.drugClass.text, entry.drug.target.text, entry.drug.howGiven.text);
  }
  const se = entry.sideEffects;
  if (se) {
    for (const f of [
      ...se.common,
      ...(se.otherPossible ?? []),
      ...se.serious,
      ...se.callCareTeam,
      ...se.notes,
    ]) {
      texts.push(f.text);
    }
  }
  return texts;
}

/** Jargon on the entry's patient card that the card never explains, with how to explain it. */
export function unexplainedJargon(entry: GlossaryEntry): string[] {
  const card = patientTexts(entry).join(' ');
  const out: string[] = [];
  for (const { word, explains, how } of JARGON_TO_EXPLAIN) {
    const m = word.exec(card);
    // The card of the word itself ("CRS") explains it as a whole.
    const ownWord = entry.forms.some((f) => word.exec(f.text)?.[0].length === f.text.length);
    if (!m || ownWord || explains.test(card)) continue;
    out.push(`${entry.id}: "${m[0]}" is not explained on the patient card (${how})`);
  }
  return out;
}
