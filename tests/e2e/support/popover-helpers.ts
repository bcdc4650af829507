import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterPageTimer, CLOSE_GRACE_MS, focusedElement } from '../../support/in-page.mjs';
import { launchBrowser } from '../../support/browser.mjs';

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

/**
 * Clicks a control in the reader's frame once the browser routes the pointer into the frame.
 * Chromium hit-tests an out-of-process frame on the compositor's data: just after the frame
 * resizes (Save grows it, twice), a busy machine can still send the press to the <iframe> element
 * in the page, and the click is lost (seen in 1 of 5 loaded runs: the page got the pointerdown).
 * A person is not that fast; a test is. Hovering until the control itself is :hover proves the
 * routing, then the click goes where the hover went.
 */
export async function clickInFrame(control: Locator): Promise<void> {
  let nudge = 0;
  await expect
    .poll(
      async () => {
        const box = await control.boundingBox({ timeout: 3000 });
        if (!box) return false;
        nudge = 1 - nudge; // a move to a new point, so the browser hit-tests again
        await control.hover({ position: { x: box.width / 2 + nudge, y: box.height / 2 } });
        return control.evaluate((el) => el.matches(':hover'));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  await control.click();
}

export async function isPopoverOpen(page: Page): Promise<boolean> {
  return (await dialog(page).count()) > 0 && dialog(page).isVisible();
}

/** Resolves when the card's close grace, started after the pointer moved, has run out. */
export function afterCloseGrace(page: Page): Promise<void> {
  return page.evaluate(afterPageTimer, CLOSE_GRACE_MS);
}

/**
 * From now on, the id of each term whose card opens, in order (the test build's `data-open`,
 * lib/highlight/page-names.ts); read them with `openedCards`.
 */
export function recordOpenedCards(page: Page): Promise<void> {
  return page.evaluate(() => {
    const opened: string[] = [];
    (window as unknown as { openedCards: string[] }).openedCards = opened;
    new MutationObserver((records) => {
      for (const { target } of records) {
        const el = target as Element;
        if (el.hasAttribute('data-open')) opened.push(el.getAttribute('data-term-id') ?? '?');
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-open'] });
  });
}

export function openedCards(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { openedCards: string[] }).openedCards);
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
  return page.evaluate(focusedElement);
}

let tapClicks: Promise<boolean> | undefined;

/**
 * Whether this Chromium turns an emulated tap in a cross-site frame (the reader's frame is one)
 * into a click on what was tapped. Chromium 150 sends such a frame the tap's pointer and touch
 * events in place, but its click with the frame's offset taken off twice: 300 px down the page,
 * the click falls above the frame and is lost. 156 clicks in place. Asked once, in a browser of
 * its own without the extension, on a frame from the other loopback name (localhost), which
 * makes it cross-site.
 */
export function tapClicksInCrossSiteFrame(origin: string): Promise<boolean> {
  tapClicks ??= (async () => {
    const session = await launchBrowser({ extension: false, hasTouch: true });
    try {
      const page = await session.context.newPage();
      await page.goto(`${origin}/frame-child.html`);
      const inner = `${origin.replace('127.0.0.1', 'localhost')}/frame-child.html`;
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'width:300px;height:120px;border:0;margin-top:300px';
        document.body.prepend(frame);
      }, inner);
      const body = page.frameLocator('iframe').locator('body');
      await body.evaluate((el) => {
        el.innerHTML = '<button style="width:200px;height:48px">Tap</button>';
        el.firstElementChild!.addEventListener('click', () => (el.dataset.clicked = 'yes'));
      });
      await body.locator('button').tap();
      await page.waitForTimeout(300);
      return (await body.getAttribute('data-clicked')) === 'yes';
    } finally {
      await session.close();
    }
  })();
  return tapClicks;
}
