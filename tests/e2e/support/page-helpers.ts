import type { Frame, Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionSession } from './browser';
import { pageSnapshot } from '../../support/in-page.mjs';

/** Texts and ids of the highlights in a page, frame or element (open shadow roots included). */
export async function highlights(target: Page | Frame, selector = 'body') {
  return target
    .locator(selector)
    .locator('tl-term')
    .evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent, id: el.getAttribute('data-term-id') })),
    );
}

/** Waits until the content script has highlighted at least `min` terms. */
export async function waitForHighlights(page: Page | Frame, min = 1): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('tl-term').length >= n, min, {
    timeout: 10_000,
  });
}

/** Writes settings into storage.sync as the options page would (fields not given keep defaults). */
export async function setSettings(
  session: ExtensionSession,
  settings: Record<string, unknown>,
): Promise<void> {
  await session.worker.evaluate(async (s) => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    await api.storage.sync.set({ settings: { version: 1, ...s } });
  }, settings);
}

export async function clearSettings(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    await api.storage.sync.clear();
  });
}

/** The page's body markup and text, to compare before and after Termlight. */
export function snapshot(page: Page) {
  return page.evaluate(pageSnapshot);
}
