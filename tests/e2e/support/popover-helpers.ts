import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** The popover's dialog, inside its open shadow root (Playwright's locators pierce it). */
export function dialog(page: Page) {
  return page.locator('tl-popover [role="dialog"]');
}

/**
 * The reader's part of the open card: an extension page in an iframe (issue #23). Playwright
 * reaches into it through the test build's open card root.
 */
export function readerFrame(page: Page) {
  return dialog(page).locator('iframe').contentFrame();
}

export async function isPopoverOpen(page: Page): Promise<boolean> {
  return (await dialog(page).count()) > 0 && dialog(page).isVisible();
}

/** The popover host's box, to check it stays inside the viewport. */
export async function popoverBox(page: Page) {
  return page.locator('tl-popover').evaluate((el) => {
    const r = el.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** The element that has focus, looking into shadow roots. */
export function focusedDescription(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      term: el.getAttribute('data-term-id'),
      text: (el.textContent ?? '').trim().slice(0, 40),
    };
  });
}
