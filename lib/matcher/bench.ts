/**
 * Micro-benchmark of the combined regex, run with `npx vite-node lib/matcher/bench.ts`
 * (Node 20 cannot strip TypeScript types itself; vite-node ships with vitest).
 * Prints the median of several runs for each way of building and running the pattern.
 */
import { FIXTURE } from './__tests__/fixtures';
import { compileMatcher } from './compile';
import { makeCorpus, syntheticEntries } from './corpus';
import { formPattern } from './pattern';
import { buildSource } from './source';
import type { MatcherEntry, PatternShape } from './types';

const SIZE = 2_000_000;
const RUNS = 7;

function median(fn: () => number): { ms: number; count: number } {
  const times: number[] = [];
  let count = 0;
  fn(); // warm-up, so the regex is compiled to native code before timing
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    count = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, count };
}

function countMatches(regex: RegExp, texts: readonly string[]): number {
  let n = 0;
  for (const text of texts) {
    regex.lastIndex = 0;
    while (regex.exec(text)) n++;
  }
  return n;
}

const patternsOf = (entries: readonly MatcherEntry[]) =>
  entries.flatMap((e) =>
    e.forms.filter((f) => f.text.trim()).map((f) => formPattern(f.text.trim(), !!f.caseSensitive)),
  );

function row(label: string, r: { ms: number; count: number }): void {
  const mbPerS = SIZE / 1e6 / (r.ms / 1000);
  console.log(
    `  ${label.padEnd(40)} ${r.ms.toFixed(1).padStart(8)} ms ${mbPerS.toFixed(0).padStart(5)} MB/s  ${r.count} matches`,
  );
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
  glossaries.push(['fixture + 500 synthetic', [...FIXTURE, ...syntheticEntries(500)]]);

  for (const [name, entries] of glossaries) {
    const patterns = patternsOf(entries);
    const { text, nodes } = makeCorpus(entries, SIZE);
    console.log(
      `\n${name}: ${patterns.length} forms; corpus ${(text.length / 1e6).toFixed(2)} M chars, ${nodes.length} text nodes`,
    );
    for (const shape of ['trie', 'flat'] as PatternShape[]) {
      const source = buildSource(patterns, shape);
      for (const flags of ['gu', 'gdu']) {
        const re = new RegExp(source, flags);
        row(
          `${shape} /${flags} one 2 MB string`,
          median(() => countMatches(re, [text])),
        );
        row(
          `${shape} /${flags} per text node`,
          median(() => countMatches(re, nodes)),
        );
      }
      console.log(`  (${shape} source: ${source.length} chars)`);
    }
    if (patterns.length <= 100) {
      const each = patterns.map((p) => new RegExp(buildSource([p], 'flat'), 'gu'));
      row(
        'one regex per form, one 2 MB string',
        median(
          () =>
            countMatches(each[0]!, []) + each.reduce((n, re) => n + countMatches(re, [text]), 0),
        ),
      );
    }
    const matcher = compileMatcher(entries);
    row(
      'findMatches (guards), one 2 MB string',
      median(() => matcher.findMatches(text).length),
    );
    row(
      'findMatches (guards), per text node',
      median(() => nodes.reduce((n, node) => n + matcher.findMatches(node).length, 0)),
    );
  }
}

void main();
