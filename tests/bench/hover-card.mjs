/**
 * Hover -> card, measured (issue #23: at most 50 ms over the time before the card had its reader
 * frame). Chromium with a build of the extension, the demo article on loopback, the hover delay
 * set to 0 so only our own work is timed. For each term on the page (once each, so every card is
 * loaded from the background as on a first hover), from the `pointerover` the page sees to:
 *  - card: the first animation frame in which the card's dialog is on screen (painted in it);
 *  - frame: the reader frame's `load` (its page is there; it still has to draw the save control);
 *  - sized: the reader frame sized to what it reports (its save control drawn): the card's
 *    `card:frame-drawn` mark where the build has it, else the iframe's style taking a height.
 * The build must have an open card root and fixed names (the test build; builds before the
 * reader frame had both). Several builds are run in turn (interleaved, as the machine's load
 * changes). Run through the browser lock:
 *   RUNS=3 flock /tmp/termlight-browser.lock node tests/bench/hover-card.mjs [extension dir ...]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, REPO_ROOT } from '../support/browser.mjs';
import { startStaticServer } from '../support/server.mjs';

/** The test build (open card root, fixed names, User Timing marks). */
const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3-e2e');
const extensionDirs = (process.argv.length > 2 ? process.argv.slice(2) : [EXTENSION_DIR]).map((d) =>
  resolve(d),
);
const runs = Number(process.env.RUNS ?? 3);
const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/** In the page: times one hover from pointerover on `term` to the card, its frame, its size. */
function installProbe() {
  const w = /** @type {any} */ (window);
  w.__tlHover = (/** @type {string} */ id) =>
    new Promise((done) => {
      const term = document.querySelector(`[data-tl-probe="${id}"]`);
      if (!term) return done(null);
      /** @type {Record<string, number>} */
      const t = {};
      const dialogOf = () =>
        /** @type {HTMLElement | null | undefined} */ (
          document.querySelector('tl-popover')?.shadowRoot?.querySelector('[role="dialog"]')
        );
      const finish = () => {
        // A frame loaded ahead and moved into the card has no load of its own to wait for.
        if (t.card !== undefined && t.sized !== undefined) done(t);
      };
      term.addEventListener(
        'pointerover',
        (e) => {
          const t0 = e.timeStamp;
          /** The reader frame, once it is in the card (it may come after the card's paint). */
          const watchFrame = (/** @type {HTMLIFrameElement} */ frame) => {
            frame.addEventListener('load', () => (t.frame = performance.now() - t0), {
              once: true,
            });
            new MutationObserver((_, o) => {
              if (t.sized === undefined && /height:\s*\d/.test(frame.getAttribute('style') ?? '')) {
                t.sized = performance.now() - t0;
                o.disconnect();
                finish();
              }
            }).observe(frame, { attributes: true, attributeFilter: ['style'] });
          };
          let watched = false;
          const poll = () => {
            const dialog = dialogOf();
            if (t.card === undefined && dialog && dialog.getBoundingClientRect().width > 0) {
              t.card = performance.now() - t0;
            }
            const frame = dialog?.querySelector('iframe');
            if (frame && !watched) {
              watched = true;
              watchFrame(frame);
            } else if (
              t.card !== undefined &&
              !watched &&
              !dialog?.querySelector('.tl-reader-frame')
            ) {
              // The reader's part in the card itself (a build before the reader frame).
              t.noFrame = 1;
              t.sized = t.card;
            }
            // The card's own mark when the frame has drawn (builds with the placeholder keep the
            // iframe's size, so its style may not change when it draws).
            const drawn = performance
              .getEntriesByName('termlight:card:frame-drawn')
              .find((m) => m.startTime >= t0);
            if (drawn && t.sized === undefined) t.sized = drawn.startTime - t0;
            finish();
            if (t.sized === undefined && !t.noFrame) requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        },
        { capture: true, once: true },
      );
      setTimeout(() => done({ ...t, timedOut: 1 }), 10_000);
    });
}

const median = (/** @type {number[]} */ xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/**
 * One browser with `extensionDir`: each term of the article hovered once.
 * @param {string} extensionDir
 * @param {string} origin
 * @param {{ card: number[], frame: number[], sized: number[] }} into
 */
async function oneRun(extensionDir, origin, into) {
  const session = await launchBrowser({ extensionDir, viewport: { width: 1280, height: 900 } });
  try {
    await session.worker?.evaluate(async () => {
      const api = /** @type {any} */ (globalThis).chrome;
      await api.storage.sync.set({ settings: { version: 1, hoverDelayMs: 0 } });
    });
    const page = await session.context.newPage();
    await page.goto(`${origin}/article.html`);
    await page.waitForFunction(() => document.querySelectorAll('tl-term').length > 10);
    // One term per entry, each on screen when hovered.
    const ids = await page.evaluate(() => {
      const seen = new Set();
      let n = 0;
      for (const el of document.querySelectorAll('tl-term')) {
        const id = el.getAttribute('data-term-id');
        if (!id || seen.has(id)) continue;
        seen.add(id);
        el.setAttribute('data-tl-probe', String(n++));
      }
      return [...Array(n).keys()].map(String);
    });
    await page.evaluate(installProbe);
    // The card UI is injected on the first hover (or once idle): not what is timed here.
    await sleep(3500);
    for (const id of ids) {
      const sel = `[data-tl-probe="${id}"]`;
      await page.mouse.move(2, 2);
      await page.keyboard.press('Escape');
      await page.evaluate(
        (s) => document.querySelector(s)?.scrollIntoView({ block: 'center' }),
        sel,
      );
      await sleep(400);
      const box = await page.locator(sel).first().boundingBox();
      if (!box) continue;
      const timing = page.evaluate((i) => /** @type {any} */ (window).__tlHover(i), id);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
      const t = await timing;
      if (!t || t.timedOut) {
        const text = await page.locator(sel).first().textContent();
        console.log(`term "${text}": timed out`, t);
        continue;
      }
      into.card.push(t.card);
      if (t.frame !== undefined) into.frame.push(t.frame);
      into.sized.push(t.sized);
    }
  } finally {
    await session.close();
  }
}

async function main() {
  const server = await startStaticServer({ '/': resolve(REPO_ROOT, 'demo') });
  const results = extensionDirs.map(() => ({
    card: /** @type {number[]} */ ([]),
    frame: /** @type {number[]} */ ([]),
    sized: /** @type {number[]} */ ([]),
  }));
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(`load average at start: ${load()}`);
  for (let run = 0; run < runs; run++) {
    for (const [i, dir] of extensionDirs.entries()) await oneRun(dir, server.origin, results[i]);
  }
  await server.close();
  console.log(`load average at end: ${load()}`);
  const fmt = (/** @type {number[]} */ xs) =>
    `median ${median(xs).toFixed(1)} ms, n=${xs.length}, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
  for (const [i, dir] of extensionDirs.entries()) {
    const all = results[i];
    console.log(`build: ${dir}`);
    console.log(`  hover -> card painted:        ${fmt(all.card)}`);
    if (all.frame.length) console.log(`  hover -> reader frame loaded: ${fmt(all.frame)}`);
    console.log(`  hover -> save control sized:  ${fmt(all.sized)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
