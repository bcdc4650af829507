import { afterAll, describe, expect, it } from 'vitest';
import { useExtension } from './support/session';
import { clearSettings, setSettings, waitForHighlights } from './support/page-helpers';
import {
  clickInFrame,
  dialog,
  readerFrame,
  tapClicksInCrossSiteFrame,
} from './support/popover-helpers';

/**
 * A phone at the largest text size (issue #27): the card is a bottom sheet, × stays visible, the
 * drug facts read in one column, no word is broken inside, and every control can be reached.
 */
describe.each([
  { width: 320, height: 640 },
  { width: 390, height: 844 },
])('the card at $width × $height with the largest text', (viewport) => {
  const e2e = useExtension({ viewport });
  afterAll(() => clearSettings(e2e.session));

  it('reads in one column in a bottom sheet, × always visible, every control reachable', async () => {
    await setSettings(e2e.session, { textSize: 150 });
    const page = await e2e.session.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(e2e.url('/popover.html'));
    await waitForHighlights(page, 5);
    // A click: the card opens pinned at the click (not at the focus the press gives the term,
    // which put the sheet under the pointer before it lifted, and left the card unpinned).
    await page.locator('#story tl-term[data-term-id="dasatinib"]').first().click();
    const card = dialog(page);
    await expect.poll(() => card.getAttribute('data-pinned', { timeout: 3000 })).toBe('');
    await card.waitFor();
    await card.locator('.tl-more > summary').click();
    // The save control and the note box live in the card's extension frame (#23).
    const frame = readerFrame(page);
    await clickInFrame(frame.getByRole('button', { name: 'Save to my questions' }));
    await frame.getByLabel('Add a note or question').waitFor();

    const layout = await page.locator('tl-popover').evaluate((host) => {
      const root = host.shadowRoot!;
      const box = root.querySelector<HTMLElement>('[role="dialog"]')!;
      const r = box.getBoundingClientRect();
      const close = root.querySelector<HTMLElement>('.tl-close')!;
      const visible = (el: Element) => {
        const b = el.getBoundingClientRect();
        return (
          b.top >= 0 && b.bottom <= innerHeight + 0.5 && b.left >= 0 && b.right <= innerWidth + 0.5
        );
      };
      const closeAt = () =>
        visible(close) &&
        root.elementFromPoint(
          close.getBoundingClientRect().left + close.offsetWidth / 2,
          close.getBoundingClientRect().top + close.offsetHeight / 2,
        ) === close;
      const closeTop = closeAt();
      box.scrollTop = box.scrollHeight;
      const closeBottom = closeAt();
      // Facts: each label above its answer (one column).
      const dts = [...root.querySelectorAll('.tl-facts dt')].map((e) => e.getBoundingClientRect());
      const dds = [...root.querySelectorAll('.tl-facts dd')].map((e) => e.getBoundingClientRect());
      const oneColumn =
        dts.length === 3 &&
        dts.every((d, i) => Math.abs(d.left - dds[i]!.left) < 1 && d.bottom <= dds[i]!.top + 1);
      // No word broken inside: every word of 4+ letters lies on one line.
      const broken: string[] = [];
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!el.getClientRects().length || el.closest('details:not([open]) > :not(summary)'))
          continue;
        for (const m of n.textContent!.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((q) => Math.round(q.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
      // Every control: scrolled into view, it is on screen and not covered.
      const unreachable: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>(
        'button, summary, a[href], textarea, input',
      )) {
        if (!el.getClientRects().length || el.closest('details:not([open]) > :not(summary)'))
          continue;
        el.scrollIntoView({ block: 'center' });
        // A link that wraps has a box per line: aim at the first.
        const b = el.getClientRects()[0]!;
        const hit = root.elementFromPoint(b.left + Math.min(b.width / 2, 20), b.top + b.height / 2);
        if (!visible(el) || !(hit === el || el.contains(hit)))
          unreachable.push(el.textContent!.trim().slice(0, 30) || el.tagName);
      }
      return {
        sheet: box.hasAttribute('data-sheet'),
        box: { left: r.left, right: r.right, bottom: r.bottom, top: r.top },
        closeTop,
        closeBottom,
        oneColumn,
        broken,
        unreachable,
      };
    });
    expect(layout.sheet).toBe(true);
    expect(layout.box.left).toBe(0);
    expect(layout.box.right).toBeCloseTo(viewport.width, 0);
    expect(layout.box.bottom).toBeLessThanOrEqual(viewport.height + 0.5);
    expect(layout.box.top).toBeGreaterThanOrEqual(0);
    expect(layout.closeTop).toBe(true);
    expect(layout.closeBottom).toBe(true);
    expect(layout.oneColumn).toBe(true);
    expect(layout.broken).toEqual([]);
    expect(layout.unreachable).toEqual([]);
    await page.close();
  });
});

/** The same on a touch screen: tap the term, tap More, tap Save, and the note box comes. */
describe.each([
  { width: 320, height: 640 },
  { width: 390, height: 844 },
])('the card at $width × $height with the largest text, by touch', (viewport) => {
  const e2e = useExtension({ viewport, hasTouch: true });
  afterAll(() => clearSettings(e2e.session));

  it('saves from a tapped card and shows the note box', async () => {
    const tapClicks = await tapClicksInCrossSiteFrame(e2e.server.origin);
    await setSettings(e2e.session, { textSize: 150 });
    const page = await e2e.session.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(e2e.url('/popover.html'));
    await waitForHighlights(page, 5);
    await page.locator('#story tl-term[data-term-id="dasatinib"]').first().tap();
    const card = dialog(page);
    await card.waitFor();
    await expect.poll(() => card.getAttribute('data-pinned', { timeout: 3000 })).toBe('');
    await card.locator('.tl-more > summary').tap();
    const frame = readerFrame(page);
    const save = frame.getByRole('button', { name: 'Save to my questions' });
    // Where the browser's emulated tap clicks off target in a cross-site frame (Chromium 150, on
    // any page), the press is a mouse click; the tap on the term above is still a tap.
    if (tapClicks) await save.tap();
    else await clickInFrame(save);
    await frame.getByLabel('Add a note or question').waitFor();
    expect(await card.isVisible()).toBe(true);
    await page.close();
  });
});
