// Page-side reads for the Firefox tests. The popover lives in an open shadow root of <tl-popover>;
// the selectors are the ones the Chromium tests use (tests/e2e/support/).
import type { Frame, Page } from 'puppeteer-core';
import { focusedElement, pageSnapshot, termCountsInPage } from '../../support/in-page.mjs';

/** The popover's dialog text when it is open and visible, else null. */
export function openDialogText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('tl-popover')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    if (!(dialog instanceof HTMLElement)) return null;
    const box = dialog.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    return dialog.innerText;
  });
}

/** The element that has focus, looking into shadow roots. */
export function focused(page: Page) {
  return page.evaluate(focusedElement);
}

export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('tl-term').length);
}

/** How many times each term is highlighted, by id. */
export function termCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(termCountsInPage);
}

/** The page's body markup, text and number of text nodes, to compare before and after. */
export function snapshot(page: Page) {
  return page.evaluate(pageSnapshot);
}

/**
 * The card's reader frame (an extension page, issue #23), once it has loaded; else null.
 * Puppeteer's Frame.url() cannot find it: over WebDriver BiDi Firefox reports no navigation of a
 * moz-extension:// subframe, so its url() stays "about:blank". The frame's own location is right.
 */
async function readerFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    try {
      if (await frame.evaluate(() => location.protocol === 'moz-extension:')) return frame;
    } catch {
      // a frame that is going away or still loading
    }
  }
  return null;
}

/** Runs `body` in the reader frame (`card` is its document's body); null while there is none. */
export async function inReaderFrame<T>(page: Page, body: string): Promise<T | null> {
  try {
    const frame = await readerFrame(page);
    return ((await frame?.evaluate(`(() => { const card = document.body; ${body} })()`)) ??
      null) as T | null;
  } catch {
    return null; // the frame is still loading
  }
}
