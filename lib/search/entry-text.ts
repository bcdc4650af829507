/**
 * The text of an entry's card that full-text search reads, each piece with a label that says
 * where it is ("side effect", "how it is given"). It walks the entry rather than listing fields,
 * so a field added later (such as a "For students" level) is searchable as soon as it exists;
 * fields it does not know get the label of the nearest one it does, or "card text".
 */
import type { GlossaryEntry } from '../../data/types';

export interface EntryText {
  /** "side effect", "explanation"… Shown as "side effect: Nausea…". */
  label: string;
  text: string;
}

/** Fields that are not card text: names are searched as names, the rest are ids and codes. */
const NOT_TEXT = new Set(['id', 'name', 'category', 'forms', 'related', 'source', 'pronunciation']);

/** Labels by path; the longest known prefix of a path names its text. */
const LABELS: Record<string, string> = {
  summary: 'summary',
  explanation: 'explanation',
  explanationFacts: 'explanation',
  drug: 'drug facts',
  'drug.drugClass': 'kind of drug',
  'drug.target': 'what it targets',
  'drug.howGiven': 'how it is given',
  sideEffects: 'side effect',
  'sideEffects.serious': 'serious side effect',
  'sideEffects.callCareTeam': 'call your care team',
  'sideEffects.notes': 'about side effects',
  student: 'for students',
};

function labelOf(path: string[]): string {
  for (let n = path.length; n > 0; n--) {
    const label = LABELS[path.slice(0, n).join('.')];
    if (label) return label;
  }
  return 'card text';
}

/** Every piece of card text in the entry, in the order the card shows them. */
export function entryText(entry: GlossaryEntry): EntryText[] {
  const out: EntryText[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (value.trim() !== '') out.push({ label: labelOf(path), text: value });
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, path);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        // A fact's source is an id, not text.
        if (path.length > 0 && key === 'source') continue;
        walk(inner, [...path, key]);
      }
    }
  };
  for (const [key, value] of Object.entries(entry)) {
    if (NOT_TEXT.has(key)) continue;
    // The explanation is its facts joined; read the facts, which make shorter snippets.
    if (key === 'explanation' && entry.explanationFacts) continue;
    walk(value, [key]);
  }
  return out;
}
