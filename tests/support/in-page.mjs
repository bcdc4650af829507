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

/**
 * In a page of expectation cases (tests/e2e/fixtures/traps.html, forum.html, es-forum.html,
 * es-traps.html): each [data-expect] element's text (its start), the texts it must highlight
 * ("|" between them) and the texts it has highlighted.
 * @returns {{ text: string, expected: string[], actual: string[] }[]}
 */
export function expectedHighlights() {
  const oneLine = (/** @type {string | null} */ s) => (s ?? '').replace(/\s+/g, ' ');
  return [...document.querySelectorAll('[data-expect]')].map((el) => ({
    text: oneLine(el.textContent).trim().slice(0, 70),
    expected: (el.getAttribute('data-expect') ?? '').split('|').filter(Boolean),
    actual: [...el.querySelectorAll('tl-term')].map((t) => oneLine(t.textContent)),
  }));
}

/**
 * In the page: the element that has focus, looking into shadow roots, or null.
 * @returns {{ tag: string, role: string | null, term: string | null, text: string } | null}
 */
export function focusedElement() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  return {
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role'),
    term: el.getAttribute('data-term-id'),
    text: (el.textContent ?? '').trim().slice(0, 40),
  };
}

/**
 * In the page: how many times each term is highlighted, by id (the test builds' data-term-id).
 * @returns {Record<string, number>}
 */
export function termCountsInPage() {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const el of document.querySelectorAll('tl-term[data-term-id]')) {
    const id = /** @type {string} */ (el.getAttribute('data-term-id'));
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/**
 * In the page: the body's markup, text and number of text nodes, to compare before and after.
 * @returns {{ html: string, text: string | null, textNodes: number }}
 */
export function pageSnapshot() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  while (walker.nextNode()) textNodes++;
  return { html: document.body.innerHTML, text: document.body.textContent, textNodes };
}
