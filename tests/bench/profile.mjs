/**
 * Where our script's time goes while a page loads, by function: `node tests/bench/profile.mjs
 * [review|generated|long] [--cpu N] [--runs N] [--inside NAME] [--dir BUILD]`. Takes a CPU
 * profile (V8 sampling, 0.1 ms) of each load until 0.5 s after the load event and prints self time
 * per function, averaged over the runs; with `--inside NAME`, only samples with NAME on the
 * stack (names are the build's, minified: find one in content.js). A regex compile shows as the
 * self time of the function that first ran it. A diagnostic, not part of the bench.
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { option, pageArgument } from './args.mjs';
import { startStaticServer } from '../support/server.mjs';
import { generatedPages } from './generate.mjs';

const which = pageArgument('review');
const cpu = Number(option('--cpu', '4'));
const runs = Number(option('--runs', '3'));
const inside = option('--inside', '');
const dir = option('--dir', '');

const server = await startStaticServer({}, { ...generatedPages() });
/** @type {Map<string, number>} */
const selfMs = new Map();
try {
  for (let run = 0; run < runs; run++) {
    const session = await launchBrowser(dir ? { extensionDir: resolve(dir) } : {});
    try {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`${server.origin}/${which}.html`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const { profile } = await cdp.send('Profiler.stop');
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      /** @type {Map<number, number>} */
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const within = (/** @type {number} */ id) => {
        for (let p = /** @type {number | undefined} */ (id); p !== undefined; p = parent.get(p)) {
          if (nodes.get(p)?.callFrame.functionName === inside) return true;
        }
        return false;
      };
      profile.samples?.forEach((id, i) => {
        if (inside && !within(id)) return;
        const frame = /** @type {any} */ (nodes.get(id)).callFrame;
        const file = frame.url.split('/').pop() || '(native)';
        const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
        const ms = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
        selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
      });
    } finally {
      await session.close();
    }
  }
} finally {
  await server.close();
}
const rows = [...selfMs].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, ms]) => sum + ms, 0) / runs;
console.log(
  `${inside ? `inside ${inside}` : 'all samples'}: ${total.toFixed(1)} ms per load at ${cpu}x`,
);
for (const [key, ms] of rows.slice(0, 30)) {
  console.log(`${(ms / runs).toFixed(1).padStart(8)}  ${key.slice(0, 140)}`);
}
