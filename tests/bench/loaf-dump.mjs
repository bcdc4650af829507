/**
 * Every Long Animation Frame over 50 ms of one load on a slowed CPU, with and without the
 * extension, builds interleaved: `node tests/bench/loaf-dump.mjs [review|generated|long]
 * [--cpu N] [--runs N] [--skim N] [--fling N] [--jump] [--dir BUILD ...]`. Per frame: start after DCL, duration, where rendering
 * and style/layout started, and which of our marked slices ran in it. A diagnostic for the
 * phone-class frames (issue #26), not part of the bench.
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { flag, option, options, pageArgument } from './args.mjs';
import { startStaticServer } from '../support/server.mjs';
import { generatedPages } from './generate.mjs';
import { flingScreens, skimScreens } from './moves.mjs';
import { RECORDER_SCRIPT } from './recorder.mjs';

const which = pageArgument('review');
const cpu = Number(option('--cpu', '4'));
const runs = Number(option('--runs', '2'));
/** --skim N: also N screens at one a second from 1.5 s after load (the frames then). */
const skim = Number(option('--skim', '0'));
/** --fling N: then N screens at ten a second, 700 ms after the skim (as the bench's fling). */
const fling = Number(option('--fling', '0'));
/** --jump: then scrollTo 85 % down the page, 700 ms later (as the bench's jump). */
const jump = flag('--jump');
const dirs = options('--dir').map((d) => resolve(d));
const server = await startStaticServer(
  {},
  {
    ...generatedPages(),
  },
);
const builds = [...(dirs.length ? dirs : [undefined]).map((d) => ({ dir: d })), { alone: true }];
try {
  for (let run = 0; run < runs; run++) {
    for (const b of builds) {
      const session = await launchBrowser({
        ...(b.alone ? { extension: false } : b.dir ? { extensionDir: b.dir } : {}),
        initScript: RECORDER_SCRIPT,
        hasTouch: true,
      });
      try {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await page.goto(`${server.origin}/${which}.html`, { waitUntil: 'load' });
        await page.waitForTimeout(skim || fling ? 1500 : 3000);
        if (skim) await page.evaluate(skimScreens, skim);
        if (fling) {
          await page.waitForTimeout(700);
          await page.evaluate(flingScreens, fling);
          await page.waitForTimeout(1000);
        }
        if (jump) {
          await page.waitForTimeout(700);
          await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.85));
          await page.waitForTimeout(1500);
        }
        const out = await page.evaluate(() => {
          const rec = /** @type {any} */ (window).__tlrec;
          const nav = /** @type {any} */ (performance.getEntriesByType('navigation')[0]);
          const dcl = nav.domContentLoadedEventStart;
          const spans = performance
            .getEntriesByType('measure')
            .filter((e) => e.name.startsWith('termlight:'));
          const marks = performance
            .getEntriesByType('mark')
            .filter((e) => e.name.startsWith('termlight:'));
          return {
            load: nav.loadEventEnd - dcl,
            frames: rec.frames
              .filter(
                (/** @type {any} */ f) => f.duration > 50 && f.start + f.duration >= dcl - 100,
              )
              .map((/** @type {any} */ f) => {
                const end = f.start + f.duration;
                const ours = [...spans, ...marks]
                  .filter((e) => e.startTime < end && e.startTime + e.duration >= f.start)
                  .map(
                    (e) =>
                      `${e.name.slice(10)}@${(e.startTime - f.start).toFixed(0)}+${e.duration.toFixed(0)}`,
                  );
                return `${(f.start - dcl).toFixed(0).padStart(6)} ${f.duration.toFixed(0).padStart(4)} ms render@${f.renderStart ? (f.renderStart - f.start).toFixed(0) : '-'} style@${f.styleAndLayoutStart ? (f.styleAndLayoutStart - f.start).toFixed(0) : '-'} ${ours.join(' ')} ${f.scripts.map((/** @type {any} */ s) => `[${s.invoker} ${s.duration.toFixed(0)}]`).join('')}`;
              }),
          };
        });
        console.log(
          `run ${run} ${b.alone ? 'alone' : (b.dir ?? 'default build')}: load at DCL+${out.load.toFixed(0)}`,
        );
        for (const line of out.frames) console.log('  ' + line);
      } finally {
        await session.close();
      }
    }
  }
} finally {
  await server.close();
}
