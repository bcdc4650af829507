import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearSettings } from './support/page-helpers';
import { dialog } from './support/popover-helpers';
import {
  openOptions,
  openPopup,
  openTab,
  storedSettings,
  termCounts,
} from './support/popup-helpers';
import { useExtension } from './support/session';

/** tests/e2e/fixtures/popup-page.html, highlighted with the default settings. */
const FIXTURE_COUNTS = { imatinib: 3, dasatinib: 2, chemotherapy: 1, blinatumomab: 1 };
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('toolbar popup and options page', () => {
  const e2e = useExtension();
  const opened: Page[] = [];

  beforeEach(async () => {
    await clearSettings(e2e.session);
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  async function fixtureTab() {
    const tab = await openTab(e2e.session, e2e.url('/popup-page.html'));
    opened.push(tab.page);
    // A background tab on a busy machine: the first pass can take more than the default 1 s.
    await expect.poll(() => termCounts(tab.page), { timeout: 10_000 }).toEqual(FIXTURE_COUNTS);
    return tab;
  }
  async function popupFor(tabId: number) {
    const page = await openPopup(e2e.session, tabId);
    opened.push(page);
    return page;
  }
  async function options() {
    const page = await openOptions(e2e.session);
    opened.push(page);
    return page;
  }

  it('lists the terms found on the page, most frequent first, with how often', async () => {
    const { tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    const rows = popup.locator('.tl-terms li');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        'Imatinib3 timesShow Imatinib on the page',
        'DasatinibtwiceShow Dasatinib on the page',
        'BlinatumomabonceShow Blinatumomab on the page',
        'Chemotherapy (chemo)onceShow Chemotherapy (chemo) on the page',
      ]);
  });

  it('"Show" opens the popover on the term and closes the popup', async () => {
    const { page, tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    await popup.getByRole('button', { name: 'Show Imatinib on the page' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).getByRole('heading', { level: 2 }).textContent()).toBe('Imatinib');
    const firstMentionOpen = await page.evaluate(() =>
      document.querySelector('tl-term[data-term-id="imatinib"]')!.hasAttribute('data-open'),
    );
    expect(firstMentionOpen).toBe(true);
    await expect.poll(() => popup.isClosed()).toBe(true);
  });

  it('"Show" scrolls a term far down the page into view', async () => {
    const { page, tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.getByRole('button', { name: 'Show Blinatumomab on the page' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const term = document.querySelector('#far tl-term')!.getBoundingClientRect();
          return term.top >= 0 && term.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  it('"Show" also opens the popover on a term far down the page', async () => {
    const { page, tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    await popup.getByRole('button', { name: 'Show Blinatumomab on the page' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Blinatumomab',
    );
  });

  it('turns this site off: highlights leave the open tab at once, and come back', async () => {
    const { page, tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    const site = popup.getByRole('switch', { name: 'Highlight terms on 127.0.0.1' });
    await expect.poll(() => site.isChecked()).toBe(true);

    await site.uncheck();
    await expect.poll(() => page.locator('tl-term').count()).toBe(0);
    await popup.getByText('Termlight is turned off on this site.').waitFor();
    expect(await storedSettings(e2e.session)).toMatchObject({ disabledHosts: ['127.0.0.1'] });

    await site.check();
    await expect.poll(() => termCounts(page)).toEqual(FIXTURE_COUNTS);
    await expect.poll(() => popup.locator('.tl-terms li').count()).toBe(4);
  });

  it('turns Termlight off everywhere and back on', async () => {
    const { page, tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    const all = popup.getByRole('switch', { name: 'Highlight terms on all sites' });

    await all.uncheck();
    await expect.poll(() => page.locator('tl-term').count()).toBe(0);
    await popup.getByText('Termlight is turned off, so nothing is highlighted.').waitFor();
    expect(
      await popup.getByRole('switch', { name: 'Highlight terms on 127.0.0.1' }).isDisabled(),
    ).toBe(true);

    await all.check();
    await expect.poll(() => termCounts(page)).toEqual(FIXTURE_COUNTS);
  });

  it('finds "Sprycel" in the glossary and shows the dasatinib card', async () => {
    const { tabId } = await fixtureTab();
    const popup = await popupFor(tabId);
    await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('Sprycel');
    const card = popup.locator('article.tl-card');
    await expect
      .poll(() => card.getByRole('heading', { level: 3 }).first().textContent())
      .toBe('Dasatinib');
    // Under the search's own h2 ("Look up a term"), the card's name is one level down.
    expect(await card.getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(await card.textContent()).toContain('Brand name: Sprycel');
  });

  it('says plainly when it cannot read the page, and search still works', async () => {
    const { page, tabId } = await openTab(e2e.session, 'chrome://version/');
    opened.push(page);
    const popup = await popupFor(tabId);
    await popup.getByText("Termlight can't read this page.", { exact: false }).waitFor();
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(await popup.getByRole('switch').count()).toBe(1);
    await popup.getByRole('searchbox').fill('TKI');
    // Several cards mention TKIs; Enter opens the best match, the TKI entry itself.
    await popup.getByRole('list', { name: 'Matching terms' }).waitFor();
    await popup.getByRole('searchbox').press('Enter');
    await popup
      .locator('article.tl-card')
      .getByRole('heading', { name: 'Tyrosine kinase inhibitor (TKI)' })
      .waitFor();
  });

  it('applies a highlight style chosen in the options page to an open tab, live', async () => {
    const { page } = await fixtureTab();
    const background = () =>
      page
        .locator('tl-term')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const underline = () =>
      page
        .locator('tl-term')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await underline()).toBe('underline');
    expect(await background()).toBe('rgba(0, 0, 0, 0)');

    const opts = await options();
    await opts.getByRole('radio', { name: 'Soft background' }).check();
    // An opaque tint computed from the page's colours (see lib/highlight/palette.ts).
    await expect.poll(background).toMatch(/^rgb\(/);
    // Still underlined, but solid in the text's colour: the cue that is not colour alone.
    const decoration = await page
      .locator('tl-term')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationStyle);
    expect(decoration).toBe('solid');
    await opts.getByRole('status').getByText('Saved').waitFor();
  });

  it('applies "first mention only" to an open tab, live', async () => {
    const { page } = await fixtureTab();
    const opts = await options();
    await opts
      .getByRole('checkbox', { name: 'Highlight only the first mention of each term' })
      .check();
    await expect
      .poll(() => termCounts(page))
      .toEqual({ imatinib: 1, dasatinib: 1, chemotherapy: 1, blinatumomab: 1 });
  });

  it('turns a kind of term off, and keeps a list of sites', async () => {
    const { page } = await fixtureTab();
    const opts = await options();
    await opts.getByRole('checkbox', { name: 'Drugs' }).uncheck();
    await expect.poll(() => termCounts(page)).toEqual({ chemotherapy: 1 });

    const input = opts.getByRole('textbox', { name: 'Add a site' });
    await input.fill('no such thing');
    await opts.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await opts.getByRole('alert').textContent()).toMatch(/doesn't look like a web address/);

    await input.fill('http://127.0.0.1:9999/some/page');
    await input.press('Enter');
    await expect.poll(() => page.locator('tl-term').count()).toBe(0);
    await opts.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => termCounts(page)).toEqual({ chemotherapy: 1 });
  });

  it('resets every setting to its default after asking', async () => {
    const { page } = await fixtureTab();
    const opts = await options();
    await opts.getByRole('radio', { name: 'Dark' }).check();
    await opts
      .getByRole('checkbox', { name: 'Highlight only the first mention of each term' })
      .check();
    await expect.poll(() => page.locator('tl-term').count()).toBe(4);
    expect(await opts.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await opts.getByRole('button', { name: 'Reset to defaults' }).click();
    await opts.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => storedSettings(e2e.session)).toBeUndefined();
    await expect.poll(() => termCounts(page)).toEqual(FIXTURE_COUNTS);
    expect(await opts.getByRole('radio', { name: 'Same as my computer' }).isChecked()).toBe(true);
    expect(
      await opts
        .getByRole('checkbox', { name: 'Highlight only the first mention of each term' })
        .isChecked(),
    ).toBe(false);
    expect(total(await termCounts(page))).toBe(7);
  });
});
