/**
 * What the bench pages' terms would cost painted with the CSS Custom Highlight API instead of
 * wrapped in elements: `node tests/bench/highlight-api-probe.mjs [--runs N]`. Without the
 * extension, in each page: every match of the built-in regex (source from
 * `npx vite-node tests/bench/regex-compile.ts --print-source`, else the file given by
 * TERMLIGHT_REGEX_SOURCE) becomes a Range in one Highlight, then the Long Animation Frames that
 * follow are read (the scan runs in a task of its own before). A diagnostic for a design question (issue #11), not part of the bench: such
 * highlights have no element to focus, hover or announce, which the card needs.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { QUIET_ARGS, findChromium } from '../support/browser.mjs';
import { startStaticServer } from '../support/server.mjs';
import { generatedPages } from './generate.mjs';

const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 2;
const sourceFile = process.env.TERMLIGHT_REGEX_SOURCE;
if (!sourceFile) throw new Error('set TERMLIGHT_REGEX_SOURCE to a file with the regex source');
const source = readFileSync(sourceFile, 'utf8');

const server = await startStaticServer(
  {},
  {
    ...generatedPages(),
  },
);
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: set CHROME_PATH');
const browser = await chromium.launch({ executablePath, args: QUIET_ARGS });
console.log(
  'page             run  ranges  scan ms  ranges+set ms  frames > 50 ms  longest  its rendering',
);
for (let run = 1; run <= runs; run++) {
  for (const path of ['/generated.html', '/review.html', '/long.html']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.origin + path);
    await page.waitForTimeout(1500);
    const r = await page.evaluate(async (source) => {
      /** @type {PerformanceEntry[]} */
      const frames = [];
      const observer = new PerformanceObserver((list) => frames.push(...list.getEntries()));
      observer.observe({ type: 'long-animation-frame' });
      const settle = (ms) =>
        new Promise((done) => requestAnimationFrame(() => setTimeout(done, ms)));
      await settle(100);
      const t0 = performance.now();
      const re = new RegExp(source, 'gu');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const hits = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        re.lastIndex = 0;
        for (let m = re.exec(n.data); m; m = re.exec(n.data)) hits.push([n, m.index, m[0].length]);
      }
      const scanEnd = performance.now();
      // The scan is the same for any way of painting: its own task, before the measured one.
      await settle(100);
      const t1 = performance.now();
      const style = document.createElement('style');
      style.textContent =
        '::highlight(tl){text-decoration:underline dotted 2px #1f6fb2;background-color:rgba(255,205,64,.28)}';
      document.head.append(style);
      const ranges = hits.map(([n, s, len]) => {
        const range = new Range();
        range.setStart(n, s);
        range.setEnd(n, s + len);
        return range;
      });
      CSS.highlights.set('tl', new Highlight(...ranges));
      const t2 = performance.now();
      await settle(1000);
      frames.push(...observer.takeRecords());
      observer.disconnect();
      const after = frames.filter((f) => f.startTime + f.duration >= t1);
      const longest = after.sort((a, b) => b.duration - a.duration)[0];
      return {
        ranges: ranges.length,
        scan: scanEnd - t0,
        set: t2 - t1,
        over50: after.length,
        longest: longest?.duration ?? 0,
        rendering: longest ? longest.startTime + longest.duration - longest.renderStart : 0,
      };
    }, source);
    const ms = (v) => `${v.toFixed(0)}`.padStart(6);
    console.log(
      `${path.padEnd(17)}${String(run).padStart(3)}${String(r.ranges).padStart(8)}${ms(r.scan)}   ${ms(r.set)}       ${String(r.over50).padStart(8)}      ${ms(r.longest)}  ${ms(r.rendering)}`,
    );
    await page.close();
  }
}
await browser.close();
await server.close?.();
