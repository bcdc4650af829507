/**
 * Speed of the glossary search (lib/search): `npx vite-node tests/bench/search-bench.ts`.
 * Builds the index once, then times each query of the search table RUNS times and prints the
 * fastest and the median (the machine may be busy: the fastest is the steadier). Then the same
 * with 2,000 made-up imported entries added, the most an imported glossary may hold.
 */
import { GLOSSARY } from '../../data/index';
import type { GlossaryEntry } from '../../data/types';
import { buildSearchIndex, searchIndex, type SearchIndex } from '../../lib/search';

const RUNS = 201;
const QUERIES = [
  'dasatanib',
  'gleevac',
  'nausea',
  'bleeding',
  'TKI',
  'philadelphia',
  'bcr abl',
  'blincyto',
  'pill',
  'xyzzy',
  'd',
  'dasat',
];

function time(label: string, index: SearchIndex): void {
  for (const q of QUERIES) searchIndex(index, q); // warm-up
  const all: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      searchIndex(index, q);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    all.push(times[Math.floor(RUNS / 2)]!);
    console.log(
      `${label.padEnd(22)} ${q.padEnd(14)} fastest ${times[0]!.toFixed(3)} ms  median ${times[Math.floor(RUNS / 2)]!.toFixed(3)} ms`,
    );
  }
  console.log(`${label}: slowest median ${Math.max(...all).toFixed(3)} ms\n`);
}

const t0 = performance.now();
const builtIn = buildSearchIndex(GLOSSARY);
console.log(
  `built-in index (${GLOSSARY.length} entries) built in ${(performance.now() - t0).toFixed(1)} ms`,
);
time('built-in', builtIn);

const made = Array.from({ length: 2000 }, (_, i): GlossaryEntry => ({
  id: `g1/term-${i}`,
  name: `Made-up term ${i} ${['alpha', 'beta', 'gamma', 'delta'][i % 4]}`,
  category: 'treatment',
  forms: [{ text: `made-up term ${i}` }, { text: `MUT${i}`, caseSensitive: true }],
  summary: `Made-up term ${i} is a test entry about treatment number ${i}.`,
  explanation: 'It has a few sentences of text. Some mention nausea or tiredness. Others do not.',
  related: [],
  source: 'source-0',
}));
const t1 = performance.now();
const big = buildSearchIndex([...GLOSSARY, ...made]);
console.log(`index with 2,000 imported entries built in ${(performance.now() - t1).toFixed(1)} ms`);
time('+2,000 imported', big);
