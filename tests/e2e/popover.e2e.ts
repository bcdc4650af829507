import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import { clearSettings, setSettings, waitForHighlights } from './support/page-helpers';
import {
  afterCloseGrace,
  dialog,
  focusedDescription,
  isPopoverOpen,
  openedCards,
  popoverBox,
  recordOpenedCards,
  screenshot,
} from './support/popover-helpers';

const VIEWPORT = { width: 1024, height: 700 };

describe('the popover', () => {
  const e2e = useExtension({ viewport: VIEWPORT });

  async function openPage(path = '/popover.html', terms = 5): Promise<Page> {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url(path));
    await waitForHighlights(page, terms);
    return page;
  }

  const term = (page: Page, id: string, scope = '#story') =>
    page.locator(`${scope} tl-term[data-term-id="${id}"]`).first();

  it('opens on hover with the entry, its source and date, and the advice line', async () => {
    const page = await openPage();
    // (Hover intent, no card for a pointer passing by, is the next test's; no timing check here.)
    await term(page, 'dasatinib').hover();
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(true);
    const glance = await dialog(page).innerText();
    expect(glance).toContain('Dasatinib');
    expect(glance).toContain('Sprycel');
    expect(glance).toContain('Common side effects');
    expect(glance).toMatch(/talk to your care team/i);
    await dialog(page).locator('.tl-more > summary').click();
    const text = await dialog(page).innerText();
    expect(text).toMatch(/da-SAT-i-nib/i);
    expect(text).toContain('American Cancer Society');
    expect(text).toContain('Last revised: October 17, 2018');
    expect(text).toMatch(/talk to your care team/i);
    expect(text).not.toMatch(/\d+\s*mg\b/i);
    expect(await dialog(page).getAttribute('aria-labelledby')).toBeTruthy();
    await screenshot(page, 'popover-hover-dasatinib');
    await page.close();
  });

  it('does not open while the pointer sweeps across terms, and closes after the pointer leaves', async () => {
    const page = await openPage();
    await recordOpenedCards(page);
    const box = (await page.locator('#sweep').boundingBox())!;
    await page.mouse.move(box.x, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width, box.y + box.height / 2, { steps: 12 });
    await page.mouse.move(box.x + box.width + 200, box.y + 300);

    // Resting on a term now opens its card one hover delay later; a card the sweep had set off
    // would have opened before it, first in the record.
    await term(page, 'imatinib').hover();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    expect(await openedCards(page)).toEqual(['imatinib']);
    await page.mouse.move(5, 650);
    await expect.poll(() => isPopoverOpen(page), { timeout: 2000 }).toBe(false);
    await page.close();
  });

  it('stays open while the pointer travels into it', async () => {
    const page = await openPage();
    await term(page, 'dasatinib').hover();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    const b = await popoverBox(page);
    await page.mouse.move((b.left + b.right) / 2, (b.top + b.bottom) / 2, { steps: 5 });
    await afterCloseGrace(page);
    expect(await isPopoverOpen(page)).toBe(true);
    await page.close();
  });

  it('pins on click, survives the pointer leaving, closes on Escape and on a click outside', async () => {
    const page = await openPage();
    await term(page, 'imatinib').click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await page.mouse.move(5, 650);
    await afterCloseGrace(page);
    expect(await isPopoverOpen(page)).toBe(true);
    // The page's own click handler still ran.
    expect(await page.locator('#clicks').textContent()).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => isPopoverOpen(page)).toBe(false);

    await term(page, 'imatinib').click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await page.mouse.click(900, 650);
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    expect(await page.locator('#clicks').textContent()).toBe('3');
    await page.close();
  });

  it('switches to a related term and back', async () => {
    const page = await openPage();
    await term(page, 'dasatinib').click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await dialog(page).locator('.tl-more > summary').click();
    await dialog(page).locator('button[data-related="bcr-abl"]').click();
    await expect.poll(() => dialog(page).locator('h2').innerText()).toBe('BCR-ABL');
    await dialog(page)
      .getByRole('button', { name: /Back to Dasatinib/ })
      .click();
    await expect.poll(() => dialog(page).locator('h2').innerText()).toBe('Dasatinib');
    await page.close();
  });

  it('is reachable by keyboard without trapping focus, and gives focus back on Escape', async () => {
    // Terms are Tab stops only when the reader turns "Terms in the Tab order" on.
    await setSettings(e2e.session, { termsInTabOrder: true });
    const page = await openPage();
    await page.locator('#page-link').focus();
    await page.keyboard.press('Tab');
    const first = await focusedDescription(page);
    expect(first).toMatchObject({ tag: 'tl-term', role: 'button' });
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedDescription(page))?.role).toBe('dialog');
    await page.keyboard.press('Tab');
    expect((await focusedDescription(page))?.tag).toBe('button');
    await page.keyboard.press('Escape');
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    expect(await focusedDescription(page)).toMatchObject({ term: first!.term });
    // Only first mentions are Tab stops: the page's Tab order is not flooded.
    const stops = await page.locator('tl-term[tabindex="0"]').count();
    const ids = await page.$$eval(
      'tl-term',
      (els) => new Set(els.map((e) => e.getAttribute('data-term-id'))).size,
    );
    expect(stops).toBe(ids);
    // Page keyboard shortcuts keep working.
    await page.keyboard.press('k');
    expect(await page.locator('#keys').textContent()).toBe('1');
    await page.close();
    await clearSettings(e2e.session);
  });

  it.each(['top-left', 'top-right', 'bottom-left', 'bottom-right'])(
    'stays fully inside the viewport for a term at the %s edge',
    async (edge) => {
      const page = await openPage();
      await page.locator(`#${edge} tl-term`).click();
      await expect.poll(() => isPopoverOpen(page)).toBe(true);
      const b = await popoverBox(page);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(VIEWPORT.width);
      expect(b.bottom).toBeLessThanOrEqual(VIEWPORT.height);
      await screenshot(page, `popover-edge-${edge}`);
      await page.close();
    },
  );

  it('keeps its size and its place beside the term on a page that zooms itself', async () => {
    const page = await openPage('/zoomed.html', 1);
    const termEl = page.locator('tl-term');
    await termEl.click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    const b = await popoverBox(page);
    const t = (await termEl.boundingBox())!;
    const covers =
      b.left < t.x + t.width && t.x < b.right && b.top < t.y + t.height && t.y < b.bottom;
    expect(covers, 'the card must not cover its term').toBe(false);
    expect(b.right - b.left).toBeLessThanOrEqual(510); // 500 px card, not zoomed
    expect(b.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    await screenshot(page, 'popover-zoomed-page');
    await page.close();
  });

  it('follows its term on scroll and closes when the term leaves the screen', async () => {
    const page = await openPage();
    await term(page, 'dasatinib').click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    const before = await popoverBox(page);
    await page.mouse.wheel(0, 60);
    await expect.poll(async () => (await popoverBox(page)).top).toBeLessThan(before.top - 30);
    await page.mouse.move(2, 2); // wheel over the page, not over the popover's own scroll area
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    await page.close();
  });

  it('is not changed by a hostile page stylesheet', async () => {
    const page = await openPage('/hostile.html', 1);
    await page.locator('tl-term').click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    const style = await dialog(page).evaluate(async (el) => {
      await Promise.all(el.getAnimations().map((a) => a.finished));
      const host = getComputedStyle((el.getRootNode() as ShadowRoot).host);
      if (host.opacity !== '1' || host.display === 'none') return { host: 'hidden by the page' };
      const s = getComputedStyle(el);
      const h2 = getComputedStyle(el.querySelector('h2')!);
      return { fontSize: s.fontSize, h2Color: h2.color, display: s.display, opacity: s.opacity };
    });
    expect(style).toMatchObject({ fontSize: '16px', display: 'block', opacity: '1' });
    expect(style.h2Color).not.toBe('rgb(255, 0, 0)');
    // The popover is on top of the page's z-index wall.
    const b = await popoverBox(page);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(),
      [(b.left + b.right) / 2, (b.top + b.bottom) / 2],
    );
    expect(onTop).toBe('tl-popover');
    await screenshot(page, 'popover-hostile-page');
    await page.close();
  });
});

describe('the popover on a touch screen', () => {
  const e2e = useExtension({ viewport: { width: 390, height: 700 }, hasTouch: true });

  it('opens on tap, fits a phone screen, and closes on a tap outside', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/popover.html'));
    await waitForHighlights(page, 5);
    await page.locator('#story tl-term[data-term-id="dasatinib"]').tap();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    const b = await popoverBox(page);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(390);
    await screenshot(page, 'popover-touch-phone');
    await page.touchscreen.tap(195, 60);
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    await page.close();
  });
});
