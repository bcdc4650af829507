import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GLOSSARY } from '../../data/index';
import { axeViolations } from './support/axe';
import { clearSettings, waitForHighlights } from './support/page-helpers';
import { openOptions, openPopup, openTab } from './support/popup-helpers';
import { useExtension } from './support/session';

describe('glossary search: the popup and the glossary page', () => {
  const e2e = useExtension();
  const opened: Page[] = [];
  const pageErrors: string[] = [];

  beforeEach(async () => {
    await clearSettings(e2e.session);
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  const glossaryUrl = (rest = '') =>
    `chrome-extension://${e2e.session.extensionId}/glossary.html${rest}`;

  async function popup(): Promise<Page> {
    const { page, tabId } = await openTab(e2e.session, e2e.url('/card.html'));
    opened.push(page);
    await waitForHighlights(page, 2);
    const p = await openPopup(e2e.session, tabId);
    opened.push(p);
    p.on('pageerror', (err) => pageErrors.push(err.message));
    return p;
  }

  async function glossaryPage(rest = ''): Promise<Page> {
    const page = await e2e.session.context.newPage();
    opened.push(page);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(glossaryUrl(rest));
    await page.getByRole('heading', { name: 'Termlight glossary', level: 1 }).waitFor();
    return page;
  }

  const cardNames = (page: Page) => page.locator('article.tl-card .tl-name').allTextContents();

  /** Every heading's level and text, in page order. */
  const headings = (page: Page) =>
    page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((els) =>
        els.map((h) => ({ level: Number(h.tagName[1]), text: h.textContent ?? '' })),
      );

  it('popup: the search comes first, and "dasatanib" finds dasatinib (Enter opens it)', async () => {
    const p = await popup();
    const box = p.getByRole('searchbox', { name: 'Search the glossary' });
    // First in the popup: before every switch and the list of terms on the page.
    const firstControl = await p
      .locator('main input, main .tl-terms')
      .first()
      .evaluate((el) => el.id);
    expect(firstControl).toBe('tl-search-input');

    await box.fill('dasatanib');
    const first = p.locator('.tl-results .tl-result').first();
    await expect.poll(() => first.textContent()).toBe('Dasatinibname (close spelling)');
    await box.press('Enter');
    await p.locator('article.tl-card').getByRole('heading', { name: 'Dasatinib' }).waitFor();

    // The card found can be saved, with the same control as on a page; My questions lists it.
    await p
      .locator('article.tl-card')
      .getByRole('button', { name: 'Save to my questions' })
      .click();
    await p.locator('article.tl-card').getByText('Saved', { exact: false }).first().waitFor();
    const mine = await e2e.session.context.newPage();
    opened.push(mine);
    await mine.goto(`chrome-extension://${e2e.session.extensionId}/questions.html`);
    await mine.getByRole('region', { name: 'Dasatinib' }).waitFor();
  });

  it('glossary page: every card has the save control', async () => {
    const page = await glossaryPage();
    const cards = page.locator('article.tl-card');
    await expect.poll(() => cards.count()).toBe(GLOSSARY.length);
    // Saved ones (dasatinib, from the test before) say so; the others offer to save.
    await expect
      .poll(() => page.locator('article.tl-card section.tl-save').count())
      .toBe(GLOSSARY.length);
    expect(
      await page.getByRole('button', { name: 'Save to my questions' }).count(),
    ).toBeGreaterThan(GLOSSARY.length - 3);
  });

  it('popup: "nausea" lists the drugs that have it as a side effect, and says how many', async () => {
    const p = await popup();
    await p.getByRole('searchbox', { name: 'Search the glossary' }).fill('nausea');
    const results = p.getByRole('list', { name: 'Matching terms' });
    await results.waitFor();
    const reasons = await results.locator('.tl-result-via').allTextContents();
    expect(reasons[0]).toMatch(/^side effect: Nausea/);
    const names = await results.locator('.tl-result-name').allTextContents();
    expect(names.length).toBeGreaterThan(3);
    for (const name of names.slice(0, 3)) {
      expect(GLOSSARY.find((e) => e.name === name)?.category).toBe('drug');
    }
    expect(await p.getByRole('status').filter({ hasText: 'terms found' }).textContent()).toMatch(
      /^\d+ terms found/,
    );
    // The arrow keys reach the results from the search box.
    await p.getByRole('searchbox', { name: 'Search the glossary' }).press('ArrowDown');
    expect(
      await results
        .locator('.tl-result')
        .first()
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
  });

  it('popup: opens the glossary page on the same search', async () => {
    const p = await popup();
    await p.getByRole('searchbox', { name: 'Search the glossary' }).fill('nausea');
    const [page] = await Promise.all([
      e2e.session.context.waitForEvent('page', (pg) => pg.url().includes('glossary.html')),
      p.getByRole('button', { name: /results in the glossary$/ }).click(),
    ]);
    opened.push(page);
    expect(page.url()).toBe(glossaryUrl('?q=nausea'));
    await page.locator('article.tl-card').first().waitFor();
    expect(await cardNames(page)).toEqual(expect.arrayContaining(['Dasatinib', 'Imatinib']));
  });

  it('glossary page: every entry by kind, search filters, no WCAG 2.2 AA violations', async () => {
    const page = await glossaryPage();
    await expect.poll(() => cardNames(page).then((n) => n.length)).toBe(GLOSSARY.length);
    expect(await page.getByRole('heading', { level: 2, name: 'Drugs' }).count()).toBe(1);
    // Each entry sits under its kind: the kind an h2, the entry's name an h3, its parts h4, and
    // no level is skipped on the way down.
    const outline = await headings(page);
    expect(outline.find((h) => h.text === 'Dasatinib')?.level).toBe(3);
    expect(outline.find((h) => h.text === 'Drugs')?.level).toBe(2);
    outline.forEach(
      (h, i) => i > 0 && expect(h.level).toBeLessThanOrEqual(outline[i - 1]!.level + 1),
    );
    expect(outline.filter((h) => h.level === 2).map((h) => h.text)).not.toContain('Dasatinib');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('gleevac');
    await expect.poll(() => cardNames(page).then((n) => n[0])).toBe('Imatinib');
    expect(await page.locator('.tl-glossary-why').first().textContent()).toContain(
      'brand name Gleevec (close spelling)',
    );
    // The address follows the search after the render (an effect): wait for it, not the card.
    await expect.poll(() => page.url()).toBe(glossaryUrl('?q=gleevac'));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('xyzzy');
    await expect.poll(() => cardNames(page)).toEqual([]);
    await page.getByText('Nothing in the glossary matches “xyzzy”', { exact: false }).waitFor();
  });

  it('glossary page: keyboard only, from the search box to a related term and back', async () => {
    const page = await glossaryPage();
    // The search box is the first stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tl-glossary-search');
    await page.keyboard.type('Sprycel');
    await expect.poll(() => cardNames(page)).toEqual(['Dasatinib']);
    // Tab onward reaches the card's "More" (Enter opens it), then its related terms; Enter moves
    // to that entry.
    let label = '';
    for (let i = 0; i < 20 && label !== 'BCR-ABL'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (label.startsWith('More')) await page.keyboard.press('Enter');
    }
    expect(label).toBe('BCR-ABL');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bcr-abl');
    expect(page.url()).toBe(glossaryUrl('#bcr-abl'));
  });

  it('glossary page: linkable by #id, and reflows at 320 px', async () => {
    const page = await glossaryPage('#blinatumomab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('blinatumomab');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('bleeding');
    await page.locator('article.tl-card').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the options page links to the glossary page', async () => {
    const options = await openOptions(e2e.session);
    opened.push(options);
    await options.getByRole('link', { name: 'See every term in the glossary' }).click();
    await options.getByRole('heading', { name: 'Termlight glossary', level: 1 }).waitFor();
    expect(options.url()).toBe(glossaryUrl());
  });
});
