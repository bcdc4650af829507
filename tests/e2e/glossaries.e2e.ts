import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { dialog } from './support/popover-helpers';
import { openOptions, openTab, termCounts } from './support/popup-helpers';
import { useExtension } from './support/session';

const HOSTILE_NAME = 'Stab cell <img src=x onerror="window.__termlightPwned=1">';
/** Problems name an entry by its first 39 characters. */
const HOSTILE_LABEL = `${HOSTILE_NAME.slice(0, 39)}…`;

const THREE_TERMS = [
  'name,forms,category,summary,explanation,source_title,source_url,source_date',
  'Zanubrutinib,zanubrutinib|Brukinsa,drug,A drug that blocks a protein some blood cancers use to grow.,It is taken by mouth. Ask your care team if it is part of your plan.,Course notes week 3,https://example.org/week-3,2026-09-01',
  `"${HOSTILE_NAME.replace(/"/g, '""')}",stab cell,disease,A young white blood cell.,Stab cells are normally found in the blood.,Course notes week 3,javascript:alert(1),`,
  'Leftover cells,leftover cells,disease,A small number of cancer cells left after treatment.,Tests can look for them.,Course notes week 3,https://example.org/week-3,',
].join('\n');

describe('your glossaries', () => {
  const e2e = useExtension();
  const opened: Page[] = [];

  beforeEach(async () => {
    await e2e.session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Browser }).chrome;
      await api.storage.local.clear();
    });
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  const storedLocal = () =>
    e2e.session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Browser }).chrome;
      return api.storage.local.get(null);
    });

  async function readingTab() {
    const tab = await openTab(e2e.session, e2e.url('/glossary-page.html'));
    opened.push(tab.page);
    await expect
      .poll(() => termCounts(tab.page), { timeout: 10_000 })
      .toEqual({ imatinib: 1, 'targeted-therapy': 1 });
    return tab.page;
  }

  async function chooseFile(options: Page, name: string, text: string) {
    await options.locator('#tl-glossary-file').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
  }

  it('imports a CSV of three terms: another tab highlights them at once, cards say where they come from', async () => {
    const reading = await readingTab();
    const options = await openOptions(e2e.session);
    opened.push(options);

    await chooseFile(options, 'week-3.csv', THREE_TERMS);
    // The javascript: link is refused before anything is saved.
    const preview = options.locator('.tl-glossary-preview');
    await expect
      .poll(() => preview.locator('li').allTextContents())
      .toEqual([
        `Row 3 ("${HOSTILE_LABEL}"), column "source_url" ("javascript:alert(1)") is not a web address: it must start with http:// or https://.`,
      ]);
    expect(await options.getByRole('button', { name: 'Add glossary' }).count()).toBe(0);
    expect(await storedLocal()).toEqual({});

    await chooseFile(options, 'week-3.csv', THREE_TERMS.replace('javascript:alert(1)', ''));
    await expect
      .poll(() => preview.getByRole('heading', { level: 3 }).textContent())
      .toBe('Check before you add: “week-3”');
    expect(await preview.locator('tbody th').allTextContents()).toEqual([
      'Zanubrutinib',
      HOSTILE_NAME,
      'Leftover cells',
    ]);
    await options.getByRole('button', { name: 'Add glossary' }).click();

    // The tab that was already open picks the terms up without a reload.
    await expect
      .poll(() => termCounts(reading), { timeout: 10_000 })
      .toEqual({
        imatinib: 1,
        'targeted-therapy': 1,
        'g1/zanubrutinib': 1,
        'g1/stab-cell-img-src-x-onerror-window-termlightpwned-1': 1,
        'g1/leftover-cells': 1,
      });

    await reading.bringToFront();
    await reading.locator('tl-term[data-term-id="g1/zanubrutinib"]').hover();
    await expect.poll(() => dialog(reading).count(), { timeout: 10_000 }).toBe(1);
    expect(await dialog(reading).innerText()).toContain(
      "From your glossary 'week-3' — not reviewed by Termlight",
    );
    await dialog(reading).locator('.tl-more > summary').click();
    // The link's text also says it opens a new tab (issue #30), so compare without it.
    const sources = await dialog(reading)
      .locator('.tl-sources')
      .evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    expect(sources).toMatch(/Course notes week 3\b.*\. Last revised: September 1, 2026\./);
    const link = dialog(reading).locator('a[href="https://example.org/week-3"]');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toContain('Course notes week 3');

    // Imported markup stays text: no image element, no script ran.
    await reading.mouse.move(0, 0);
    await reading.keyboard.press('Escape');
    await reading.locator('tl-term[data-term-id^="g1/stab-cell"]').hover();
    await expect
      .poll(() => dialog(reading).getByRole('heading', { level: 2 }).textContent(), {
        timeout: 10_000,
      })
      .toBe(HOSTILE_NAME);
    expect(await dialog(reading).locator('img').count()).toBe(0);
    expect(await dialog(reading).locator('a').count()).toBe(0);
    expect(await reading.evaluate(() => 'termlightPwned' in window)).toBe(false);

    // Turning the glossary off removes its highlights, again without a reload.
    await options.getByRole('switch', { name: 'Use “week-3” on pages' }).click();
    await expect
      .poll(() => termCounts(reading), { timeout: 10_000 })
      .toEqual({ imatinib: 1, 'targeted-therapy': 1 });
  });

  it('a broken file changes nothing', async () => {
    const reading = await readingTab();
    const options = await openOptions(e2e.session);
    opened.push(options);
    await chooseFile(options, 'week-3.csv', THREE_TERMS.replace(',drug,', ',herb,'));
    await expect
      .poll(() => options.locator('.tl-glossary-preview li').allTextContents())
      .toEqual([
        'Row 2 ("Zanubrutinib"), column "category" is "herb", which is not a kind of term Termlight knows. Use one of: disease, treatment, drug, gene, side-effect, body.',
        `Row 3 ("${HOSTILE_LABEL}"), column "source_url" ("javascript:alert(1)") is not a web address: it must start with http:// or https://.`,
      ]);
    expect(await options.getByRole('button', { name: 'Add glossary' }).count()).toBe(0);
    expect(await storedLocal()).toEqual({});
    expect(await termCounts(reading)).toEqual({ imatinib: 1, 'targeted-therapy': 1 });
  });
});
