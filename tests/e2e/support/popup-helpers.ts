import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionSession } from './browser';
import { termCountsInPage } from '../../support/in-page.mjs';

type Chrome = Browser;

/**
 * Opens a tab through the extension, so the test knows its tab id (without the "tabs" permission
 * the extension cannot look tabs up by address), and returns it with its Playwright page.
 */
export async function openTab(
  session: ExtensionSession,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    session.context.waitForEvent('page'),
    session.worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = await api.tabs.create({ url, active: false });
      return tab.id!;
    }, url),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return { page, tabId };
}

/**
 * The toolbar popup's page in a tab of its own, reporting on tab `tabId` (popup.html?tab=<id>):
 * headless Chromium cannot click the toolbar button, and the popup's own tab would be "active".
 */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await page.getByRole('heading', { name: 'Termlight', exact: true }).waitFor();
  return page;
}

export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'How terms look on a page' }).waitFor();
  return page;
}

/** The settings as stored, or undefined when nothing is saved (the defaults). */
export function storedSettings(session: ExtensionSession): Promise<unknown> {
  return session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await api.storage.sync.get('settings')).settings;
  });
}

/** How many times each term is highlighted in a page, by id. */
export function termCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(termCountsInPage);
}
