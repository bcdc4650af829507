// Which main-thread tasks run our content script, from a Chromium performance trace: the Long
// Tasks API cannot say whose a task is, a trace can (each script event names its file).

import { mainThreadEvents } from './trace-helpers.mjs';

const CONTENT_SCRIPT = 'content-scripts/content.js';
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);

/**
 * Loads `url` in `context` (the extension loaded) while tracing, waits `settleMs`, and returns how
 * many tasks ran our content script, our part of the longest of them, our total time, and the
 * rendering time of the window.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {number} settleMs
 */
export async function traceOurTasks(context, url, settleMs) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** @type {any[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const onMain = mainThreadEvents(events);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const ourEvents = onMain.filter(
    (e) => e.name !== 'RunTask' && JSON.stringify(e.args ?? {}).includes(CONTENT_SCRIPT),
  );
  let longest = 0;
  let count = 0;
  let total = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur;
    const ours = ourEvents.filter((e) => e.ts >= t.ts && e.ts < end);
    if (!ours.length) continue;
    count++;
    // Our part of the task: the time covered by events that name our script (and what runs
    // inside them). At document_start our script is evaluated inside the page's own parsing
    // task, whose length is the page's.
    let covered = 0;
    let reach = -Infinity;
    for (const e of ours) {
      const from = Math.max(e.ts, reach);
      const to = e.ts + e.dur;
      if (to > from) covered += to - from;
      reach = Math.max(reach, to);
    }
    const ms = Math.min(covered, t.dur) / 1000;
    total += ms;
    longest = Math.max(longest, ms);
  }
  const renderingMs =
    onMain.filter((e) => RENDERING.has(e.name)).reduce((sum, e) => sum + e.dur, 0) / 1000;
  return { longestMs: longest, tasks: count, totalMs: total, renderingMs };
}
