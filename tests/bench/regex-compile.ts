/**
 * What V8 in Chromium spends compiling the combined regex, per variant of its source:
 * `npx vite-node tests/bench/regex-compile.ts [--runs N]`. Each variant runs in a fresh page
 * (V8 caches compiled regexes per isolate): `new RegExp`, then the first exec on one-byte
 * (Latin-1) text and the first on two-byte text, each of which compiles the whole pattern in one
 * task. Prints the fastest and the median of N. A diagnostic, not part of the bench; the variants
 * other than the first change what matches (see the notes), so they are measurements only.
 * `--print-source` prints the current source instead (for highlight-api-probe.mjs).
 */
import { chromium } from 'playwright-core';
import { builtInTermIndex } from '../../data/term-index-source';
import { compileMatcher } from '../../lib/matcher/compile';
import { QUIET_ARGS, findChromium } from '../support/browser.mjs';

const argv = process.argv.slice(2);
const RUNS = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 5;

const current = compileMatcher(builtInTermIndex()).regex.source;
if (argv.includes('--print-source')) {
  process.stdout.write(current);
  process.exit(0);
}
/** [\p{L}...] spelled as rough ranges: no Unicode property tables (wrong for some scripts). */
const roughClasses = (s: string) =>
  s
    .replaceAll('[\\p{L}\\p{N}\\p{M}_]', '[\\w\\u00C0-\\uFFFF]')
    .replaceAll('[\\p{L}\\p{N}]', '[a-zA-Z0-9\\u00C0-\\uFFFF]');
/** [pP] → p, for the i flag; the exact-case lookbehinds go (under i they would not check case). */
const folded = (s: string) =>
  s
    .replace(/\[([a-zA-Z])([a-zA-Z])\]/g, (all, a: string, b: string) =>
      a.toLowerCase() === b.toLowerCase() ? a.toLowerCase() : all,
    )
    .replace(/\(\?<=[^()]*?\)/g, '');

const VARIANTS: [string, string, string, string][] = [
  ['current (gu)', current, 'gu', 'what compileMatcher builds'],
  ['folded, i + u', folded(current), 'giu', 'exact case ("ALL", "Ph+") lost'],
  ['folded, i, no u', roughClasses(folded(current)), 'gi', 'exact case lost, rough word check'],
  ['rough classes, u', roughClasses(current), 'gu', 'rough word check'],
  ['rough classes, no u', roughClasses(current), 'g', 'rough word check'],
];

const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: set CHROME_PATH');
const browser = await chromium.launch({ executablePath, args: QUIET_ARGS });
const times = new Map<string, number[][]>();
for (let run = 0; run < RUNS; run++) {
  for (const [label, source, flags] of VARIANTS) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const t = await page.evaluate(
      ([source, flags]) => {
        const t0 = performance.now();
        const re = new RegExp(source, flags);
        const t1 = performance.now();
        re.exec('imatinib');
        const t2 = performance.now();
        re.lastIndex = 0;
        re.exec('\u0438 imatinib');
        const t3 = performance.now();
        return [t1 - t0, t2 - t1, t3 - t2];
      },
      [source, flags] as [string, string],
    );
    times.set(label, [...(times.get(label) ?? []), t]);
    await page.close();
  }
}
await browser.close();

console.log(`Chromium, ${RUNS} fresh pages per variant; fastest / median in ms\n`);
console.log(
  `${'variant'.padEnd(22)}${'source'.padStart(8)}  ${'new RegExp'.padEnd(12)}${'one-byte'.padEnd(12)}${'two-byte'.padEnd(12)}note`,
);
for (const [label, source, , note] of VARIANTS) {
  const runs = times.get(label)!;
  const cell = (i: number) => {
    const sorted = runs.map((r) => r[i]!).sort((a, b) => a - b);
    return `${sorted[0]!.toFixed(1)} / ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}`.padEnd(
      12,
    );
  };
  console.log(
    `${label.padEnd(22)}${String(source.length).padStart(8)}  ${cell(0)}${cell(1)}${cell(2)}${note}`,
  );
}
