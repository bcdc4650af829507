/**
 * Cheap readability measures for the tests. Not exact (syllables are guessed from vowel groups),
 * but steady enough to catch a long, hard sentence slipping in.
 */
import type { GlossaryEntry } from '../types';

/** Splits text into sentences at . ! ? followed by a space and a capital, quote or digit. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”)]?)\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Words: runs of letters or digits, with inner hyphens, apostrophes, + and :: kept. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:(?:[-'’]|::)[\p{L}\p{N}]+)*\+?/gu) ?? [];
}

/** A rough English syllable count. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Flesch-Kincaid grade level. Words in `skip` (the glossary's own term names, which a reader
 * meets anyway and which the entry explains) count as one-syllable words.
 */
export function fleschKincaidGrade(text: string, skip: ReadonlySet<string> = new Set()): number {
  const sents = sentences(text);
  const ws = words(text);
  const syl = ws.reduce((n, w) => n + (skip.has(w.toLowerCase()) ? 1 : syllables(w)), 0);
  return 0.39 * (ws.length / sents.length) + 11.8 * (syl / ws.length) - 15.59;
}

/** Every word of every entry's name and forms, lowercased. */
export function termWords(entries: readonly GlossaryEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    for (const t of [e.name, ...e.forms.map((f) => f.text)]) {
      for (const w of words(t)) out.add(w.toLowerCase());
    }
  }
  return out;
}

/** All the reader-facing text of an entry: summary, explanation and every fact. */
export function entryTexts(entry: GlossaryEntry): string[] {
  const texts = [entry.summary, entry.explanation];
  if (entry.drug)
    texts.push(entry.drug.drugClass.text, entry.drug.target.text, entry.drug.howGiven.text);
  if (entry.sideEffects) {
    const se = entry.sideEffects;
    for (const f of [...se.common, ...se.serious, ...se.callCareTeam, ...se.notes])
      texts.push(f.text);
  }
  return texts;
}
