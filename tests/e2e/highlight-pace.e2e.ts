import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import { clearSettings, setSettings, waitForHighlights } from './support/page-helpers';
import { isPopoverOpen } from './support/popover-helpers';
import { openPopup, openTab } from './support/popup-helpers';

/** Paragraphs in the long page: about 60 screens. */
const PARAGRAPHS = 400;

/**
 * A long page: the same sentence with three terms in every paragraph, a term that is mentioned
 * only at the very end, and far-off places to reach by an anchor, by focus and by selection.
 */
function longPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const extra =
      i === 300
        ? ' <span id="focus-target" tabindex="0">A note.</span>'
        : i === 200
          ? ' <a id="anchor" name="anchor"></a>'
          : '';
    rows.push(
      `<p id="p${i}">Paragraph ${i}: dasatinib is a tyrosine kinase inhibitor given with chemotherapy.${extra}</p>`,
    );
  }
  rows.push('<p id="last">At the very end, blinatumomab is mentioned once.</p>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title>
<style>body{font:18px/1.6 Georgia,serif;margin:24px}p{margin:0 0 24px}</style></head>
<body><h1>A long page</h1>${rows.join('\n')}</body></html>`;
}

const termsIn = (page: Page, selector: string) =>
  page.locator(`${selector} tl-term`).evaluateAll((els) => els.map((e) => e.textContent));

describe('highlighting at the reader\u2019s pace', () => {
  const e2e = useExtension({
    viewport: { width: 1024, height: 700 },
    routes: { '/long.html': longPage },
  });
  afterAll(() => clearSettings(e2e.session));

  async function openLong(hash = ''): Promise<Page> {
    // First mentions are keyboard stops only with "Terms in the Tab order" on (#30, off by
    // default); these tests read the end of the first pass from that stop and Tab to terms.
    await setSettings(e2e.session, { termsInTabOrder: true });
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/long.html' + hash));
    await waitForHighlights(page, 3);
    // The first pass is over once the one-time term at the end has its keyboard stop.
    await page.waitForSelector('#last tl-term[tabindex="0"]', { timeout: 10_000 });
    return page;
  }

  it('wraps the screen and a margin, and leaves far-off text until the reader gets there', async () => {
    const page = await openLong();
    expect(await termsIn(page, '#p0')).toEqual([
      'dasatinib',
      'tyrosine kinase inhibitor',
      'chemotherapy',
    ]);
    expect(await termsIn(page, '#p250')).toEqual([]);
    await page.locator('#p250').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => termsIn(page, '#p250'), { timeout: 5000 }).toHaveLength(3);
    await page.close();
  });

  it('highlights the place a jump lands on (scrollTo, an in-page link)', async () => {
    const page = await openLong();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.75));
    const onScreen = () =>
      page.evaluate(() => {
        const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('p');
        return el ? el.querySelectorAll('tl-term').length : -1;
      });
    await expect.poll(onScreen, { timeout: 5000 }).toBe(3);
    await page.evaluate(() => (location.hash = 'anchor'));
    await expect.poll(() => termsIn(page, '#p200'), { timeout: 5000 }).toHaveLength(3);
    await page.close();
  });

  it('highlights far-off text that focus or the selection moves into without scrolling', async () => {
    const page = await openLong();
    expect(await termsIn(page, '#p300')).toEqual([]);
    await page.evaluate(() =>
      (document.getElementById('focus-target') as HTMLElement).focus({ preventScroll: true }),
    );
    await expect.poll(() => termsIn(page, '#p300'), { timeout: 5000 }).toHaveLength(3);

    expect(await termsIn(page, '#p350')).toEqual([]);
    await page.evaluate(() => {
      const text = document.getElementById('p350')!.firstChild!;
      getSelection()!.setBaseAndExtent(text, 15, text, 24);
    });
    await expect.poll(() => termsIn(page, '#p350'), { timeout: 5000 }).toHaveLength(3);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it('opens the card on hover of a lazily wrapped term, and by keyboard on a far first mention', async () => {
    const page = await openLong();
    await page.locator('#p250').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const lazy = page.locator('#p250 tl-term').first();
    await lazy.waitFor({ timeout: 5000 });
    await lazy.hover();
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(false);

    // The one mention at the end was never near the screen, yet it is a Tab stop.
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = page.locator('#last tl-term');
    expect(await last.getAttribute('tabindex')).toBe('0');
    await last.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('counts every term of the page in the popup, wrapped or not', async () => {
    const { page, tabId } = await openTab(e2e.session, e2e.url('/long.html'));
    await page.waitForSelector('#last tl-term', { timeout: 10_000 });
    const wrapped = await page.locator('tl-term').count();
    expect(wrapped).toBeLessThan(PARAGRAPHS * 3);
    const popup = await openPopup(e2e.session, tabId);
    const count = (id: string) =>
      popup.locator(`li[data-term-id="${id}"] .tl-term-count`).innerText();
    await expect.poll(() => count('dasatinib'), { timeout: 5000 }).toMatch(/\b400\b/);
    expect(await count('tyrosine-kinase-inhibitor')).toMatch(/\b400\b/);
    expect(await count('blinatumomab')).toMatch(/\bonce\b|\b1\b/);
    await popup.close();
    await page.close();
  });
});

describe('highlighting at the reader\u2019s pace, on a touch screen', () => {
  const e2e = useExtension({
    viewport: { width: 390, height: 700 },
    hasTouch: true,
    routes: { '/long.html': longPage },
  });

  it('opens the card on a tap of a lazily wrapped term', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/long.html'));
    await waitForHighlights(page, 3);
    expect(await termsIn(page, '#p250')).toEqual([]);
    await page.locator('#p250').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const lazy = page.locator('#p250 tl-term').first();
    await lazy.waitFor({ timeout: 5000 });
    await lazy.tap();
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(true);
    await page.close();
  });
});
