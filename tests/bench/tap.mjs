/**
 * Where tap -> card's time goes on a phone-class CPU: `node tests/bench/tap.mjs [--runs N]
 * [--throttle 4] [--page review] [--trace] [dir ...]` (each dir a built chrome-mv3-e2e; default
 * the test build). Per run, a fresh tab of the 300 kB page, the CPU slowed, the page left as the
 * bench leaves it (5 s after load), then one tap on a term on screen. Prints, from the touchstart,
 * when each step happened: the page's touch, pointer and click events, the test build's User
 * Timing marks (lib/bench-marks.ts: the card asked for, its data back, its render) and the frame
 * where the card's dialog has a box; with --trace, the main-thread tasks in between. Builds are
 * interleaved run by run, so load changes hit them alike. A diagnostic, not part of the bench.
 */
import { basename, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { REPO_ROOT, launchBrowser } from '../support/browser.mjs';
import { startStaticServer } from '../support/server.mjs';
import { REVIEW_PAGE, generatePage } from './generate.mjs';
import { RECORDER_SCRIPT } from './recorder.mjs';
import { armTapTimer, mainThreadEvents } from './trace-helpers.mjs';
import { flag, option } from './args.mjs';

const argv = process.argv.slice(2);
const RUNS = Number(option('--runs', '3'));
/** Taps per page (each on another term, the card closed between): the later ones run warm code. */
const TAPS = Number(option('--taps', '1'));
/** Which tap --trace and --profile look at (default the last). */
const TRACED_TAP = Number(option('--traced-tap', String(TAPS)));
const THROTTLE = Number(option('--throttle', '4'));
const TRACE = flag('--trace');
const PROFILE = flag('--profile');
const valued = new Set(['--runs', '--throttle', '--page', '--taps', '--traced-tap']);
const dirs = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
if (!dirs.length) dirs.push(resolve(REPO_ROOT, '.output/chrome-mv3-e2e'));
const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/** Main world: the page's view of the tap (its events' times) and the card's first box. */
function tapRecorder() {
  if (window !== window.top) return;
  const w = /** @type {any} */ (window);
  w.__tlTapEvents = [];
  for (const type of ['touchstart', 'pointerdown', 'touchend', 'pointerup', 'mousedown', 'click']) {
    addEventListener(type, (e) => w.__tlTapEvents.push([type, e.timeStamp, performance.now()]), {
      capture: true,
    });
  }
}

const server = await startStaticServer({}, { '/review.html': generatePage(REVIEW_PAGE).html });

/**
 * @param {import('playwright-core').BrowserContext} context
 */
async function tapOnce(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(server.origin + '/review.html', { waitUntil: 'load', timeout: 120_000 });
    await sleep(5000); // as the bench: 3 s of load frames, then 2 s for the card UI
    /** @type {any[]} */
    const taps = [];
    /** @type {string[]} */
    const used = [];
    for (let n = 0; n < TAPS; n++) {
      if (n > 0) {
        await page.touchscreen.tap(5, 5); // outside: closes the card
        await sleep(1500);
      }
      const r = await tapTerm(page, cdp, used, n === TRACED_TAP - 1);
      if (!r) break;
      taps.push(r);
    }
    return taps;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * Taps a term on screen whose entry was not tapped yet, and times it.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string[]} used
 * @param {boolean} last
 */
async function tapTerm(page, cdp, used, last) {
  {
    const box = await page.evaluate((used) => {
      for (const el of document.querySelectorAll('tl-term')) {
        const id = el.getAttribute('data-term-id') ?? '';
        const r = el.getBoundingClientRect();
        if (!used.includes(id) && r.top > 0 && r.bottom < innerHeight && r.width > 0) {
          used.push(id);
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, used };
        }
      }
      return null;
    }, used);
    if (box) used.splice(0, used.length, ...box.used);
    if (!box) return null;
    /** @type {any[]} */
    const events = [];
    let complete = Promise.resolve();
    if (TRACE && last) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      complete = new Promise((done) => cdp.once('Tracing.tracingComplete', () => done(undefined)));
      await cdp.send('Tracing.start', {
        categories:
          'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute,v8,disabled-by-default-v8.compile',
        transferMode: 'ReportEvents',
      });
    }
    if (PROFILE && last) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.evaluate(() => /** @type {any} */ (window.__tlTapEvents = []));
    await page.evaluate(armTapTimer);
    await page.touchscreen.tap(box.x, box.y);
    const tap = await page.evaluate(() =>
      Promise.race([
        /** @type {any} */ (window).__tlTap,
        new Promise((ok) => setTimeout(() => ok(null), 10_000)),
      ]),
    );
    await sleep(300);
    const steps = await page.evaluate((t) => {
      const w = /** @type {any} */ (window);
      if (!t) return null;
      const at = (/** @type {number} */ x) => Math.round(x - t.t0);
      /** @type {[string, number, number][]} */
      const out = [];
      for (const [type, stamp, ran] of w.__tlTapEvents) {
        if (stamp >= t.t0 - 1) out.push([type, at(stamp), at(ran)]);
      }
      for (const e of performance.getEntries()) {
        // The card's warm-up (at idle before the tap) is listed too, at its time before it.
        if (/^termlight:card:warm/.test(e.name)) {
          out.push([
            `${e.name} (${Math.round(e.duration)} ms)`,
            at(e.startTime),
            at(e.startTime + e.duration),
          ]);
          continue;
        }
        if (!/^(termlight:|tap:)/.test(e.name) || e.startTime < t.t0 - 1) continue;
        out.push([e.name, at(e.startTime), at(e.startTime + e.duration)]);
      }
      const frames = (w.__tlrec?.frames ?? [])
        .filter((/** @type {any} */ f) => f.start + f.duration >= t.t0 && f.start <= t.t0 + t.ms)
        .map((/** @type {any} */ f) => [at(f.start), Math.round(f.duration)]);
      return { ms: t.ms, steps: out.sort((a, b) => a[1] - b[1]), frames };
    }, tap);
    let profile = null;
    if (PROFILE && last) profile = summarize((await cdp.send('Profiler.stop')).profile);
    let tasks = null;
    if (TRACE && last) {
      await cdp.send('Tracing.end');
      await complete;
      tasks = mainTasks(events);
    }
    return { ...steps, tasks, profile };
  }
}

/**
 * The functions that took the most time in a CPU profile (self time, and total time of ours).
 * @param {any} profile
 */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  const dt = profile.timeDeltas;
  /** @type {Map<number, number>} */
  const self = new Map();
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) =>
    self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)),
  );
  /** @type {Map<number, number>} parent of each node */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (/** @type {any} */ n) => {
    const f = n.callFrame;
    const file = (f.url || '').split('/').pop();
    return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
  };
  /** @type {Map<string, number>} */
  const selfBy = new Map();
  /** @type {Map<string, number>} */
  const totalBy = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at));
      if (seen.has(l)) continue;
      seen.add(l);
      totalBy.set(l, (totalBy.get(l) ?? 0) + us);
    }
  }
  const top = (/** @type {Map<string, number>} */ m, /** @type {number} */ k) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([l, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${l}`);
  return { self: top(selfBy, 25), total: top(totalBy, 40) };
}

/** The renderer main thread's tasks from the touchstart to the dialog's box. @param {any[]} events */
function mainTasks(events) {
  const onMain = mainThreadEvents(events);
  const start = onMain.find(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'touchstart',
  )?.ts;
  const end = events.find((e) => e.name === 'tap:dialog-box')?.ts;
  if (start === undefined) return ['(no touchstart in the trace)'];
  const lines = [];
  if (flag('--detail')) {
    const longest = onMain
      .filter((t) => t.name === 'RunTask' && t.ts >= start && (!end || t.ts < end))
      .sort((a, b) => b.dur - a.dur)[0];
    if (longest) {
      for (const e of onMain) {
        if (e.ts < longest.ts || e.ts >= longest.ts + longest.dur || e.dur < 2000) continue;
        const extra =
          e.name === 'Layout'
            ? JSON.stringify({
                ...e.args?.beginData,
                stackTrace: undefined,
                roots: e.args?.endData?.layoutRoots?.length,
              })
            : e.name === 'UpdateLayoutTree'
              ? JSON.stringify(e.args?.elementCount ?? e.args?.beginData ?? '')
              : (e.args?.data?.functionName ?? e.args?.data?.url ?? '');
        lines.push(
          `  detail ${((e.ts - start) / 1000).toFixed(0).padStart(5)} ${(e.dur / 1000).toFixed(1).padStart(6)} ${e.name} ${String(extra).slice(0, 160)}`,
        );
      }
    }
  }
  for (const t of onMain) {
    if (t.name !== 'RunTask' || t.ts + t.dur < start || (end && t.ts > end)) continue;
    const inside = onMain.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t);
    /** @type {Map<string, number>} */
    const byName = new Map();
    for (const e of inside) {
      let name = e.name;
      const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
      if (/content-scripts\/content\.js/.test(url)) name += '(content)';
      else if (/card-ui\.js/.test(url)) name += '(card-ui)';
      else if (e.name === 'EventDispatch') name += `(${e.args?.data?.type})`;
      if (e.name === 'Layout' && e.dur > 5000) {
        const b = e.args?.beginData ?? {};
        name += `[${b.dirtyObjects}/${b.totalObjects}${b.partialLayout ? ' partial' : ''}]`;
      }
      byName.set(name, Math.max(byName.get(name) ?? 0, e.dur));
    }
    const compile = inside
      .filter((e) => /Compile|Parse/.test(e.name))
      .reduce((sum, e) => sum + e.dur, 0);
    if (compile > 1000) byName.set('(compile+parse total)', compile);
    const parts = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
      .join(', ');
    if (t.dur < 2000 && !/content|card-ui|Event/.test(parts)) continue;
    lines.push(
      `${((t.ts - start) / 1000).toFixed(0).padStart(6)} +${(t.dur / 1000).toFixed(1).padStart(6)}  ${parts}`,
    );
  }
  return lines;
}

const sessions = [];
for (const dir of dirs) {
  sessions.push(
    await launchBrowser({
      extensionDir: resolve(dir),
      initScript: `${RECORDER_SCRIPT}\n(${tapRecorder.toString()})();`,
      hasTouch: true,
    }),
  );
}
/** @type {Record<string, number[]>} */
const totals = {};
try {
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, CPU ${THROTTLE}x slower`,
  );
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < dirs.length; i++) {
      const name = basename(resolve(dirs[i], dirs.length > 1 ? '..' : '.'));
      const taps = await tapOnce(sessions[i].context);
      taps.forEach((r, n) => {
        (totals[`${name} tap ${n + 1}`] ??= []).push(r?.ms ?? NaN);
        console.log(
          `\n${name} run ${run + 1} tap ${n + 1}: tap -> card ${r ? Math.round(r.ms) : '—'} ms`,
        );
        if (!r) return;
        console.log(`  step: at (ms after touchstart), ended / handler ran`);
        for (const [s, a, b] of r.steps)
          console.log(`  ${s.padEnd(28)} ${String(a).padStart(5)} ${String(b).padStart(5)}`);
        console.log(
          `  long frames (start+ms): ${r.frames.map((/** @type {number[]} */ f) => f.join('+')).join(', ') || 'none'}`,
        );
        if (r.tasks) for (const l of r.tasks) console.log(`  task ${l}`);
        if (r.profile) {
          console.log('  profile, self:');
          for (const l of r.profile.self) console.log(`   ${l}`);
          console.log('  profile, total:');
          for (const l of r.profile.total) console.log(`   ${l}`);
        }
      });
    }
  }
} finally {
  for (const s of sessions) await s.close();
  await server.close();
}
console.log(
  `\nload average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const [name, ms] of Object.entries(totals)) {
  const sorted = ms.filter(Number.isFinite).sort((a, b) => a - b);
  console.log(
    `${name}: tap -> card median ${Math.round(sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN)} ms [${ms.map((x) => Math.round(x)).join(' ')}]`,
  );
}
