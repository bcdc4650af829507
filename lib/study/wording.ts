/**
 * How a term's name reads inside a question. The glossary writes names as headings ("Low blood
 * counts", "Philadelphia chromosome"); a question needs "low blood counts" but keeps a proper name
 * or an abbreviation as it is.
 */
import type { GlossaryEntry } from '../../data/types';

/** "Dasatinib" -> "dasatinib". */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * `name` (the entry's name, or a part of it) as it reads mid-sentence: abbreviations ("ALL",
 * "CD19", "B cell") and words the entry's own text capitalises mid-sentence ("Philadelphia")
 * keep their capital; other names start in lower case.
 */
export function nameInSentence(entry: GlossaryEntry, name: string = entry.name): string {
  const first = name.split(/\s/, 1)[0] ?? '';
  if (first.length <= 1 || /\p{Lu}|\d/u.test(first.slice(1))) return name;
  const text = [
    entry.summary,
    entry.explanation,
    ...(entry.explanationFacts ?? []).map((f) => f.text),
  ].join(' ');
  // A capital that is not the start of a sentence marks a proper name.
  const midSentence = new RegExp(`[^.!?\\s]\\s+${first}\\b`, 'u');
  const lowered = new RegExp(`\\b${lowerFirst(first)}\\b`, 'u');
  if (midSentence.test(text) && !lowered.test(text)) return name;
  return lowerFirst(name);
}
