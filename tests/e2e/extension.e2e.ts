import { describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { useExtension } from './support/session';

describe('the built extension', () => {
  const e2e = useExtension();

  it('loads into Chromium with its service worker and the least permissions', async () => {
    // In Chromium the worker's `chrome` global has the same shape as the polyfill's `browser`.
    const manifest = await e2e.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Browser }).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toMatch(/^Termlight/);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
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
