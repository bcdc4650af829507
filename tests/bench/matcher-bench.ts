/**
 * Micro-benchmark of the combined regex: `npx vite-node tests/bench/matcher-bench.ts`
 * (Node 20 cannot strip TypeScript types itself; vite-node ships with vitest).
 * For each glossary: ~2 MB of generated page text, as one string and as ~12k text nodes; the
 * fastest and the median of RUNS runs (the machine may be busy: the fastest is the steadier).
 */
import { FIXTURE } from '../../lib/matcher/__tests__/fixtures';
import { compileMatcher, findMatches } from '../../lib/matcher/compile';
import { makeCorpus, syntheticEntries } from '../../lib/matcher/__tests__/corpus';
import { type FormPattern, formPattern } from '../../lib/matcher/pattern';
import { buildSource } from '../../lib/matcher/source';
import type { MatcherEntry } from '../../lib/matcher/types';

const SIZE = 2_000_000;
const RUNS = 9;

function timed(fn: () => number, runs = RUNS): string {
  const times: number[] = [];
  let count = 0;
  if (runs > 1) fn(); // warm-up: let V8 compile the regex to native code first
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    count = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = (t: number) => t.toFixed(1).padStart(7);
  return `${ms(times[0]!)} ms ${ms(times[Math.floor(runs / 2)]!)} ms  ${count} matches`;
}

function countMatches(regex: RegExp, texts: readonly string[]): number {
  let n = 0;
  for (const text of texts) {
    regex.lastIndex = 0;
    while (regex.exec(text)) n++;
  }
  return n;
}

const patternsOf = (entries: readonly MatcherEntry[]): FormPattern[] =>
  entries.flatMap((e) =>
    e.forms.filter((f) => f.text.trim()).map((f) => formPattern(f.text.trim(), !!f.caseSensitive)),
  );

/** The variants measured; `current` is what compileMatcher uses. */
function variants(patterns: readonly FormPattern[]): [string, string, string][] {
  return [
    ['trie, start check first (current)', buildSource(patterns, 'trie'), 'gu'],
    ['same with the d flag', buildSource(patterns, 'trie'), 'gdu'],
    ['trie, start check after 1 char', buildSource(patterns, 'trie', 1), 'gu'],
    ['trie, start check after 2 chars', buildSource(patterns, 'trie', 2), 'gu'],
    ['flat, longest first', buildSource(patterns, 'flat'), 'gu'],
  ];
}

async function realGlossary(): Promise<readonly MatcherEntry[] | null> {
  const found = import.meta.glob<{ GLOSSARY?: readonly MatcherEntry[] }>('../../data/index.ts');
  const load = Object.values(found)[0];
  return load ? ((await load()).GLOSSARY ?? null) : null;
}

async function main(): Promise<void> {
  const real = await realGlossary();
  const glossaries: [string, readonly MatcherEntry[]][] = [['fixture', FIXTURE]];
  if (real) glossaries.push(['data/ GLOSSARY', real]);
  glossaries.push(['fixture + 500 synthetic entries', [...FIXTURE, ...syntheticEntries(500)]]);
  const row = (label: string, result: string) => console.log(`  ${label.padEnd(46)} ${result}`);

  for (const [name, entries] of glossaries) {
    const patterns = patternsOf(entries);
    const { text, nodes } = makeCorpus(entries, SIZE);
    console.log(
      `\n${name}: ${patterns.length} forms, ${text.length} chars, ${nodes.length} text nodes` +
        '  (fastest, median)',
    );
    for (const [label, source, flags] of variants(patterns)) {
      const re = new RegExp(source, flags);
      // The flat list of 1,500 forms takes seconds per run: time it once.
      const runs = label.startsWith('flat') && patterns.length > 300 ? 1 : RUNS;
      row(
        `${label} [${(source.length / 1000).toFixed(1)} kB]`,
        timed(() => countMatches(re, [text]), runs),
      );
      if (runs > 1)
        row(
          '  per text node',
          timed(() => countMatches(re, nodes)),
        );
    }
    if (patterns.length <= 100) {
      const each = patterns.map((p) => new RegExp(buildSource([p], 'trie'), 'gu'));
      row(
        'one regex per form (overlaps counted)',
        timed(() => countEach(each, text)),
      );
    }
    const matcher = compileMatcher(entries);
    row(
      'findMatches (regex + guards + ids)',
      timed(() => findMatches(matcher, text).length),
    );
    row(
      '  per text node',
      timed(() => nodes.reduce((n, node) => n + findMatches(matcher, node).length, 0)),
    );
  }
}

function countEach(regexes: readonly RegExp[], text: string): number {
  return regexes.reduce((n, re) => n + countMatches(re, [text]), 0);
}

void main();
