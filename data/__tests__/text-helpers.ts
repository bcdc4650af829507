/**
 * Readability measures for the tests. Syllables come from the `syllable` package rather than a
 * vowel-group guess, and no word is counted as shorter than it is.
 */
import { syllable } from 'syllable';
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

/** Syllables of one word, by the `syllable` package (a dictionary of exceptions plus rules). */
export function syllables(word: string): number {
  return Math.max(1, syllable(word));
}

/**
 * Flesch-Kincaid grade level, counted honestly: every word at its real length, drug and disease
 * names included.
 */
export function fleschKincaidGrade(text: string): number {
  const sents = sentences(text);
  const ws = words(text);
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (ws.length / sents.length) + 11.8 * (syl / ws.length) - 15.59;
}

/** The text a reader meets first on a card: the summary and the explanation. */
export function cardText(entry: GlossaryEntry): string {
  return `${entry.summary} ${entry.explanation}`;
}

/** All the reader-facing text of an entry: summary, explanation and every fact. */
export function entryTexts(entry: GlossaryEntry): string[] {
  const texts = [entry.summary, entry.explanation];
  if (entry.drug)
    texts.push(entry.drug.drugClass.text, entry.drug.target.text, entry.drug.howGiven.text);
  if (entry.sideEffects) {
    const se = entry.sideEffects;
    const lists = [se.common, se.otherPossible ?? [], se.serious, se.callCareTeam, se.notes];
    for (const f of lists.flat()) texts.push(f.text);
  }
  return texts;
}
