import {
  amongCapitals,
  glossaryWords,
  needsCapsGuard,
  otherSense,
  shoutedAround,
  spelledOtherwise,
} from './guards';
import { FormTable } from './lookup';
import { type FormPattern, formPattern } from './pattern';
import { buildSource } from './source';
import type { Match, Matcher, MatcherEntry, MatcherOptions } from './types';

/** 'gu' rather than 'gdu': mark.js only reads match[0], and hasIndices slows exec (tests/bench/matcher-bench.ts). */
export const FLAGS = 'gu';

function warn(message: string): void {
  console.warn(`[termlight matcher] ${message}`);
}

/** Compiles every surface form of every entry into one regex plus a lookup table and guards. */
export function compileMatcher(
  entries: readonly MatcherEntry[],
  options: MatcherOptions = {},
): Matcher {
  const table = new FormTable();
  const patterns: FormPattern[] = [];
  const formTexts: string[] = [];

  for (const entry of entries) {
    if (!entry.id?.trim()) {
      warn('skipping an entry without an id');
      continue;
    }
    for (const form of entry.forms ?? []) {
      const text = (form?.text ?? '').trim();
      // An empty alternative would match at every position: skip it loudly instead.
      if (text === '') {
        warn(`skipping an empty form in "${entry.id}"`);
        continue;
      }
      const caseSensitive = form.caseSensitive === true;
      const pattern = formPattern(text, caseSensitive);
      const clash = table.add(text, caseSensitive, {
        id: entry.id,
        capsGuard: needsCapsGuard(text, caseSensitive),
        plural: pattern.plural,
      });
      if (clash !== null) {
        warn(`form "${text}" of "${entry.id}" already belongs to "${clash}"; keeping "${clash}"`);
        continue;
      }
      patterns.push(pattern);
      formTexts.push(text);
    }
  }

  const source = buildSource(patterns, options.shape ?? 'trie');
  const known = glossaryWords(formTexts);

  const idFor = (matchedText: string): string | null => table.resolve(matchedText)?.id ?? null;

  const accept = (text: string, start: number, end: number): string | null => {
    const info = table.resolve(text.slice(start, end));
    if (!info) return null;
    if (otherSense(text, start, end)) return null;
    if (
      info.capsGuard &&
      (amongCapitals(text, start, end, known) ||
        shoutedAround(text, start, end, known) ||
        spelledOtherwise(text, start, end, known))
    ) {
      return null;
    }
    return info.id;
  };

  return { regex: new RegExp(source, FLAGS), idFor, accept };
}

// Each matcher's private copy of its regex for findMatches, so it never disturbs the lastIndex of
// a mark.js run that uses `matcher.regex`.
const scanners = new WeakMap<Matcher, RegExp>();

/**
 * All accepted matches in `text`, left to right, guards applied. (A function of its own rather
 * than a method: the content script never needs it, so it stays out of that bundle.)
 */
export function findMatches(matcher: Matcher, text: string): Match[] {
  let scanner = scanners.get(matcher);
  if (!scanner) scanners.set(matcher, (scanner = new RegExp(matcher.regex.source, FLAGS)));
  const matches: Match[] = [];
  scanner.lastIndex = 0;
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const id = matcher.accept(text, start, end);
    if (id !== null) matches.push({ start, end, text: m[0], id });
  }
  return matches;
}
