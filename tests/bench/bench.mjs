/**
 * Speed benchmark of the built extension: `npm run bench [-- --quick] [--no-build] [--runs N]
 * [--no-corpus] [--no-naive]`.
 *
 * Loads .output/chrome-mv3-e2e (the test build) in Chromium on a generated 2 MB page and on the largest saved pages of
 * ../shared/corpus (or $TERMLIGHT_CORPUS), and prints, from the same run, our time from
 * DOMContentLoaded to the last highlight next to a "limit" (one TreeWalker pass with the same
 * regex, each match wrapped by hand), both also up to the end of the frame that shows the last
 * highlight ("laid out": the layout that wrapping causes is paid there), a naive peer (mark.js
 * once per term), the longest main-thread tasks, the extra JS heap and the content script's size. A report, not a test: the
 * exit code is 0 when targets fail, 1 only when the benchmark itself could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { bundlePageHelpers } from './bundle.mjs';
import { findChromium, launchBrowser } from '../support/browser.mjs';
import { NEVER_IDLE_HTML, REVIEW_PAGE, generateLongParagraph, generatePage } from './generate.mjs';
import { RECORDER_SCRIPT } from './recorder.mjs';
import { startStaticServer } from '../support/server.mjs';
import { traceOurTasks } from './trace.mjs';
import { readerRun } from './scroll.mjs';
import { glossaryForms, seedTerms } from './seed-terms.mjs';

const REPO = resolve(import.meta.dirname, '../..');
// The test build: the shipped code with fixed element names, so highlights can be found
// (tests/support/test-build.mjs).
const EXTENSION_DIR = resolve(REPO, '.output/chrome-mv3-e2e');
const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts/content.js');
/** Injected only into pages with a term, once idle (entrypoints/card-ui.ts); not budgeted. */
const CARD_UI_SCRIPT = join(EXTENSION_DIR, 'card-ui.js');
const JSON_OUT = resolve(REPO, 'test-results/bench.json');

const TARGET = {
  // All highlights laid out within 2x the laid-out limit (3x on the 2 MB page: a page's own
  // `ratio`), as issue #11 sets them.
  ratioToLimit: 2,
  taskMs: 50, // no main-thread task of ours over 50 ms
  naiveSpeedup: 5, // at least 5x faster than mark.js once per term
  heapMB: 10, // under 10 MB of extra JS heap on a 2 MB page
  contentScriptKB: 85, // content script at most 85 kB minified
  firstScreenMs: 100, // every term in the first viewport highlighted within 100 ms of DCL
  frameMs: 50, // no long animation frame over 50 ms caused by us
  neverIdleMs: 1000, // content added to a page that never goes quiet highlighted within 1 s
};
/** Highlighting is over when no highlight was added for this long (after the load event). */
const QUIET_MS = 1500;
/** A page with no highlight this long after its load event has none. */
const NO_HIGHLIGHT_WAIT_MS = 8000;
/** Give up waiting for highlights after this long. */
const SETTLE_CAP_MS = 45_000;
/** The naive peer stops after this long (and the figure is reported as "> N s"). */
const NAIVE_CAP_MS = 30_000;
/** Pages without highlights: long tasks are compared over this long after DOMContentLoaded. */
const NO_HIGHLIGHT_WINDOW_MS = 1000;
/** Corpus pages: this many of the largest, plus every page in medical/. */
const LARGEST_CORPUS_PAGES = 5;

// --- Arguments --------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (/** @type {string} */ name) => argv.includes(name);
const runsArg = argv.find((a, i) => argv[i - 1] === '--runs' || a.startsWith('--runs='));
const RUNS = flag('--quick') ? 1 : Math.max(1, Number(runsArg?.replace('--runs=', '') ?? 3) || 3);
const options = {
  build: !flag('--no-build'),
  corpus: !flag('--no-corpus'),
  naive: !flag('--no-naive'),
  /** Only the pages whose name contains this (--only <text>). */
  only: argv.find((a, i) => argv[i - 1] === '--only') ?? '',
  /** Only the reader run (scrolling and the 4x CPU run), not the load measurements. */
  readerOnly: flag('--reader-only') || flag('--phone-only'),
  /** Only the phone-class part of the reader run (the 4x CPU loads and scrolls). */
  phoneOnly: flag('--phone-only'),
  /**
   * Held-out pages (--held-out a.html,b.html: corpus paths the bench never tuned on): only the
   * scroll measures on them, with and without the extension.
   */
  heldOut: (argv.find((a, i) => argv[i - 1] === '--held-out') ?? '').split(',').filter(Boolean),
  /**
   * With --held-out: about one word in N of each page's body text becomes one of our terms as
   * the page is served (--seed-terms N; tests/bench/seed-terms.mjs), so real layouts get the
   * term density of a page about ALL. 0: served as saved.
   */
  seedEvery: Math.max(0, Number(argv.find((a, i) => argv[i - 1] === '--seed-terms') ?? 0) || 0),
};
if (flag('--help')) {
  console.log(
    'npm run bench [-- --quick] [--runs N] [--no-build] [--no-corpus] [--no-naive]\n' +
      '  --quick      one run per measurement instead of three (the median is printed)\n' +
      '  --no-build   use the existing .output/chrome-mv3-e2e\n' +
      '  --no-corpus  bench only the generated page\n' +
      '  --no-naive   skip the naive peer (mark.js once per term; the slowest part)\n' +
      '  --only TEXT  only the pages whose name contains TEXT (e.g. --only corpus pages: --only html)\n' +
      '  --reader-only  only the reader run: scrolling (skim, fling, jump) and the 4x CPU run\n' +
      '  --phone-only  only the 4x CPU run of the reader run (with --runs N: N runs)\n' +
      '  --held-out a.html,b.html  only the scroll run, on these corpus pages (paths under the corpus)\n' +
      '  --seed-terms N  with --held-out: about one word in N of their text served as one of our terms',
  );
  process.exit(0);
}

// --- Helpers ----------------------------------------------------------------------------------

/** @param {number[]} values */
function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** @param {number} ms */
const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)) : '—');
/** Long tasks: the API reports only those over 50 ms. @param {number} ms */
const fmtTask = (ms) => (ms > 0 ? fmtMs(ms) : '<50');
/** @param {number} x */
const fmtX = (x) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(0) : x.toFixed(2)) : '—');
/** @param {boolean | null} ok */
const verdict = (ok) => (ok === null ? '' : ok ? ' PASS' : ' FAIL');
const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * @param {string} title
 * @param {string[]} headers
 * @param {string[][]} rows
 */
function printTable(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** @param {string} dir */
function listHtml(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.html?$/i.test(f))
    .map((f) => join(dir, f));
}

// --- Pages ------------------------------------------------------------------------------------

/**
 * @typedef {{ name: string, path: string, bytes: number, naive: boolean, ratio?: number }} BenchPage
 */

/** @returns {{ dir: string | null, pages: BenchPage[], note: string }} */
function corpusPages() {
  const dir = process.env.TERMLIGHT_CORPUS
    ? resolve(process.env.TERMLIGHT_CORPUS)
    : resolve(REPO, '../shared/corpus');
  if (!options.corpus) return { dir: null, pages: [], note: 'corpus: skipped (--no-corpus)' };
  if (!existsSync(dir)) {
    return {
      dir: null,
      pages: [],
      note: `corpus: ${dir} not found; benching the generated page only`,
    };
  }
  const all = [
    ...listHtml(join(dir, 'readability')),
    ...listHtml(join(dir, 'medical')),
    ...listHtml(dir),
  ]
    .map((file) => ({ file, bytes: statSync(file).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const chosen = new Set(all.slice(0, LARGEST_CORPUS_PAGES).map((p) => p.file));
  for (const p of all) if (relative(dir, p.file).startsWith('medical')) chosen.add(p.file);
  const pages = all
    .filter((p) => chosen.has(p.file))
    .map((p) => {
      const rel = relative(dir, p.file).split('\\').join('/');
      return { name: rel, path: `/corpus/${rel}`, bytes: p.bytes, naive: true };
    });
  return {
    dir,
    pages,
    note: `corpus: ${dir} (${all.length} pages; the ${LARGEST_CORPUS_PAGES} largest + medical/)`,
  };
}

/**
 * One corpus page by its path under the corpus, or null when it is not there.
 * @param {string | null} dir @param {string} rel @returns {BenchPage | null}
 */
function corpusPage(dir, rel) {
  if (!dir || !existsSync(join(dir, rel))) return null;
  return { name: rel, path: `/corpus/${rel}`, bytes: statSync(join(dir, rel)).size, naive: false };
}

// --- Measurements -----------------------------------------------------------------------------

/**
 * @typedef {{ dcl: number, load: number, count: number, attach: number, first: number, last: number,
 *   laidOut: number, longTasks: number[][], frames: number[][], firstScreen: number, ticks: number[],
 *   now: number }} PageRecord
 */

/** @param {import('playwright-core').Page} page @returns {Promise<PageRecord>} */
function readRecord(page) {
  return page.evaluate(() => {
    const rec = /** @type {any} */ (window).__tlrec;
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
      performance.getEntriesByType('navigation')[0]
    );
    return {
      dcl: nav?.domContentLoadedEventStart ?? NaN,
      load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : NaN,
      count: rec?.count ?? 0,
      attach: rec?.attach ?? -1,
      first: rec?.first ?? -1,
      last: rec?.last ?? -1,
      laidOut: rec?.laidOut ?? -1,
      longTasks: rec?.longTasks ?? [],
      frames: (rec?.frames ?? []).map((/** @type {any} */ f) => [f.start, f.duration]),
      // When the last of the highlights inside the first viewport came (page at the top).
      firstScreen: (() => {
        let at = -1;
        const height = innerHeight;
        for (const el of document.querySelectorAll('tl-term')) {
          const r = el.getBoundingClientRect();
          if (r.bottom > 0 && r.top < height && r.width > 0) {
            at = Math.max(at, /** @type {any} */ (el).__tlAt ?? -1);
          }
        }
        return at;
      })(),
      ticks: rec?.ticks ?? [],
      now: performance.now(),
    };
  });
}

/**
 * Waits until the page is loaded and no highlight was added for `quietMs` (and, when given, until
 * `untilMs` after DOMContentLoaded, so a run without the extension covers the same window).
 * @param {import('playwright-core').Page} page
 * @param {{ quietMs?: number, untilMs?: number, firstWaitMs?: number }} [options]
 */
async function settle(
  page,
  { quietMs = QUIET_MS, untilMs = 0, firstWaitMs = NO_HIGHLIGHT_WAIT_MS } = {},
) {
  const start = Date.now();
  let rec = await readRecord(page);
  let lastCount = -1;
  let changedAt = Date.now();
  while (Date.now() - start < SETTLE_CAP_MS) {
    rec = await readRecord(page);
    if (rec.count !== lastCount) {
      lastCount = rec.count;
      changedAt = Date.now();
    }
    const loaded = Number.isFinite(rec.load);
    // Before the first highlight, wait longer: on a busy machine the content script can start
    // seconds after the load event, and a page without terms is only over after this.
    const wait = rec.count > 0 ? quietMs : Math.max(quietMs, firstWaitMs);
    const quiet = Date.now() - changedAt >= quietMs && rec.now - rec.load >= wait;
    if (loaded && quiet && rec.now - rec.dcl >= untilMs) return { rec, capped: false };
    await sleep(100);
  }
  return { rec, capped: true };
}

/**
 * JS heap in use after two full garbage collections (the isolated world of the content script
 * lives in the page's isolate, so it is counted too).
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} [session]
 */
async function heapUsage(page, session) {
  const cdp = session ?? (await page.context().newCDPSession(page));
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? NaN };
  } finally {
    if (!session) await cdp.detach().catch(() => {});
  }
}

/**
 * The longest wait of the page's own 50 ms interval timer whose wait overlaps [from, to].
 * @param {number[]} ticks @param {number} from @param {number} to
 */
function timerGap(ticks, from, to) {
  let gap = 0;
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i] >= from && ticks[i - 1] <= to) gap = Math.max(gap, ticks[i] - ticks[i - 1]);
  }
  return gap;
}

/**
 * Long tasks overlapping [from, to] (page clock).
 * @param {number[][]} tasks @param {number} from @param {number} to
 */
function tasksIn(tasks, from, to) {
  const inside = tasks.filter(([s, d]) => s + d >= from && s <= to).map(([, d]) => d);
  return {
    longest: inside.length ? Math.max(...inside) : 0,
    over50: inside.filter((d) => d > 50).length,
  };
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
async function openLoaded(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/**
 * The extension on the page: DOMContentLoaded → each highlight, long tasks, heap.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 */
async function measureExtension(context, url) {
  const page = await context.newPage();
  // The content script's isolated world, to time a settings read from there. (Its creation time
  // is not the script's start: a same-origin about:blank iframe's script touching window.top
  // creates the top frame's world early.)
  const cdp = await context.newCDPSession(page);
  /** @type {{ at: number, id: number, frameId: string, name: string }[]} */
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.auxData?.type === 'isolated' && !c.name.startsWith('__playwright')) {
      worlds.push({ at: Date.now(), id: c.id, frameId: c.auxData.frameId, name: c.name });
    }
  });
  await cdp.send('Runtime.enable');
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const { rec, capped } = await settle(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    // The last world of the main frame: the tab's initial about:blank gets one too.
    const world = worlds.filter((w) => w.frameId === frameTree.frame.id).pop();
    // The storage round trip the content script waits for before it starts, timed on the idle page.
    const settings = world
      ? await cdp.send('Runtime.evaluate', {
          contextId: world.id,
          awaitPromise: true,
          returnByValue: true,
          expression:
            "(async () => { const t = performance.now(); await chrome.storage.sync.get('settings'); return performance.now() - t; })()",
        })
      : null;
    const heap = await heapUsage(page, cdp);
    const highlighted = rec.count > 0;
    // Without highlights there is no end to see: the first second after DOMContentLoaded.
    const span = highlighted ? [rec.dcl, rec.last] : [rec.dcl, rec.dcl + NO_HIGHLIGHT_WINDOW_MS];
    return {
      highlights: rec.count,
      capped,
      settingsReadMs: settings?.result?.value ?? NaN,
      dclToFirst: highlighted ? rec.first - rec.dcl : NaN,
      dclToLast: highlighted ? rec.last - rec.dcl : NaN,
      // NaN too if the frame after the last highlight never came (the recorder stamps it there).
      dclToLaidOut: highlighted && rec.laidOut >= rec.last ? rec.laidOut - rec.dcl : NaN,
      windowMs: span[1] - span[0],
      tasks: tasksIn(rec.longTasks, span[0], span[1]),
      frames: tasksIn(rec.frames, span[0], span[1]),
      dclToFirstScreen: highlighted && rec.firstScreen > 0 ? rec.firstScreen - rec.dcl : NaN,
      timerGap: timerGap(rec.ticks, span[0], span[1]),
      heap,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * The same page without the extension: its own long tasks in the same window, its heap, and then
 * the limit (run on this page, which is loaded and idle by then; it resolves after the frame that
 * follows its wrapping).
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {number} windowMs @param {string} helpers
 */
async function measurePlain(context, url, windowMs, helpers) {
  const page = await openLoaded(context, url);
  try {
    const { rec } = await settle(page, { quietMs: 300, untilMs: windowMs + 200, firstWaitMs: 0 });
    const heap = await heapUsage(page);
    const tasks = tasksIn(rec.longTasks, rec.dcl, rec.dcl + windowMs);
    const frames = tasksIn(rec.frames, rec.dcl, rec.dcl + windowMs);
    const gap = timerGap(rec.ticks, rec.dcl, rec.dcl + windowMs);
    const changeMs = await oneChangeRenderingMs(page);
    await page.addScriptTag({ path: helpers });
    const limit = await page.evaluate(() => /** @type {any} */ (window).__termlightBench.limit());
    return { tasks, frames, timerGap: gap, heap, limit, changeMs };
  } finally {
    await page.close();
  }
}

/**
 * What the browser's rendering of one frame costs on this page when one word changed (a traced
 * lifecycle update; the median of three): the floor of every frame that shows a highlight,
 * whoever makes the change. On the 2 MB page most of it is paint-tree work over the whole page.
 * @param {import('playwright-core').Page} page
 */
async function oneChangeRenderingMs(page) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {number[]} */
  const costs = [];
  try {
    for (let i = 0; i < 3; i++) {
      /** @type {any[]} */
      const events = [];
      const collect = (/** @type {any} */ e) => events.push(...e.value);
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.start', {
        categories: 'blink,devtools.timeline,disabled-by-default-devtools.timeline',
        transferMode: 'ReportEvents',
      });
      await page.evaluate(
        () =>
          new Promise((done) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let node = walker.nextNode();
            while (node && /** @type {Text} */ (node).data.trim().length < 2)
              node = walker.nextNode();
            if (node) /** @type {Text} */ (node).appendData(' ');
            requestAnimationFrame(() => setTimeout(done, 50));
          }),
      );
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      const updates = events
        .filter((e) => e.ph === 'X' && e.name === 'WebFrameWidgetImpl::UpdateLifecycle')
        .map((e) => e.dur / 1000);
      costs.push(updates.length ? Math.max(...updates) : NaN);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  return median(costs);
}

/**
 * mark.js once per term, on a fresh copy of the page.
 * @param {import('playwright-core').BrowserContext} context @param {string} url @param {string} helpers
 */
async function measureNaive(context, url, helpers) {
  const page = await openLoaded(context, url);
  try {
    await page.addScriptTag({ path: helpers });
    return await page.evaluate(async (cap) => {
      const bench = /** @type {any} */ (window).__termlightBench;
      // The per-term regexes differ from the combined one, which is still unused here.
      const regex = bench.regexFirstUse();
      return { ...(await bench.naive(cap)), regex };
    }, NAIVE_CAP_MS);
  } finally {
    await page.close();
  }
}

/**
 * The content script's Highlighter in the main world of a loaded, idle page, with its phases
 * timed; every long task in its window is ours.
 * @param {import('playwright-core').BrowserContext} context @param {string} url @param {string} helpers
 */
async function measurePhases(context, url, helpers) {
  const page = await openLoaded(context, url);
  try {
    await sleep(500);
    await page.addScriptTag({ path: helpers });
    const stats = await page.evaluate(() => /** @type {any} */ (window).__termlightBench.phases());
    const rec = await readRecord(page);
    return { ...stats, tasks: tasksIn(rec.longTasks, stats.start, stats.end) };
  } finally {
    await page.close();
  }
}

/**
 * A page that never goes quiet: items with a term are added 1 s apart while its counter and clock
 * keep changing; each item's latency is from its insertion to its highlight. Then a traced load
 * of the same page: the share of the main thread spent in tasks that run our script.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 */
async function measureNeverIdle(context, url) {
  const ITEMS = 5;
  const page = await openLoaded(context, url);
  /** @type {number[]} */
  const latencies = [];
  try {
    await page.waitForFunction(() => document.querySelectorAll('tl-term').length > 0, null, {
      timeout: 20_000,
    });
    await sleep(1000);
    for (let i = 0; i < ITEMS; i++) {
      const at = await page.evaluate(
        (k) => /** @type {any} */ (window).addItem(`Item ${k}: ponatinib may help some people.`),
        i,
      );
      const done = await page
        .waitForFunction(
          (k) => {
            const term = document.querySelector(`#feed p:nth-child(${k + 2}) tl-term`);
            return term ? /** @type {any} */ (term).__tlAt : false;
          },
          i,
          { timeout: 10_000, polling: 20 },
        )
        .then((h) => h.jsonValue())
        .catch(() => NaN);
      latencies.push(done - at);
      await sleep(1000);
      process.stdout.write('.');
    }
  } finally {
    await page.close();
  }
  const windowMs = 8000;
  const trace = await traceOurTasks(context, url, windowMs);
  const found = latencies.filter(Number.isFinite);
  return {
    items: ITEMS,
    highlighted: found.length,
    latencies,
    medianMs: median(latencies),
    maxMs: found.length === ITEMS ? Math.max(...found) : Infinity,
    trace: { ...trace, windowMs },
    share: trace.totalMs / windowMs,
  };
}

// --- Main -------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  if (!findChromium())
    throw new Error('Chromium not found: set CHROME_PATH or apt-get install chromium');
  if (options.build) {
    console.log('Building the extension (npx wxt build --mode e2e; --no-build skips this)...');
    const built = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) throw new Error('npx wxt build failed');
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(CONTENT_SCRIPT)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npx wxt build --mode e2e`);
  }

  const generated = generatePage();
  // A long review article: the same kind of text, the length of one (about 300 kB of HTML).
  const review = generatePage(REVIEW_PAGE);
  const longParagraph = generateLongParagraph();
  const corpus = corpusPages();
  /** @type {BenchPage[]} */
  const pages = [
    {
      name: 'generated 2 MB page',
      path: '/generated.html',
      bytes: Buffer.byteLength(generated.html),
      naive: true,
      ratio: 3,
    },
    {
      name: 'generated 300 kB review article',
      path: '/review.html',
      bytes: Buffer.byteLength(review.html),
      naive: true,
    },
    {
      name: 'one 400 kB paragraph (one text node)',
      path: '/long-paragraph.html',
      bytes: Buffer.byteLength(longParagraph),
      naive: false, // mark.js once per term on it: minutes (quadratic in one text node)
    },
    ...corpus.pages,
  ].filter((p) => p.name.includes(options.only));
  // Held-out corpus pages (optional: skipped with a note when the corpus is absent).
  let heldOut = options.heldOut
    .map((rel) => corpus.pages.find((p) => p.name === rel) ?? corpusPage(corpus.dir, rel))
    .filter((p) => p !== null);
  if (options.heldOut.length && !heldOut.length)
    console.log(`held-out pages: none found (${corpus.note})`);
  /** Seeded held-out pages, served in place of the saved ones (same path: relative URLs hold). */
  /** @type {Record<string, string>} */
  const seeded = {};
  const { dir } = corpus;
  if (options.seedEvery && dir) {
    const forms = await glossaryForms(REPO);
    heldOut = heldOut.map((p) => {
      const saved = readFileSync(join(dir, p.path.slice('/corpus/'.length)), 'utf8');
      const { html, terms } = seedTerms(saved, forms, { every: options.seedEvery });
      seeded[p.path] = html;
      return { ...p, name: `${p.name} (+${terms} terms)` };
    });
    console.log(
      `held-out pages seeded: about one word in ${options.seedEvery} of their text is one of our ${forms.length} English forms`,
    );
  }
  const server = await startStaticServer(corpus.dir ? { '/corpus/': corpus.dir } : {}, {
    '/generated.html': generated.html,
    '/review.html': review.html,
    '/long-paragraph.html': longParagraph,
    '/never-idle.html': NEVER_IDLE_HTML,
    ...seeded,
  });
  const helpers = await bundlePageHelpers(REPO);
  // The reader run first: scrolling and the phone-class CPU (issue #26's targets).
  const readerLoadAtStart = loadavg()[0];
  const readerPages = options.heldOut.length
    ? heldOut
    : pages.filter((p) =>
        ['/generated.html', '/review.html', '/long-paragraph.html'].includes(p.path),
      );
  const reader = await readerRun({
    launch: launchBrowser,
    pages: options.phoneOnly
      ? []
      : readerPages.map((p) => ({ name: p.name, url: server.origin + p.path })),
    slowPage: options.heldOut.length
      ? null
      : (readerPages
          .filter((p) => p.path === '/review.html')
          .map((p) => ({ name: p.name, url: server.origin + p.path }))[0] ?? null),
    extensionDir: EXTENSION_DIR,
    initScript: RECORDER_SCRIPT,
    runs: flag('--quick') ? 1 : options.phoneOnly ? RUNS : Math.min(RUNS, 2),
    log: (s) => process.stdout.write(s),
    // Saved pages are a few screens long: each move from the top of a load of its own.
    movesApart: options.heldOut.length > 0,
  });
  const readerFailed = printReader(reader);
  console.log(
    `  machine: ${availableParallelism()} CPUs, load average ${readerLoadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
  );
  await mkdir(resolve(REPO, 'test-results'), { recursive: true });
  await writeFile(
    resolve(REPO, 'test-results/bench-reader.json'),
    JSON.stringify({ date: new Date().toISOString(), ...reader }, null, 2),
  );
  if (options.readerOnly || options.heldOut.length) {
    await server.close();
    await rm(dirname(helpers), { recursive: true, force: true });
    console.log(
      `\nreader run: ${readerFailed.length ? 'FAIL: ' + readerFailed.join(', ') : 'all PASS'}`,
    );
    return;
  }
  const withExt = await launchBrowser({ extensionDir: EXTENSION_DIR, initScript: RECORDER_SCRIPT });
  const plain = await launchBrowser({ extension: false, initScript: RECORDER_SCRIPT });
  const probe = await plain.context.newPage();
  const agent = await probe.evaluate(() => navigator.userAgent);
  await probe.close();
  const loadAtStart = loadavg()[0];
  console.log(
    `${/Chrome\/[\d.]+/.exec(agent)?.[0] ?? 'Chromium'}; ${RUNS} run(s) per measurement, medians shown; ${corpus.note}`,
  );
  // Frames and tasks are absolute times: on a machine busy with other work they all grow.
  console.log(
    `machine: ${availableParallelism()} CPUs, load average ${loadAtStart.toFixed(1)} at the start`,
  );

  /** @type {any[]} */
  const results = [];
  /** @type {any} */
  let neverIdle = null;
  try {
    for (const p of pages) {
      const url = server.origin + p.path;
      process.stdout.write(`  ${p.name}: `);
      /** @type {any[]} */
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const ext = await measureExtension(withExt.context, url);
        const base = await measurePlain(plain.context, url, ext.windowMs, helpers);
        /** @type {any} */
        let naive = null;
        // The naive peer takes seconds on big pages: once is enough when it is far off.
        const naiveRuns = runs.map((r) => r.naive).filter(Boolean);
        // And it compares nothing on a page where we highlight nothing.
        const anything = (runs[0]?.ext ?? ext).highlights > 0;
        if (options.naive && p.naive && anything && !(naiveRuns.length && naiveRuns[0].ms > 5000)) {
          naive = await measureNaive(plain.context, url, helpers);
        }
        runs.push({ ext, base, naive });
        process.stdout.write('.');
      }
      const phases = await measurePhases(plain.context, url, helpers);
      const settle = Math.max(2500, 1.5 * Math.max(...runs.map((r) => r.ext.dclToLast || 0)));
      const trace = await traceOurTasks(withExt.context, url, settle);
      process.stdout.write(' phases and trace done\n');
      results.push({ page: p, runs, phases, trace });
    }
    process.stdout.write('  never-idle page: ');
    neverIdle = await measureNeverIdle(withExt.context, `${server.origin}/never-idle.html`);
    process.stdout.write(' done\n');
  } finally {
    await withExt.close();
    await plain.close();
    await server.close();
    await rm(dirname(helpers), { recursive: true, force: true });
  }

  // --- Figures ---------------------------------------------------------------------------------
  const contentBytes = readFileSync(CONTENT_SCRIPT);
  const size = { bytes: contentBytes.length, gzip: gzipSync(contentBytes, { level: 9 }).length };
  const cardUiBytes = readFileSync(CARD_UI_SCRIPT);
  const summary = results.map(({ page, runs, phases, trace }) => {
    const m = (/** @type {(r: any) => number} */ f) => median(runs.map(f));
    const naiveRuns = runs.filter((r) => r.naive).map((r) => r.naive);
    const naiveCapped = naiveRuns.some((n) => n.terms < n.of);
    const s = {
      page: page.name,
      bytes: page.bytes,
      highlights: m((r) => r.ext.highlights),
      capped: runs.some((r) => r.ext.capped),
      settingsReadMs: m((r) => r.ext.settingsReadMs),
      timerGapExtMs: m((r) => r.ext.timerGap),
      timerGapPlainMs: m((r) => r.base.timerGap),
      dclToFirstMs: m((r) => r.ext.dclToFirst),
      dclToLastMs: m((r) => r.ext.dclToLast),
      dclToLaidOutMs: m((r) => r.ext.dclToLaidOut),
      limitMs: m((r) => r.base.limit.ms),
      changeRenderingMs: m((r) => r.base.changeMs),
      limitWalkMs: m((r) => r.base.limit.walkMs),
      limitWrapMs: m((r) => r.base.limit.wrapMs),
      limitLayoutMs: m((r) => r.base.limit.layoutMs),
      limitLaidOutMs: m((r) => r.base.limit.laidOutMs),
      limitMatches: m((r) => r.base.limit.matches),
      // With its layout, like ours laid out (its JS alone when no frame came).
      naiveMs: naiveRuns.length ? median(naiveRuns.map((n) => n.laidOutMs || n.ms)) : NaN,
      naiveCapped,
      naiveRuns: naiveRuns.length,
      regexFirstUseMs: naiveRuns.length ? median(naiveRuns.map((n) => n.regex.firstMs)) : NaN,
      longestTaskExtMs: m((r) => r.ext.tasks.longest),
      longestTaskPlainMs: m((r) => r.base.tasks.longest),
      tasksOver50Ext: m((r) => r.ext.tasks.over50),
      tasksOver50Plain: m((r) => r.base.tasks.over50),
      dclToFirstScreenMs: m((r) => r.ext.dclToFirstScreen),
      longestFrameExtMs: m((r) => r.ext.frames.longest),
      longestFramePlainMs: m((r) => r.base.frames.longest),
      framesOver50Ext: m((r) => r.ext.frames.over50),
      framesOver50Plain: m((r) => r.base.frames.over50),
      heapExtraMB: m((r) => (r.ext.heap.used - r.base.heap.used) / 1048576),
      domHeapExtraMB: m((r) => (r.ext.heap.embedder - r.base.heap.embedder) / 1048576),
      ratioToLimit: NaN,
      ratioLaidOut: NaN,
      ratioTarget: page.ratio ?? TARGET.ratioToLimit,
      naiveSpeedup: NaN,
      oursLongestMs: 0,
      phases,
      trace,
      pass: /** @type {Record<string, boolean | null>} */ ({}),
    };
    s.ratioToLimit = s.dclToLastMs / s.limitMs;
    // Like for like: both up to the frame that shows the last highlight. Informational, no target.
    s.ratioLaidOut = s.dclToLaidOutMs / s.limitLaidOutMs;
    s.naiveSpeedup = s.naiveMs / (s.dclToLaidOutMs || s.dclToLastMs);
    // Ours: the longest task that ran our content script in a traced load (the trace names the
    // script of each event), or of the Highlighter alone in the phases run.
    s.trace = trace;
    s.oursLongestMs = Math.max(trace.longestMs, phases.tasks.longest);
    s.pass = {
      // Like for like, as the issue sets it: ours laid out against the laid-out limit.
      // Retired by issue #26 (highlighting follows the reader; the whole page is not the goal):
      // printed for reference, not judged.
      ratioToLimit: null,
      naiveSpeedup: null,
      longestTask: s.oursLongestMs <= TARGET.taskMs,
      firstScreen: Number.isFinite(s.dclToFirstScreenMs)
        ? s.dclToFirstScreenMs <= TARGET.firstScreenMs
        : null,
      // Ours: long frames beyond those the page has without the extension in the same window.
      frames: s.framesOver50Ext <= s.framesOver50Plain,
    };
    return s;
  });

  // --- Report ----------------------------------------------------------------------------------
  printTable(
    'Speed (ms from DOMContentLoaded; limit = one TreeWalker pass with the same regex + wrapping each match by hand; naive = mark.js once per term)',
    [
      'page',
      'kB',
      'highlights',
      'DCL→first',
      'DCL→last',
      'limit',
      'ours/limit',
      'DCL→laid out',
      'limit laid out',
      'laid out ours/limit',
      'naive laid out',
      `naive/ours laid out ≥${TARGET.naiveSpeedup}`,
    ],
    summary.map((s) => [
      s.page,
      (s.bytes / 1000).toFixed(0),
      `${s.highlights}${s.capped ? '*' : ''}`,
      fmtMs(s.dclToFirstMs),
      fmtMs(s.dclToLastMs),
      fmtMs(s.limitMs),
      fmtX(s.ratioToLimit),
      fmtMs(s.dclToLaidOutMs),
      fmtMs(s.limitLaidOutMs),
      `${fmtX(s.ratioLaidOut)} (≤${s.ratioTarget})${verdict(s.pass.ratioToLimit)}`,
      Number.isFinite(s.naiveMs) ? (s.naiveCapped ? '>' : '') + fmtMs(s.naiveMs) : '—',
      (s.naiveCapped ? '>' : '') + fmtX(s.naiveSpeedup) + verdict(s.pass.naiveSpeedup),
    ]),
  );
  console.log(
    '  DCL→first: the content script runs at document_start and reads its settings and compiles the matcher while the\n' +
      '  page is parsed; at DOMContentLoaded it highlights the top of the page (no layout read), after the next frame the\n' +
      '  rest of the first screen (by its boxes), then collects the rest of the page, checks layout after one more frame\n' +
      '  and wraps. "—": no highlights on the page (no end to observe; the phases table below times those pages), or the\n' +
      '  naive peer was not run there. ours/limit: JS only, for comparison.\n' +
      "  laid out: up to the end of the frame that shows the last highlight; the limit's and the naive peer's laid-out\n" +
      '  times add the layout and frame their own wrapping causes (the extension pays them between its slices). The\n' +
      '  targets (issue #11) compare laid-out times: within 2x the limit (3x on the 2 MB page), 5x faster than naive.',
  );

  printTable(
    'Main thread (ms; window = DCL→last highlight, or the first second after DCL on pages without highlights)',
    [
      'page',
      'longest task ext | no ext',
      'tasks>50 ext | no ext',
      'page timer gap ext | no ext',
      'longest task (phases run)',
      'tasks running our script (trace): n, our longest part',
      'rendering in trace',
      `longest task of ours ≤${TARGET.taskMs}`,
    ],
    summary.map((s) => [
      s.page,
      `${fmtTask(s.longestTaskExtMs)} | ${fmtTask(s.longestTaskPlainMs)}`,
      `${s.tasksOver50Ext} | ${s.tasksOver50Plain}`,
      `${fmtMs(s.timerGapExtMs)} | ${fmtMs(s.timerGapPlainMs)}`,
      fmtTask(s.phases.tasks.longest),
      `${s.trace.tasks}, ${fmtMs(s.trace.longestMs)}`,
      fmtMs(s.trace.renderingMs),
      fmtTask(s.oursLongestMs) + verdict(s.pass.longestTask),
    ]),
  );
  console.log(
    '  "ext | no ext": the same page with the extension and without it (the page\'s own work, e.g. its first layout).\n' +
      '  Page timer gap: the longest wait of a 50 ms setInterval of the page (how long its own callbacks are held up).\n' +
      "  Phases run: the content script's Highlighter alone on the loaded, idle page (next table): every task there is\n" +
      '  ours. Trace: the time inside a task spent in calls of our script (evaluated at document_start, inside the\n' +
      "  page's parsing task). Longest task of ours: the longer of the phases run's and the trace's.\n" +
      '  "<50": no long task (the Long Tasks API reports tasks over 50 ms only).',
  );

  printTable(
    'Frames and first screen (Long Animation Frames: script, style, layout and paint of one frame; same window as above)',
    [
      'page',
      `DCL→first screen ≤${TARGET.firstScreenMs}`,
      'longest frame ext | no ext',
      `frames>${TARGET.frameMs} ext | no ext`,
      'rendering of a 1-word change (no ext)',
    ],
    summary.map((s) => [
      s.page,
      fmtMs(s.dclToFirstScreenMs) + verdict(s.pass.firstScreen),
      `${fmtTask(s.longestFrameExtMs)} | ${fmtTask(s.longestFramePlainMs)}`,
      `${s.framesOver50Ext} | ${s.framesOver50Plain}` + verdict(s.pass.frames),
      fmtMs(s.changeRenderingMs),
    ]),
  );
  console.log(
    '  first screen: until the last highlight inside the first viewport (1280x720, page at the top) was added.\n' +
      '  frames: long animation frames (over 50 ms) in the window; "caused by us" is judged as the count with the\n' +
      '  extension not exceeding the count without it (medians of the runs).\n' +
      '  1-word change: the rendering (style, layout, paint) of the frame after one text change on the page without the\n' +
      '  extension: every frame that shows a highlight costs at least this, whoever made the change.',
  );

  printTable(
    "Where the time goes: the content script's Highlighter, timed by phase (main world of the loaded page, one run)",
    [
      'page',
      'settings read',
      'compile',
      'regex 1st use',
      'collect (slices, 1st, longest)',
      'layout check',
      'start→first screen',
      'on screen/highlights, nodes',
      'mark.js (calls)',
      'wrap slices, longest',
      'total',
      'limit walk+wrap',
      'turn off (stop)',
    ],
    summary.map(
      ({ page, phases: p, limitWalkMs, limitWrapMs, regexFirstUseMs, settingsReadMs }) => [
        page,
        fmtMs(settingsReadMs),
        fmtMs(p.compileMs),
        fmtMs(regexFirstUseMs),
        `${fmtMs(p.collectMs)} (${p.collectSlices}, ${fmtMs(p.firstCollectSliceMs)}, ${fmtMs(p.longestCollectSliceMs)})`,
        fmtMs(p.layoutFilterMs),
        fmtMs(p.firstScreenMs),
        `${p.onScreenNodes}/${p.highlights}, ${p.nodes}`,
        `${fmtMs(p.markMs)} (${p.markCalls})`,
        `${p.wrapSlices}, ${fmtMs(p.longestWrapSliceMs)}`,
        fmtMs(p.totalMs),
        `${fmtMs(limitWalkMs)}+${fmtMs(limitWrapMs)}`,
        fmtMs(p.stopMs),
      ],
    ),
  );
  console.log(
    "  settings read: storage.sync round trip from the content script's world (idle page). regex 1st use: V8 compiles the\n" +
      '  combined regex on first use, inside the first collect slice. layout check: the flex/grid test (computed style of\n' +
      '  each parent). start→first screen: from Highlighter.start() to the end of the first screen (its two steps).\n' +
      '  mark.js: time inside markRegExp (up to 32 text nodes each); a wrap slice is one task of such calls, one per frame. limit: its walk\n' +
      '  and its hand wrapping. turn off: Highlighter.stop() right after highlighting, one task.',
  );

  if (neverIdle) {
    console.log(
      `\nNever-idle page (a counter every 100 ms and a clock every 50 ms, for ever; ${neverIdle.items} items added 1 s apart):`,
    );
    console.log(
      `  added item → its highlight: median ${fmtMs(neverIdle.medianMs)} ms, max ${fmtMs(neverIdle.maxMs)} ms (target ≤ ${TARGET.neverIdleMs})${verdict(neverIdle.maxMs <= TARGET.neverIdleMs)}` +
        `; ${neverIdle.highlighted}/${neverIdle.items} highlighted`,
    );
    console.log(
      `  main thread running our script (trace, ${(neverIdle.trace.windowMs / 1000).toFixed(0)} s incl. the first pass): ${fmtMs(neverIdle.trace.totalMs)} ms in ${neverIdle.trace.tasks} tasks = ${(neverIdle.share * 100).toFixed(1)}%, longest ${fmtMs(neverIdle.trace.longestMs)} ms`,
    );
  }

  // The heap budget is for the 2 MB page (the first page unless --only left it out).
  const gen = summary[0];
  const heapOk = gen.heapExtraMB < TARGET.heapMB;
  const sizeKB = size.bytes / 1000;
  const sizeOk = sizeKB < TARGET.contentScriptKB;
  const worstTask = Math.max(...summary.map((s) => s.oursLongestMs));
  console.log('\nBudgets');
  console.log(
    `  main-thread task of ours (all pages): longest ${fmtMs(worstTask)} ms (target ≤ ${TARGET.taskMs})${verdict(worstTask <= TARGET.taskMs)}`,
  );
  console.log(
    `  extra JS heap on ${gen.page}: ${gen.heapExtraMB.toFixed(2)} MB (target < ${TARGET.heapMB})${verdict(heapOk)}` +
      `   [DOM (Blink) heap: +${gen.domHeapExtraMB.toFixed(2)} MB, not budgeted]`,
  );
  console.log(
    `  content script: ${sizeKB.toFixed(1)} kB minified, ${(size.gzip / 1000).toFixed(1)} kB gzip (target < ${TARGET.contentScriptKB} kB)${verdict(sizeOk)}`,
  );
  console.log(
    `  card UI, injected into pages with a term once idle: ${(cardUiBytes.length / 1000).toFixed(1)} kB minified, ${(gzipSync(cardUiBytes, { level: 9 }).length / 1000).toFixed(1)} kB gzip`,
  );
  const aborted = withExt.offLoopbackRequests.length + plain.offLoopbackRequests.length;
  const leaked = [...withExt.leakedRequests, ...plain.leakedRequests];
  console.log(
    `  loopback: ${aborted} off-loopback requests (remote resources of saved pages) aborted before leaving the machine; ` +
      `${leaked.length} left it${leaked.length ? ' — ERROR: ' + leaked.slice(0, 5).join(', ') : ''}`,
  );

  // --- Summary and JSON -----------------------------------------------------------------------
  /** @type {string[]} */
  const failed = [];
  let checked = 0;
  for (const s of summary) {
    for (const [name, ok] of Object.entries(s.pass)) {
      if (ok === null) continue;
      checked++;
      if (!ok) failed.push(`${name} on ${basename(s.page)}`);
    }
  }
  for (const name of readerFailed) {
    checked++;
    failed.push(name);
  }
  for (const [name, ok] of /** @type {[string, boolean][]} */ ([
    ['heap', heapOk],
    ['content script size', sizeOk],
    ['loopback', leaked.length === 0],
    ...(neverIdle ? [['never-idle latency', neverIdle.maxMs <= TARGET.neverIdleMs]] : []),
  ])) {
    checked++;
    if (!ok) failed.push(name);
  }
  await mkdir(resolve(REPO, 'test-results'), { recursive: true });
  await writeFile(
    JSON_OUT,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: availableParallelism(), loadAtStart, loadAtEnd: loadavg()[0] },
        chromium: findChromium(),
        runs: RUNS,
        targets: TARGET,
        contentScript: size,
        loopback: { aborted, leaked },
        pages: summary,
        neverIdle,
        raw: results,
      },
      null,
      2,
    ),
  );
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const loadAtEnd = loadavg()[0];
  console.log(
    `machine load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, ${availableParallelism()} CPUs` +
      (Math.max(loadAtStart, loadAtEnd) > availableParallelism()
        ? ' — BUSY: other work competed for the CPUs; the times above are inflated'
        : ''),
  );
  console.log(`\nResults: ${relative(REPO, JSON_OUT)} (${secs} s)`);
  console.log(
    `bench: ${checked - failed.length}/${checked} targets met` +
      (failed.length ? `; FAIL: ${failed.join(', ')}` : '; all PASS'),
  );
}

/**
 * Prints the reader run's tables (medians of its runs) and returns the names of the targets it
 * failed.
 * @param {{ scroll: any[], slow: any[] }} reader
 * @returns {string[]}
 */
function printReader({ scroll, slow }) {
  /** @type {string[]} */
  const failed = [];
  const COVERAGE = /** @type {Record<string, number>} */ ({ skim: 0.99, fling: 0.95, jump: 0.95 });
  const pct = (/** @type {number} */ x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');
  /** @type {string[][]} */
  const rows = [];
  const byPage = new Map();
  for (const r of scroll) byPage.set(r.page, [...(byPage.get(r.page) ?? []), r]);
  for (const [page, runs] of byPage) {
    for (const move of ['skim', 'fling', 'jump']) {
      const pick = (/** @type {any} */ side, /** @type {string} */ key) =>
        median(runs.map((/** @type {any} */ r) => r[side].moves.find((m) => m.move === move)[key]));
      const extOver = pick('ext', 'over50');
      const baseOver = pick('base', 'over50');
      const coverage = pick('ext', 'coverage');
      const framesOk = extOver <= baseOver + 1;
      const coverageOk = !(coverage < COVERAGE[move]);
      if (!framesOk) failed.push(`${move} frames on ${page}`);
      if (!coverageOk) failed.push(`${move} coverage on ${page}`);
      rows.push([
        `${page}, ${move}`,
        `${extOver} | ${baseOver}` + verdict(framesOk),
        String(pick('ext', 'ours')),
        `${fmtTask(pick('ext', 'longestMs'))} | ${fmtTask(pick('base', 'longestMs'))}`,
        `${pct(coverage)} (≥${COVERAGE[move] * 100}%)` + verdict(coverageOk),
        String(pick('ext', 'blocks')),
      ]);
    }
  }
  printTable(
    'Reading: scrolled 1.5 s after load (skim 1 screen/s, fling 10 screens/s, jump by scrollTo), with the extension | page alone',
    ['page, move', 'frames >50 ms (≤ alone+1)', 'ours', 'longest frame', 'coverage', 'blocks'],
    rows,
  );
  console.log(
    '  frames: long animation frames (Long Animation Frames API) during the move; ours: those in which one of our\n' +
      '  slices ran (the test build marks them with performance.measure). coverage: highlights the blocks on screen had when sampled (skim: in the frame showing each new\n' +
      '  screen; fling: 300 ms after it stops; jump: 150 ms after) over those they have 1.5 s after the last move.',
  );
  for (const [page, runs] of byPage) {
    const wrapped = median(runs.map((/** @type {any} */ r) => r.ext.highlights));
    const screens = median(runs.map((/** @type {any} */ r) => r.ext.screens));
    console.log(
      `  ${page}: ${screens.toFixed(1)} screens long; ${wrapped} highlight elements after the skim`,
    );
  }
  if (!slow.length) return failed;
  const m = (/** @type {(r: any) => number} */ f) => median(slow.map(f));
  const first = m((r) => r.extLoad.firstScreenMs);
  const tap = m((r) => r.extLoad.tapMs);
  const loadExt = m((r) => r.extLoad.over50);
  const loadBase = m((r) => r.baseLoad.over50);
  const slowRows = [
    ['first screen (ms after DCL, ≤ 200)', fmtMs(first) + verdict(first <= 200)],
    ['tap → card (ms, ≤ 300)', fmtMs(tap) + verdict(tap <= 300)],
    [
      'frames >50 ms while loading, ext | alone',
      `${loadExt} | ${loadBase} (ours ${m((r) => r.extLoad.ours)})` + verdict(loadExt <= loadBase),
    ],
  ];
  if (!(first <= 200)) failed.push('4x CPU first screen');
  if (!(tap <= 300)) failed.push('4x CPU tap to card');
  if (!(loadExt <= loadBase)) failed.push('4x CPU loading frames');
  for (const move of ['skim', 'fling', 'jump']) {
    const over = (/** @type {string} */ side) =>
      m((r) => r[side].moves.find((/** @type {any} */ x) => x.move === move).over50);
    const ok = over('ext') <= over('base');
    if (!ok) failed.push(`4x CPU ${move} frames`);
    slowRows.push([
      `frames >50 ms, ${move}, ext | alone`,
      `${over('ext')} | ${over('base')}` + verdict(ok),
    ]);
  }
  printTable(`Phone class: ${slow[0].page}, CPU slowed 4x, touch screen`, ['', ''], slowRows);
  // Where each long frame with the extension came, and which of our slices ran in it.
  for (const r of slow) {
    const phases = [
      ['loading', r.extLoad.long],
      ...r.ext.moves.map((/** @type {any} */ x) => [x.move, x.long]),
    ];
    for (const [phase, long] of phases) {
      for (const f of long ?? []) {
        console.log(
          `  run ${r.run} ${phase} +${f.at} ms: ${f.ms} ms; ours: ${f.ours.join(' ') || '-'}`,
        );
      }
    }
  }
  return failed;
}

main().catch((err) => {
  console.error(`bench could not run: ${err instanceof Error ? err.stack : err}`);
  process.exit(1);
});
