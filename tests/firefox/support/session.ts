import { afterAll, beforeAll, expect } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../../support/server.mjs';
import { launchFirefox, type ExtensionTab, type FirefoxSession } from './firefox';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../e2e/fixtures');
const DEMO_DIR = resolve(import.meta.dirname, '../../../demo');

interface FirefoxE2E {
  session: FirefoxSession;
  server: StaticServer;
  /** The options page, kept open to reach the add-on's storage as the extension itself. */
  control: ExtensionTab;
  url(path: string): string;
  /** A new tab at `path` on the loopback server, loaded. */
  open(path: string): Promise<Page>;
  /**
   * A tab opened by the add-on (tabs.create), so its tab id is known for popup.html?tab=<id>
   * (without the "tabs" permission the add-on cannot look tabs up by address).
   */
  openTab(path: string): Promise<{ page: Page; tabId: number }>;
  /** Writes settings into storage.sync as the options page would (fields not given keep defaults). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  clearSettings(): Promise<void>;
}

/**
 * Starts one Firefox with the add-on and one loopback server for a test file. The file fails if
 * any connection tried to leave the machine, or if a page, an extension page or the background
 * reported an error.
 */
export function useFirefox(options: { viewport?: { width: number; height: number } } = {}) {
  const e2e = {} as FirefoxE2E;
  beforeAll(async () => {
    e2e.server = await startStaticServer({ '/': FIXTURES_DIR, '/demo/': DEMO_DIR });
    e2e.session = await launchFirefox({ viewport: options.viewport });
    e2e.url = (path) => e2e.server.origin + path;
    e2e.open = async (path) => {
      const page = await e2e.session.newPage();
      await page.goto(e2e.url(path), { waitUntil: 'domcontentloaded' });
      return page;
    };
    e2e.openTab = async (path) => {
      const url = e2e.url(path);
      const [target, tabId] = await Promise.all([
        e2e.session.browser.waitForTarget((t) => t.url() === url),
        e2e.control.evaluate<number>(
          `browser.tabs.create({ url: ${JSON.stringify(url)}, active: false }).then((t) => t.id)`,
        ),
      ]);
      const page = (await target.page())!;
      e2e.session.watch(page);
      await page.waitForFunction(() => document.readyState !== 'loading');
      return { page, tabId };
    };
    e2e.control = await e2e.session.openExtensionPage('options.html');
    e2e.setSettings = (settings) =>
      e2e.control.evaluate(
        `browser.storage.sync.set({ settings: { version: 1, ...${JSON.stringify(settings)} } })`,
      );
    e2e.clearSettings = () => e2e.control.evaluate('browser.storage.sync.clear()');
  });
  afterAll(async () => {
    const background = (await e2e.session?.addonConsoleErrors()) ?? [];
    const outbound = e2e.session?.outbound ?? [];
    const errors = e2e.session?.errors ?? [];
    await e2e.session?.close();
    await e2e.server?.close();
    // One assertion so a failure shows all three lists.
    expect({ outbound, errors, background }).toEqual({ outbound: [], errors: [], background: [] });
  });
  return e2e;
}
