/**
 * Where the main thread's time goes while the extension highlights one page: `node
 * tests/bench/timeline.mjs [page] [--ms N] [--skim N] [--fling N] [--dir BUILD] [--alone] [--cpu N]` (page: generated, review,
 * long, or a path under the corpus). Traces one load with the built extension and prints every
 * main-thread task from DOMContentLoaded on that is over 8 ms or runs our content script: its
 * start after DCL, its length, and its script / style / layout / paint parts. With `--skim N`
 * it traces the reader instead: 1.5 s after load, N screens at one a second (as the bench's
 * skim), tasks over 5 ms from the first scroll on (`--fling N`: N screens at ten a second); `--alone`: the page without the extension;
 * `--cpu N`: the CPU N times slower (CDP);
 * `--seed-terms N`: a corpus page served with about one word in N made one of our terms (as
 * bench.mjs --held-out does). The corpus: $TERMLIGHT_CORPUS, else ../shared/corpus. A diagnostic,
 * not part of the bench.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { startStaticServer } from '../support/server.mjs';
import { generatedPages } from './generate.mjs';
import { flingScreens, skimScreens } from './moves.mjs';
import { mainThreadEvents } from './trace-helpers.mjs';
import { glossaryForms, seedTerms } from './seed-terms.mjs';

const CONTENT_SCRIPT = 'content-scripts/content.js';
const PARTS = {
  script: ['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'EventDispatch'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};

/** The three longest distinct event names inside a task. @param {any[]} inside */
function top(inside) {
  /** @type {Map<string, number>} */
  const byName = new Map();
  for (const e of inside) byName.set(e.name, Math.max(byName.get(e.name) ?? 0, e.dur));
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, process.argv.includes('--skim') || process.argv.includes('--fling') ? 6 : 3)
    .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
    .join(', ');
}

const argv = process.argv.slice(2);
const which =
  argv.find(
    (a, i) =>
      !a.startsWith('--') &&
      !['--ms', '--skim', '--fling', '--cpu', '--dir', '--seed-terms'].includes(argv[i - 1] ?? ''),
  ) ?? 'generated';
const msArg = argv[argv.indexOf('--ms') + 1];
const settleMs = argv.includes('--ms') ? Number(msArg) : 6000;
const skim = argv.includes('--skim') ? Number(argv[argv.indexOf('--skim') + 1]) : 0;
/** --fling N: N screens at ten a second instead (as the bench's fling), traced the same way. */
const fling = argv.includes('--fling') ? Number(argv[argv.indexOf('--fling') + 1]) : 0;
const cpu = argv.includes('--cpu') ? Number(argv[argv.indexOf('--cpu') + 1]) : 1;
const dir = argv.includes('--dir') ? resolve(argv[argv.indexOf('--dir') + 1]) : undefined;
const seedEvery = argv.includes('--seed-terms')
  ? Number(argv[argv.indexOf('--seed-terms') + 1])
  : 0;
const corpus = process.env.TERMLIGHT_CORPUS
  ? resolve(process.env.TERMLIGHT_CORPUS)
  : resolve(import.meta.dirname, '../../../shared/corpus');
const path = ['generated', 'review', 'long'].includes(which)
  ? `/${which}.html`
  : `/corpus/${which}`;
/** @type {Record<string, string>} */
const seeded = {};
if (seedEvery && path.startsWith('/corpus/')) {
  const saved = readFileSync(join(corpus, which), 'utf8');
  const { html, terms } = seedTerms(
    saved,
    await glossaryForms(resolve(import.meta.dirname, '../..')),
    {
      every: seedEvery,
    },
  );
  seeded[path] = html;
  console.log(`${which}: ${terms} terms seeded (about one word in ${seedEvery})`);
}
const server = await startStaticServer(
  { '/corpus/': corpus },
  {
    ...generatedPages(),
    ...seeded,
  },
);
const session = await launchBrowser(
  argv.includes('--alone') ? { extension: false } : dir ? { extensionDir: dir } : {},
);
try {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  /** @type {any[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  const startTracing = () =>
    cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading',
      transferMode: 'ReportEvents',
    });
  if (skim || fling) {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    await startTracing();
    await page.evaluate(() => performance.mark('tl-skim-start'));
    if (skim) await page.evaluate(skimScreens, skim);
    else {
      await page.evaluate(flingScreens, fling);
      await page.waitForTimeout(1000);
    }
  } else {
    await startTracing();
    await page.goto(server.origin + path);
    await page.waitForTimeout(settleMs);
  }
  const count = await page.evaluate(() => document.querySelectorAll('tl-term').length);
  await cdp.send('Tracing.end');
  await complete;
  const onMain = mainThreadEvents(events);
  // The tab's about:blank has one too: the page's is the last.
  const dclEvent = events
    .filter((e) => e.tid === onMain[0]?.tid && e.name === 'domContentLoadedEventStart')
    .sort((a, b) => b.ts - a.ts)[0];
  // Our slices' User Timing spans (the test build, lib/bench-marks.ts): their starts.
  const spans = events.filter((e) => e.name?.startsWith('termlight:') && e.ph !== 'e');
  const reading = skim || fling;
  if (reading) console.log(`our spans: ${spans.length}`);
  const skimEvent = events.find((e) => e.name === 'tl-skim-start');
  const dcl = (reading ? skimEvent?.ts : dclEvent?.ts) ?? onMain[0].ts;
  const minMs = reading ? 5 : 8;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts + e.dur >= dcl);
  console.log(
    `${path}: ${count} highlights; tasks from ${reading ? 'the first scroll' : 'DCL'} (ms): start  length  [script style layout paint] ours`,
  );
  for (const t of tasks) {
    const end = t.ts + t.dur;
    const inside = onMain.filter((e) => e.ts >= t.ts && e.ts < end && e !== t);
    const marks = [
      ...new Set(spans.filter((e) => e.ts >= t.ts && e.ts < end).map((e) => e.name.slice(10))),
    ];
    const ours =
      marks.length > 0 || inside.some((e) => JSON.stringify(e.args ?? {}).includes(CONTENT_SCRIPT));
    const len = t.dur / 1000;
    if (len < minMs && (reading || !ours)) continue;
    const part = (/** @type {string[]} */ names) =>
      inside.filter((e) => names.includes(e.name)).reduce((s, e) => Math.max(s, e.dur), 0) / 1000;
    const parts = Object.values(PARTS).map((n) => part(n).toFixed(0).padStart(4));
    console.log(
      `${((t.ts - dcl) / 1000).toFixed(0).padStart(6)} ${len.toFixed(1).padStart(7)}  [${parts.join('')}] ${ours ? 'ours' : '    '} ${top(inside)}${marks.length ? ` (${marks.join(' ')})` : ''}`,
    );
  }
} finally {
  await session.close();
  await server.close();
}
