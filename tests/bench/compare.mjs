/**
 * Two or more builds of the extension side by side, runs interleaved on the same pages:
 * `node tests/bench/compare.mjs --runs N dirA dirB ...` (each dir a built chrome-mv3). For trying
 * designs on a shared machine: the runs alternate, so load changes hit every build alike. Prints
 * per build and page the medians of DCL→first screen, DCL→laid out, and long animation frames.
 */
import { basename } from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { startStaticServer } from '../support/server.mjs';
import { generatedPages } from './generate.mjs';
import { RECORDER_SCRIPT } from './recorder.mjs';

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const dirs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
const PAGES = (process.env.PAGES ?? '/generated.html,/review.html,/long-paragraph.html').split(',');
const server = await startStaticServer(
  {},
  {
    ...generatedPages('/long-paragraph.html'),
  },
);
const median = (/** @type {number[]} */ v) => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** @param {import('playwright-core').BrowserContext} context @param {string} url */
async function measure(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  let last = -1;
  let quietSince = Date.now();
  const start = Date.now();
  for (;;) {
    const count = await page.evaluate(() => /** @type {any} */ (window).__tlrec?.count ?? 0);
    if (count !== last) {
      last = count;
      quietSince = Date.now();
    }
    if ((count > 0 && Date.now() - quietSince > 1500) || Date.now() - start > 45_000) break;
    await page.waitForTimeout(100);
  }
  const r = await page.evaluate(() => {
    const rec = /** @type {any} */ (window).__tlrec;
    const nav = /** @type {any} */ (performance.getEntriesByType('navigation')[0]);
    const dcl = nav.domContentLoadedEventStart;
    const frames = rec.frames.filter(
      (/** @type {any} */ f) => f.start + f.duration >= dcl && f.start <= rec.last,
    );
    let firstScreen = -1;
    for (const el of document.querySelectorAll('tl-term')) {
      const b = el.getBoundingClientRect();
      if (b.bottom > 0 && b.top < innerHeight && b.width > 0)
        firstScreen = Math.max(firstScreen, /** @type {any} */ (el).__tlAt ?? -1);
    }
    return {
      count: rec.count,
      firstScreen: firstScreen - dcl,
      laidOut: rec.laidOut - dcl,
      over50: frames.filter((/** @type {any} */ f) => f.duration > 50).length,
      longest: Math.max(0, ...frames.map((/** @type {any} */ f) => f.duration)),
    };
  });
  await page.close();
  return r;
}

const sessions = [];
for (const dir of dirs)
  sessions.push(await launchBrowser({ extensionDir: dir, initScript: RECORDER_SCRIPT }));
/** @type {Record<string, any[]>} */
const results = {};
try {
  for (let run = 0; run < RUNS; run++) {
    for (const path of PAGES) {
      for (let i = 0; i < dirs.length; i++) {
        const r = await measure(sessions[i].context, server.origin + path);
        (results[`${basename(dirs[i])} ${path}`] ??= []).push(r);
        process.stdout.write('.');
      }
    }
  }
} finally {
  for (const s of sessions) await s.close();
  await server.close();
}
console.log('\nbuild page: highlights, first screen, laid out, frames>50, longest frame (medians)');
for (const [key, rs] of Object.entries(results)) {
  const m = (/** @type {string} */ k) => median(rs.map((r) => r[k])).toFixed(0);
  console.log(
    `${key}: ${m('count')}, ${m('firstScreen')} ms, ${m('laidOut')} ms, ${m('over50')}, ${m('longest')} ms` +
      `   [laid out: ${rs.map((r) => r.laidOut.toFixed(0)).join(' ')}; >50: ${rs.map((r) => r.over50).join(' ')}]`,
  );
}
