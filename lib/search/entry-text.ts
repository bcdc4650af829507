/**
 * The text of an entry's card that full-text search reads, each piece with the part of the card it
 * is in (a side effect, how it is given). It walks the entry rather than listing fields, so a field
 * added later (such as a "For students" level) is searchable as soon as it exists; fields it does
 * not know get the part of the nearest one it does, or "cardText".
 */
import type { SpanishLevel } from '../../data/es/types';
import type { GlossaryEntry } from '../../data/types';
import { t } from '../i18n';

/**
 * The words a search result shows for each part of the card ("side effect" in "side effect:
 * Nausea…"), read when used. Its keys are the parts.
 */
const PART_LABELS = {
  summary: () => t('search_partSummary'),
  explanation: () => t('search_partExplanation'),
  drugFacts: () => t('search_partDrugFacts'),
  drugClass: () => t('search_partDrugClass'),
  drugTarget: () => t('search_partDrugTarget'),
  drugGiven: () => t('search_partDrugGiven'),
  sideEffect: () => t('search_partSideEffect'),
  seriousSideEffect: () => t('search_partSeriousSideEffect'),
  callCareTeam: () => t('search_partCallCareTeam'),
  sideEffectNotes: () => t('search_partSideEffectNotes'),
  student: () => t('search_partStudent'),
  cardText: () => t('search_partCardText'),
} satisfies Record<string, () => string>;

/** Where on the card a piece of text is. */
export type TextPart = keyof typeof PART_LABELS;

export interface EntryText {
  /** Shown by its label: "side effect: Nausea…". */
  part: TextPart;
  text: string;
}

/** Fields that are not card text: names are searched as names, the rest are ids and codes. */
const NOT_TEXT = new Set([
  'id',
  'name',
  'category',
  'forms',
  'related',
  'source',
  'pronunciation',
  'pronunciationSource',
]);

/** Parts by path; the longest known prefix of a path names its part. */
const PARTS: Record<string, TextPart> = {
  summary: 'summary',
  explanation: 'explanation',
  explanationFacts: 'explanation',
  drug: 'drugFacts',
  'drug.drugClass': 'drugClass',
  'drug.target': 'drugTarget',
  'drug.howGiven': 'drugGiven',
  sideEffects: 'sideEffect',
  'sideEffects.serious': 'seriousSideEffect',
  'sideEffects.callCareTeam': 'callCareTeam',
  'sideEffects.notes': 'sideEffectNotes',
  student: 'student',
};

function partOf(path: string[]): TextPart {
  for (let n = path.length; n > 0; n--) {
    const part = PARTS[path.slice(0, n).join('.')];
    if (part) return part;
  }
  return 'cardText';
}

/** The words a search result shows for a part: "side effect" in "side effect: Nausea…". */
export function textPartLabel(part: TextPart): string {
  return PART_LABELS[part]();
}

/**
 * Every piece of card text in the entry, in the order the card shows them. Also reads a level kept
 * beside the entries in the same shape (the Spanish level of data/es/).
 */
export function entryText(entry: GlossaryEntry | SpanishLevel): EntryText[] {
  const out: EntryText[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (value.trim() !== '') out.push({ part: partOf(path), text: value });
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, path);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        // A fact's source is an id, not text; a drug group's name only heads a list.
        if (path.length > 0 && (key === 'source' || key === 'commonOfGroup')) continue;
        walk(inner, [...path, key]);
      }
    }
  };
  for (const [key, value] of Object.entries(entry)) {
    if (NOT_TEXT.has(key)) continue;
    // The explanation is its facts joined; read the facts, which make shorter snippets.
    if (key === 'explanation' && 'explanationFacts' in entry && entry.explanationFacts) continue;
    walk(value, [key]);
  }
  return out;
}
