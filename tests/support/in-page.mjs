// Small functions that run in the page, for the Chromium and Firefox browser tests alike: pass
// them to page.evaluate (Playwright or puppeteer), as tests/support/added-names.mjs does.

/** The card's close grace after the pointer leaves: CLOSE_GRACE_MS in lib/page/termlight-page.ts. */
export const CLOSE_GRACE_MS = 300;

/**
 * In the page: resolves when a timer of `ms`, started after the next frame, fires. The content
 * script's timers share the page's timer queue, so a timer of no more than `ms` that it started
 * on input handled before that frame (a close timer on the pointer's way out) has fired by then.
 * @param {number} ms
 * @returns {Promise<void>}
 */
export function afterPageTimer(ms) {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, ms)));
}

/**
 * In the page of tests/e2e/fixtures/recorded.html: adds a paragraph of `text`, and resolves once
 * the page's recording (rrweb) holds it. rrweb records DOM changes in the order they happen, so
 * every change before this one is in the recording too.
 * @param {string} text
 * @returns {Promise<void>}
 */
export function recordingCaughtUp(text) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const seen = /** @type {{ __seen: { recording: unknown[] } }} */ (/** @type {unknown} */ (window))
    .__seen;
  return new Promise((done) => {
    const check = () =>
      JSON.stringify(seen.recording).includes(text) ? done() : requestAnimationFrame(check);
    check();
  });
}
