import { describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { useExtension } from './support/session';

describe('the built extension', () => {
  const e2e = useExtension();

  it('loads into Chromium with its service worker and only the permissions it uses', async () => {
    // In Chromium the worker's `chrome` global has the same shape as the polyfill's `browser`.
    const manifest = await e2e.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Browser }).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toMatch(/^Termlight/);
    // scripting + host access: the card UI is injected into pages that have a term.
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    // One page a page can frame, the reader's part of the card, and only at an address that
    // changes per session: a page cannot probe a fixed one to learn that the reader has it.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['card-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    expect(manifest.content_scripts?.[0]).toMatchObject({
      matches: ['<all_urls>'],
      all_frames: true,
    });
  });

  it('opens its toolbar popup page', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(`chrome-extension://${e2e.session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Termlight');
    await page.close();
  });
});
