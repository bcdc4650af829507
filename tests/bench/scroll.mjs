/**
 * The reader's side of the benchmark (issue #26): a page scrolled as a reader does (skim, fling,
 * jump), its frames from the Long Animation Frames API with and without the extension, and how
 * many of the highlights of the paragraphs on screen were already there; and the same page on a
 * phone-class CPU (4x slower, CDP Emulation.setCPUThrottlingRate): first screen, tap -> card,
 * frames. Used by bench.mjs; the page must carry the recorder (recorder.mjs).
 */
import { armTapTimer } from './trace-helpers.mjs';

/** Scrolling starts this long after the load event (the setting). */
const START_AFTER_LOAD_MS = 1500;
const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * In the page: the blocks on screen (by a grid of points), the highlights each has now, and
 * scroll moves. Installed with page.evaluate; state in window.__tlScroll.
 */
function installScrollHelpers() {
  const BLOCKS = 'p,li,td,th,h1,h2,h3,h4,h5,h6,dd,dt,blockquote,figcaption,pre,summary';
  const w = /** @type {any} */ (window);
  /**
   * @typedef {{ n: number, clip: { top: number, bottom: number } | null }} Sample a block's
   *   highlights when first sampled, and the part of it that counts (see sample)
   */
  /** @type {Map<Element, Sample>} */
  const seen = new Map();
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  /** Every block on screen now. */
  const onScreen = () => {
    /** @type {Set<Element>} */
    const blocks = new Set();
    for (let y = 10; y < innerHeight; y += 25) {
      for (const x of [0.2, 0.4, 0.6, 0.8]) {
        const el = document.elementFromPoint(innerWidth * x, y)?.closest(BLOCKS);
        if (el) blocks.add(el);
      }
    }
    return blocks;
  };
  /** A block's highlights, those within `clip` (page coordinates) when it is set. */
  const count = (
    /** @type {Element} */ el,
    /** @type {{ top: number, bottom: number } | null} */ clip,
  ) => {
    const terms = [...el.querySelectorAll('tl-term')];
    if (!clip) return terms.length;
    return terms.filter((t) => {
      const r = t.getBoundingClientRect();
      return r.bottom + scrollY > clip.top && r.top + scrollY < clip.bottom;
    }).length;
  };
  /**
   * Records, for blocks not sampled yet, how many highlights they have now. A block taller than
   * the screen (a layout table's cell holding a whole page, as on some saved pages) is no
   * paragraph: only its part on screen counts, now and at the end, or terms screens away that
   * are rightly not wrapped yet would count as missed.
   */
  const sample = (/** @type {Map<Element, Sample>} */ into) => {
    for (const el of onScreen()) {
      if (into.has(el)) continue;
      const tall = el.getBoundingClientRect().height > innerHeight;
      const clip = tall ? { top: scrollY, bottom: scrollY + innerHeight } : null;
      into.set(el, { n: count(el, clip), clip });
    }
  };
  w.__tlScroll = {
    /** One screen a second: coverage sampled in the frame that shows each new screen. */
    async skim(/** @type {number} */ seconds) {
      const start = performance.now();
      const samples = new Map();
      for (let i = 0; i < seconds; i++) {
        const step = performance.now();
        scrollBy(0, innerHeight);
        await frame();
        sample(samples);
        await new Promise((ok) => setTimeout(ok, Math.max(0, 1000 - (performance.now() - step))));
      }
      for (const [el, n] of samples) seen.set(el, n);
      return { start, end: performance.now(), key: 'skim', blocks: samples.size };
    },
    /** Ten screens a second for `screens` screens, then the screen 300 ms after it stops. */
    async fling(/** @type {number} */ screens) {
      const start = performance.now();
      const perMs = (10 * innerHeight) / 1000;
      let last = performance.now();
      let moved = 0;
      while (moved < screens * innerHeight) {
        await new Promise((ok) => requestAnimationFrame(ok));
        const now = performance.now();
        const dy = Math.min(perMs * (now - last), screens * innerHeight - moved);
        scrollBy(0, dy);
        moved += dy;
        last = now;
      }
      await new Promise((ok) => setTimeout(ok, 300));
      const samples = new Map();
      sample(samples);
      for (const [el, n] of samples) seen.set(el, n);
      return { start, end: performance.now(), key: 'fling', blocks: samples.size };
    },
    /** scrollTo a far place (a fraction of the page), then the screen 150 ms later. */
    async jump(/** @type {number} */ fraction) {
      const start = performance.now();
      scrollTo(0, document.documentElement.scrollHeight * fraction);
      await new Promise((ok) => setTimeout(ok, 150));
      const samples = new Map();
      sample(samples);
      for (const [el, n] of samples) seen.set(el, n);
      return { start, end: performance.now(), key: 'jump', blocks: samples.size };
    },
    seen,
    count,
  };
  /** @type {Map<string, Map<Element, Sample>>} */
  w.__tlScroll.byMove = new Map();
}

/**
 * Scrolls a loaded page as a reader does and reports frames and coverage per move (`only`: just
 * that move, from the top of this load).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ throttle?: number, skimSeconds?: number, withExtension: boolean, only?: string }} options
 */
async function measureScroll(
  context,
  url,
  { throttle = 1, skimSeconds = 15, withExtension, only },
) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await sleep(START_AFTER_LOAD_MS);
    await page.evaluate(installScrollHelpers);
    /** @type {any[]} */
    const moves = [];
    for (const [name, arg] of /** @type {[string, number][]} */ ([
      ['skim', skimSeconds],
      ['fling', 10],
      ['jump', 0.85],
    ]).filter(([n]) => !only || n === only)) {
      const move = await page.evaluate(async ([n, a]) => {
        const s = /** @type {any} */ (window).__tlScroll;
        const before = new Map(s.seen);
        const result = await s[n](a);
        // The blocks this move sampled (and their counts then), kept for the coverage below.
        /** @type {any} */ (window).__tlMove = [...s.seen].filter(([el]) => !before.has(el));
        s.byMove.set(n, new Map(/** @type {any} */ (window).__tlMove));
        return result;
      }, /** @type {[string, number]} */ ([name, arg]));
      moves.push(move);
      await sleep(700); // settle between moves
    }
    await sleep(1500); // then count what those blocks end up with
    const result = await page.evaluate((moveList) => {
      const w = /** @type {any} */ (window);
      const rec = w.__tlrec;
      return moveList.map((/** @type {any} */ m) => {
        let had = 0;
        let final = 0;
        for (const [el, { n, clip }] of w.__tlScroll.byMove.get(m.key)) {
          had += n;
          final += w.__tlScroll.count(el, clip);
        }
        const frames = (rec?.frames ?? []).filter(
          (/** @type {any} */ f) => f.start + f.duration >= m.start && f.start <= m.end,
        );
        const long = frames.filter((/** @type {any} */ f) => f.duration > 50);
        // Ours: a long frame in which one of our slices ran. LoAF does not name a content
        // script's scripts; the test build marks each slice with performance.measure
        // (lib/bench-marks.ts), which the main world reads.
        const spans = performance
          .getEntriesByType('measure')
          .filter((e) => e.name.startsWith('termlight:'));
        const ours = long.filter((/** @type {any} */ f) =>
          spans.some(
            (e) => e.startTime < f.start + f.duration && e.startTime + e.duration > f.start,
          ),
        );
        return {
          move: m.key,
          blocks: m.blocks,
          had,
          final,
          coverage: final ? had / final : NaN,
          over50: long.length,
          ours: ours.length,
          longestMs: long.length ? Math.max(...long.map((/** @type {any} */ f) => f.duration)) : 0,
          // Each long frame: ms after the move's start, its length, and our slices in it.
          long: long.map((/** @type {any} */ f) => ({
            at: Math.round(f.start - m.start),
            ms: Math.round(f.duration),
            ours: spans
              .filter(
                (e) => e.startTime < f.start + f.duration && e.startTime + e.duration > f.start,
              )
              .map(
                (e) =>
                  `${e.name.slice(10)}@${Math.round(e.startTime - f.start)}+${Math.round(e.duration)}`,
              ),
          })),
        };
      });
    }, moves);
    // How much of the page is wrapped by then (the rest waits for the reader).
    const { highlights, screens } = await page.evaluate(() => ({
      highlights: document.querySelectorAll('tl-term').length,
      screens: document.documentElement.scrollHeight / innerHeight,
    }));
    return { withExtension, throttle, moves: result, highlights, screens };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * A load on a slowed CPU: first screen (as bench.mjs measures it), long frames from
 * DOMContentLoaded to 3 s after load, and (with the extension) tap -> card on a term on screen.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ throttle: number, withExtension: boolean }} options
 */
async function measureSlowLoad(context, url, { throttle, withExtension }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await sleep(3000);
    const load = await page.evaluate(() => {
      const rec = /** @type {any} */ (window).__tlrec;
      const nav = /** @type {any} */ (performance.getEntriesByType('navigation')[0]);
      const dcl = nav.domContentLoadedEventStart;
      const end = nav.loadEventEnd + 3000;
      let firstScreen = -1;
      for (const el of document.querySelectorAll('tl-term')) {
        const r = el.getBoundingClientRect();
        if (r.bottom > 0 && r.top < innerHeight && r.width > 0) {
          firstScreen = Math.max(firstScreen, /** @type {any} */ (el).__tlAt ?? -1);
        }
      }
      const long = (rec?.frames ?? []).filter(
        (/** @type {any} */ f) => f.start >= dcl && f.start <= end && f.duration > 50,
      );
      const spans = performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('termlight:'));
      const ours = long.filter((/** @type {any} */ f) =>
        spans.some((e) => e.startTime < f.start + f.duration && e.startTime + e.duration > f.start),
      );
      return {
        ours: ours.length,
        firstScreenMs: firstScreen > 0 ? firstScreen - dcl : NaN,
        over50: long.length,
        longestMs: long.length ? Math.max(...long.map((/** @type {any} */ f) => f.duration)) : 0,
        // Each long frame: ms after DCL, its length, and our slices in it.
        long: long.map((/** @type {any} */ f) => ({
          at: Math.round(f.start - dcl),
          ms: Math.round(f.duration),
          ours: spans
            .filter((e) => e.startTime < f.start + f.duration && e.startTime + e.duration > f.start)
            .map(
              (e) =>
                `${e.name.slice(10)}@${Math.round(e.startTime - f.start)}+${Math.round(e.duration)}`,
            ),
        })),
      };
    });
    let tapMs = NaN;
    if (withExtension) {
      await sleep(2000); // the card UI loads once the page is idle (3 s at most)
      const box = await page.evaluate(() => {
        for (const el of document.querySelectorAll('tl-term')) {
          const r = el.getBoundingClientRect();
          if (r.top > 0 && r.bottom < innerHeight && r.width > 0) {
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
        }
        return null;
      });
      if (box) {
        await page.evaluate(armTapTimer);
        await page.touchscreen.tap(box.x, box.y);
        tapMs = await page.evaluate(() =>
          Promise.race([
            /** @type {any} */ (window).__tlTap.then((/** @type {any} */ t) => t.ms),
            new Promise((ok) => setTimeout(() => ok(NaN), 10_000)),
          ]),
        );
      }
    }
    return { withExtension, throttle, ...load, tapMs };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * Each move on a load of its own, from the top (for pages of a few screens, where after a skim
 * of 15 screens a fling or a jump would only meet the foot of the page, wrapped long before).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {boolean} withExtension
 */
async function measureMovesApart(context, url, withExtension) {
  const loads = [];
  for (const only of ['skim', 'fling', 'jump']) {
    loads.push(await measureScroll(context, url, { withExtension, only }));
  }
  return {
    ...loads[0], // the skim's load: how much is wrapped after it, the page's length
    moves: loads.flatMap((l) => l.moves),
  };
}

/**
 * The reader run: each page scrolled with and without the extension (interleaved), then the
 * phone-class run on the last page (4x slower CPU, a touch screen). `movesApart`: each move on
 * a fresh load (measureMovesApart).
 * @param {{ launch: (o: any) => Promise<any>, pages: { name: string, url: string }[],
 *   slowPage: { name: string, url: string } | null, extensionDir: string, initScript: string,
 *   runs: number, log: (s: string) => void, movesApart?: boolean }} o
 */
export async function readerRun({
  launch,
  pages,
  slowPage,
  extensionDir,
  initScript,
  runs,
  log,
  movesApart = false,
}) {
  /** @type {any[]} */
  const scroll = [];
  /** @type {any[]} */
  const slow = [];
  const withExt = await launch({ extensionDir, initScript, hasTouch: true });
  const plain = await launch({ extension: false, initScript, hasTouch: true });
  try {
    for (const p of pages) {
      log(`  scroll ${p.name}: `);
      for (let run = 0; run < runs; run++) {
        const ext = movesApart
          ? await measureMovesApart(withExt.context, p.url, true)
          : await measureScroll(withExt.context, p.url, { withExtension: true });
        const base = movesApart
          ? await measureMovesApart(plain.context, p.url, false)
          : await measureScroll(plain.context, p.url, { withExtension: false });
        scroll.push({ page: p.name, run, ext, base });
        log('.');
      }
      log('\n');
    }
    if (slowPage) {
      log(`  4x CPU ${slowPage.name}: `);
      for (let run = 0; run < runs; run++) {
        const opts = { throttle: 4 };
        const extLoad = await measureSlowLoad(withExt.context, slowPage.url, {
          ...opts,
          withExtension: true,
        });
        const baseLoad = await measureSlowLoad(plain.context, slowPage.url, {
          ...opts,
          withExtension: false,
        });
        const ext = await measureScroll(withExt.context, slowPage.url, {
          ...opts,
          skimSeconds: 6,
          withExtension: true,
        });
        const base = await measureScroll(plain.context, slowPage.url, {
          ...opts,
          skimSeconds: 6,
          withExtension: false,
        });
        slow.push({ page: slowPage.name, run, extLoad, baseLoad, ext, base });
        log('.');
      }
      log('\n');
    }
  } finally {
    await withExt.close();
    await plain.close();
  }
  return { scroll, slow };
}
