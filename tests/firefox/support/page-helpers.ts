// Page-side reads for the Firefox tests. The popover lives in an open shadow root of <tl-popover>;
// the selectors are the ones the Chromium tests use (tests/e2e/support/).
import type { Page } from 'puppeteer-core';

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
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      term: el.getAttribute('data-term-id'),
    };
  });
}

export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('tl-term').length);
}

/** How many times each term is highlighted, by id. */
export function termCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll('tl-term[data-term-id]')) {
      const id = el.getAttribute('data-term-id')!;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

/** The page's body markup, text and number of text nodes, to compare before and after. */
export function snapshot(page: Page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes++;
    return { html: document.body.innerHTML, text: document.body.textContent, textNodes };
  });
}
