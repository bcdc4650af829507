import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import { clearSettings, waitForHighlights } from './support/page-helpers';
import {
  clickInFrame,
  dialog,
  focusedDescription,
  isPopoverOpen,
  readerFrame,
} from './support/popover-helpers';

/**
 * The reader's part of the card is an extension page in an iframe (issue #23): it keeps the
 * card's keyboard behaviour, theme and size, and after Save, Remove and Undo focus goes to the
 * new state's control (issue #30), never to <body>.
 */
describe("the card's reader frame", () => {
  const e2e = useExtension({ viewport: { width: 1280, height: 900 } });
  const opened: Page[] = [];

  beforeEach(async () => {
    await clearSettings(e2e.session);
    await e2e.session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
      ).chrome.storage.local.clear(),
    );
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  async function openPage(path = '/card.html'): Promise<Page> {
    const page = await e2e.session.context.newPage();
    opened.push(page);
    await page.goto(e2e.url(path));
    await waitForHighlights(page, 2);
    return page;
  }

  const term = (page: Page) => page.locator('tl-term[data-term-id="dasatinib"]').first();

  /** The control focused inside the frame ('' when none, 'BODY' when the frame's body). */
  const focusedInFrame = (page: Page) =>
    readerFrame(page)
      .locator('body')
      // A short timeout: inside expect.poll a call that waits 30 s for a frame would hang the test.
      .evaluate(
        (body) => {
          const el = body.ownerDocument.activeElement;
          return el === body ? 'BODY' : (el?.textContent ?? '').trim();
        },
        undefined,
        { timeout: 3000 },
      );

  async function pinCard(page: Page): Promise<void> {
    await term(page).click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await readerFrame(page).getByRole('button', { name: 'Save to my questions' }).waitFor();
  }

  /** From now on, the dialog's height at every animation frame (read with `recordedHeights`). */
  const recordHeights = (page: Page) =>
    page.evaluate(() => {
      const heights: number[] = [];
      (window as unknown as { __heights: number[] }).__heights = heights;
      const tick = () => {
        const box = document
          .querySelector('tl-popover')
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getBoundingClientRect();
        if (box?.height) heights.push(box.height);
        if (heights.length < 600) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const recordedHeights = async (page: Page) => {
    await page.evaluate(
      () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
    );
    return page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
  };

  it('keeps the card at its height when the frame draws (its placeholder is its size)', async () => {
    const page = await openPage();
    // Every animation frame from the card's first paint.
    await recordHeights(page);
    await pinCard(page);
    // The frame has drawn its Save (enabled once it has read the saved state); a few frames more.
    const save = readerFrame(page).getByRole('button', { name: 'Save to my questions' });
    await expect.poll(() => save.isEnabled({ timeout: 3000 })).toBe(true);
    const heights = await recordedHeights(page);
    expect(heights.length).toBeGreaterThan(2);
    expect(
      Math.max(...heights) - Math.min(...heights),
      `heights: ${heights.join(' ')}`,
    ).toBeLessThanOrEqual(2);
  });

  it('grows once after Save, to its new height and never past it', async () => {
    const page = await openPage();
    await pinCard(page);
    const save = readerFrame(page).getByRole('button', { name: 'Save to my questions' });
    await expect.poll(() => save.isEnabled({ timeout: 3000 })).toBe(true);
    await recordHeights(page);
    await clickInFrame(save);
    // Settled: the iframe is as tall as what its page draws, at the card's full width.
    const iframe = dialog(page).locator('iframe');
    const drawn = readerFrame(page).locator('.tl-frame');
    await readerFrame(page).getByLabel('Add a note or question').waitFor();
    await expect
      .poll(async () => {
        const outer = await iframe.boundingBox({ timeout: 3000 });
        const inner = await drawn.boundingBox({ timeout: 3000 });
        return !!outer && !!inner && Math.abs(outer.height - inner.height) <= 1;
      })
      .toBe(true);
    const heights = await recordedHeights(page);
    const final = heights[heights.length - 1]!;
    expect(final).toBeGreaterThan(heights[0]! + 40);
    // Before the fix it went 401 -> 632 -> 576 px: the note box laid out in the narrow frame first.
    expect(Math.max(...heights), `heights: ${heights.join(' ')}`).toBeLessThanOrEqual(final + 2);
  });

  it('moves focus to Remove after Save', async () => {
    const page = await openPage();
    await pinCard(page);
    await clickInFrame(readerFrame(page).getByRole('button', { name: 'Save to my questions' }));
    await expect.poll(() => focusedInFrame(page)).toBe('Remove');
  });

  it('moves focus to Undo after Remove', async () => {
    const page = await openPage();
    await pinCard(page);
    const frame = readerFrame(page);
    await clickInFrame(frame.getByRole('button', { name: 'Save to my questions' }));
    await clickInFrame(frame.getByRole('button', { name: 'Remove' }));
    await expect.poll(() => focusedInFrame(page)).toBe('Undo');
  });

  it('moves focus to Remove after Undo', async () => {
    const page = await openPage();
    await pinCard(page);
    const frame = readerFrame(page);
    await clickInFrame(frame.getByRole('button', { name: 'Save to my questions' }));
    await clickInFrame(frame.getByRole('button', { name: 'Remove' }));
    await clickInFrame(frame.getByRole('button', { name: 'Undo' }));
    await expect.poll(() => focusedInFrame(page)).toBe('Remove');
  });

  it('is in the Tab order between the card controls, and Escape in it closes the card back to the term', async () => {
    const page = await openPage();
    await term(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await readerFrame(page).getByRole('button', { name: 'Save to my questions' }).waitFor();
    await page.keyboard.press('Tab'); // the close button
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedInFrame(page)).toBe('Save to my questions');
    await page.keyboard.press('Tab');
    expect((await focusedDescription(page))?.tag).toBe('summary'); // "More", in the card
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedInFrame(page)).toBe('Save to my questions');
    await page.keyboard.press('Escape');
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    expect(await focusedDescription(page)).toMatchObject({ tag: 'tl-term', term: 'dasatinib' });
  });

  it('follows its content in height, so the note box shows in full', async () => {
    const page = await openPage();
    await pinCard(page);
    const iframe = dialog(page).locator('iframe');
    const before = (await iframe.boundingBox())!.height;
    await clickInFrame(readerFrame(page).getByRole('button', { name: 'Save to my questions' }));
    await readerFrame(page).getByLabel('Add a note or question').waitFor();
    await expect
      .poll(async () => (await iframe.boundingBox())!.height, { timeout: 5000 })
      .toBeGreaterThan(before + 40);
    const fits = await readerFrame(page)
      .locator('.tl-frame')
      .evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight + 0.5);
    expect(fits).toBe(true);
    expect(
      await readerFrame(page)
        .locator('body')
        .evaluate((b) => b.scrollHeight <= innerHeight),
    ).toBe(true);
  });

  it('takes the card theme: dark on a dark page', async () => {
    const page = await openPage('/card.html?dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await pinCard(page);
    const look = await readerFrame(page)
      .locator('body')
      .evaluate((b) => ({
        theme: b.ownerDocument.documentElement.getAttribute('data-theme'),
        bg: getComputedStyle(b).backgroundColor,
      }));
    expect(look).toEqual({ theme: 'dark', bg: 'rgb(26, 32, 41)' });
  });
});
