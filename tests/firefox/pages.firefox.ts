import { describe, expect, it } from 'vitest';
import { useFirefox } from './support/session';
import { termCounts } from './support/page-helpers';

/** tests/e2e/fixtures/popup-page.html, highlighted with the default settings. */
const FIXTURE_COUNTS = { imatinib: 3, dasatinib: 2, chemotherapy: 1, blinatumomab: 1 };

describe('Firefox: the add-on and its pages', () => {
  const e2e = useFirefox();

  it('is installed from the Firefox build with the least permissions', async () => {
    const manifest = await e2e.control.evaluate<{
      manifest_version: number;
      permissions: string[];
      browser_specific_settings: { gecko: { id: string } };
    }>('browser.runtime.getManifest()');
    expect(manifest.manifest_version).toBe(2);
    // scripting + host access: the card UI is injected into pages that have a term.
    expect(manifest.permissions).toEqual(['storage', 'scripting', '<all_urls>']);
    expect(manifest.browser_specific_settings.gecko.id).toBe('termlight@termlight.example');
  });

  it('renders the options page', async () => {
    const options = await e2e.session.openExtensionPage('options.html');
    const headings = await options.waitFor<string[]>(
      `(() => { const h = [...document.querySelectorAll('h1, h2')].map((e) => e.textContent.trim());
        return h.includes('How terms look on a page') && h; })()`,
    );
    expect(headings.length).toBeGreaterThan(1);
    await options.close();
  });

  it('renders the glossary page, and its search finds a misspelled drug', async () => {
    const glossary = await e2e.session.openExtensionPage('glossary.html?q=dasatanib');
    const first = await glossary.waitFor<string>(
      `document.querySelector('article.tl-card h2')?.textContent`,
    );
    expect(first).toBe('Dasatinib');
    expect(
      await glossary.waitFor<string>(`document.querySelector('.tl-glossary-why')?.textContent`),
    ).toContain('close spelling');
    await glossary.close();
  });

  it('renders the popup with the terms found on the page, most frequent first', async () => {
    const { page, tabId } = await e2e.openTab('/popup-page.html');
    await expect.poll(() => termCounts(page), { timeout: 15_000 }).toEqual(FIXTURE_COUNTS);
    const popup = await e2e.session.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await popup.waitFor<string>(`document.querySelector('h1')?.textContent`)).toBe(
      'Termlight',
    );
    const rows = await popup.waitFor<string[]>(
      `(() => { const r = [...document.querySelectorAll('.tl-terms li')].map((li) => li.textContent);
        return r.length === 4 && r; })()`,
    );
    expect(rows).toEqual([
      'Imatinib3 timesShow Imatinib on the page',
      'DasatinibtwiceShow Dasatinib on the page',
      'BlinatumomabonceShow Blinatumomab on the page',
      'Chemotherapy (chemo)onceShow Chemotherapy (chemo) on the page',
    ]);
    await Promise.all([popup.close(), page.close()]);
  });
});
