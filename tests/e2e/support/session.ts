import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionSession } from './browser';
import { clearSettings, waitForHighlights } from './page-helpers';
import { startStaticServer, type StaticServer } from './server';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
const DEMO_DIR = resolve(import.meta.dirname, '../../../demo');

export interface E2E {
  session: ExtensionSession;
  server: StaticServer;
  /** A URL on the loopback server. */
  url(path: string): string;
}

/**
 * Starts one Chromium with the extension and one loopback server for a test file, and fails the
 * file if any request tried to leave the machine.
 */
export function useExtension(
  options: {
    routes?: Record<string, () => string>;
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    /** The browser itself in this language ("es"). */
    locale?: string;
  } = {},
): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    e2e.server = await startStaticServer({ '/': FIXTURES_DIR, '/demo/': DEMO_DIR }, options.routes);
    e2e.session = await launchWithExtension({
      viewport: options.viewport,
      hasTouch: options.hasTouch,
      locale: options.locale,
    });
    e2e.url = (path) => e2e.server.origin + path;
  });
  afterAll(async () => {
    const offLoopback = [
      ...(e2e.session?.offLoopbackRequests ?? []),
      ...(e2e.session?.leakedRequests ?? []),
    ];
    await e2e.session?.close();
    await e2e.server?.close();
    expect(offLoopback, 'requests that tried to leave the machine').toEqual([]);
  });
  return e2e;
}

/**
 * Pages for the tests of a file: `openPage` opens a loopback page (at `viewport`) and waits for
 * `terms` highlights. Before each test the settings go back to the defaults and the pages of the
 * last test close, with any the test added to `opened`.
 */
export function usePages(e2e: E2E, viewport?: { width: number; height: number }) {
  const opened: Page[] = [];
  beforeEach(async () => {
    await clearSettings(e2e.session);
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });
  async function openPage(path: string, terms = 2): Promise<Page> {
    const page = await e2e.session.context.newPage();
    opened.push(page);
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(e2e.url(path));
    await waitForHighlights(page, terms);
    return page;
  }
  return { opened, openPage };
}

/**
 * Opens the extension's own pages (options.html, popup.html...) for one test each: after each
 * test they are closed, and no page may have thrown meanwhile.
 */
export function useExtensionPages(e2e: E2E) {
  const opened: Page[] = [];
  const errors: string[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
    expect(errors.splice(0)).toEqual([]);
  });
  async function extensionPage(path: string): Promise<Page> {
    const page = await e2e.session.context.newPage();
    opened.push(page);
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`chrome-extension://${e2e.session.extensionId}/${path}`);
    return page;
  }
  return { opened, extensionPage };
}
