import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, usePages } from './support/session';
import { setSettings } from './support/page-helpers';
import {
  dialog,
  focusedDescription,
  isPopoverOpen,
  readerFrame,
  screenshot,
} from './support/popover-helpers';
import { axeViolations } from './support/axe';

const VIEWPORT = { width: 1280, height: 900 };
const IN_CARD = ['tl-popover', '[role="dialog"]'];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the card', () => {
  const e2e = useExtension({ viewport: VIEWPORT });
  const { openPage } = usePages(e2e, VIEWPORT);

  /** Chromium's accessible name of an element in the card (the test build's open root). */
  async function axName(page: Page, selector: string): Promise<string> {
    const cdp = await e2e.session.context.newCDPSession(page);
    try {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `document.querySelector('tl-popover').shadowRoot.querySelector(${JSON.stringify(selector)})`,
      });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: result.objectId!,
        fetchRelatives: false,
      });
      return String(nodes[0]?.name?.value ?? '');
    } finally {
      await cdp.detach();
    }
  }

  const term = (page: Page, id: string) => page.locator(`tl-term[data-term-id="${id}"]`).first();

  async function openCard(page: Page, id: string): Promise<void> {
    await term(page, id).click();
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await dialog(page).locator('h2').waitFor();
    // Let the fade-in and any late repositioning settle before measuring.
    await dialog(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  }

  /** What the reader sees without scrolling inside the card or opening "More". */
  function glance(page: Page) {
    return dialog(page).evaluate((box) => {
      const card = box.getBoundingClientRect();
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        return (
          r.height > 0 &&
          r.top >= card.top - 0.5 &&
          r.bottom <= card.bottom + 0.5 &&
          r.bottom <= innerHeight &&
          r.top >= 0
        );
      };
      const items = (sel: string) => [...box.querySelectorAll(sel)].filter(shown).length;
      return {
        height: card.height,
        innerScroll: box.scrollHeight - box.clientHeight,
        rect: { left: card.left, top: card.top, right: card.right, bottom: card.bottom },
        name: shown(box.querySelector('h2')!),
        summary: shown(box.querySelector('.tl-summary')!),
        commonShown: items('.tl-card > .tl-list-common li'),
        callShown: items('.tl-card > .tl-list-call li'),
        callTotal: box.querySelectorAll('.tl-card > .tl-list-call li').length,
        moreShown: shown(box.querySelector('.tl-more > summary')!),
      };
    });
  }

  it.each(['dasatinib', 'inotuzumab-ozogamicin', 'blinatumomab'])(
    'shows %s at a glance at 1280x900: at most 460 px, 3+ side effects and every warning sign, no inner scroll',
    async (id) => {
      const page = await openPage('/demo/article.html', 10);
      // Room above or below, as when the reader has the term in the middle of their reading.
      await term(page, id).evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -200);
      });
      await openCard(page, id);
      // Measure the card at rest: until its reader frame has drawn, a placeholder holds its place.
      await readerFrame(page).getByRole('button', { name: 'Save to my questions' }).waitFor();
      const g = await glance(page);
      expect(g.height).toBeLessThanOrEqual(460);
      expect(g.innerScroll).toBeLessThanOrEqual(1);
      expect(g).toMatchObject({ name: true, summary: true, moreShown: true });
      expect(g.commonShown).toBeGreaterThanOrEqual(3);
      expect(g.callShown).toBe(g.callTotal);
      const line = (await term(page, id).boundingBox())!;
      const lineRect = {
        left: line.x,
        top: line.y,
        right: line.x + line.width,
        bottom: line.y + line.height,
      };
      expect(overlaps(g.rect, lineRect), 'the card must not cover the line being read').toBe(false);
      await screenshot(page, `card-glance-${id}`);
    },
  );

  it('keeps the rest one click or key away under "More", with a source and date per fact', async () => {
    const page = await openPage('/demo/article.html', 10);
    await term(page, 'inotuzumab-ozogamicin').evaluate((el) => el.scrollIntoView());
    await openCard(page, 'inotuzumab-ozogamicin');
    const more = dialog(page).locator('.tl-more');
    expect(await dialog(page).innerText()).not.toContain('How it is given');
    await more.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => more.getAttribute('open')).toBe('');
    const text = await dialog(page).innerText();
    expect(text).toContain('How it is given');
    expect(text).toContain('Serious side effects');
    expect(text).toContain('Related terms');
    expect(text).toMatch(/Last revised: (date not given|\w+ \d+, \d{4})/);
    // Every source number after a fact names a source listed on the card, with its date.
    const sources = await dialog(page)
      .locator('.tl-sources li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-source')));
    const cites = await dialog(page)
      .locator('.tl-cite')
      .evaluateAll((els) =>
        els.map((el) => ({
          n: Number(el.textContent!.replace(/\D/g, '')),
          id: el.getAttribute('data-source'),
        })),
      );
    for (const c of cites) expect(sources[c.n - 1]).toBe(c.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => more.getAttribute('open')).toBe(null);
  });

  it('ends with one compact footer line that scrolls with the card', async () => {
    const page = await openPage('/card.html');
    await openCard(page, 'dasatinib');
    const foot = await dialog(page)
      .locator('.tl-foot')
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          position: s.position,
          lines: Math.round(el.getBoundingClientRect().height / parseFloat(s.lineHeight)),
          last: el.parentElement!.lastElementChild === el,
          text: el.textContent,
        };
      });
    expect(foot).toMatchObject({ position: 'static', last: true });
    expect(foot.lines).toBeLessThanOrEqual(1);
    expect(foot.text).toMatch(/not medical advice.*care team/i);
  });

  it('says when it is pinned', async () => {
    const page = await openPage('/card.html');
    await term(page, 'dasatinib').hover();
    await expect.poll(() => isPopoverOpen(page), { timeout: 3000 }).toBe(true);
    expect(await dialog(page).locator('.tl-pin-note').count()).toBe(0);
    await term(page, 'dasatinib').click();
    await expect.poll(() => dialog(page).locator('.tl-pin-note').isVisible()).toBe(true);
    expect(await dialog(page).locator('.tl-pin-note').innerText()).toBe('Stays open');
  });

  it('follows the page: dark card on a dark page, light card on a light page, whatever the system says', async () => {
    const cardBackground = (page: Page) =>
      dialog(page).evaluate((el) => ({
        theme: el.getAttribute('data-theme'),
        bg: getComputedStyle(el).backgroundColor,
      }));
    const dark = await openPage('/card.html?dark');
    await dark.emulateMedia({ colorScheme: 'light' });
    await openCard(dark, 'dasatinib');
    expect(await cardBackground(dark)).toEqual({ theme: 'dark', bg: 'rgb(26, 32, 41)' });
    await screenshot(dark, 'card-dark-page');

    const light = await openPage('/card.html');
    await light.emulateMedia({ colorScheme: 'dark' });
    await openCard(light, 'dasatinib');
    expect(await cardBackground(light)).toEqual({ theme: 'light', bg: 'rgb(255, 255, 255)' });

    // The setting still forces one.
    await setSettings(e2e.session, { theme: 'light' });
    const forced = await openPage('/card.html?dark');
    await openCard(forced, 'dasatinib');
    expect((await cardBackground(forced)).theme).toBe('light');
  });

  it('opens at the student level when the reader chose it, with the plain words under More', async () => {
    await setSettings(e2e.session, { firstCardLevel: 'student' });
    const page = await openPage('/card.html');
    await openCard(page, 'dasatinib');
    const card = dialog(page);
    expect(await card.locator('.tl-list-student h3').innerText()).toBe('What sets it apart');
    expect(await card.locator('.tl-list-student').isVisible()).toBe(true);
    expect(await card.locator('.tl-more-body').isVisible()).toBe(false);
    await card.locator('.tl-more > summary').click();
    expect(await card.locator('.tl-more-body').innerText()).toContain('In plain words');
    expect(await axeViolations(page, IN_CARD)).toEqual([]);
  });

  it("sends Tab out of a pinned card to the term's place in the page, both ways", async () => {
    const page = await openPage('/card.html');
    await term(page, 'dasatinib').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedDescription(page))?.role).toBe('dialog');
    // Shift+Tab before the first control: back on the term.
    await page.keyboard.press('Tab');
    expect((await focusedDescription(page))?.text).toMatch(/Close|×/);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedDescription(page)).toMatchObject({ term: 'dasatinib' });
    expect(await isPopoverOpen(page)).toBe(true);

    // Tab past the last control: on to what follows the term in the page.
    await dialog(page).locator('.tl-more > summary').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after');
  });

  it('keeps one live region in the document, and the term says whether its card is open', async () => {
    const page = await openPage('/card.html');
    const state = () =>
      page.evaluate(() => {
        const t = document.querySelector('tl-term[data-term-id="dasatinib"]')!;
        const host = document.querySelector('tl-popover');
        return {
          regions: host?.shadowRoot?.querySelectorAll('[role="status"], [aria-live]').length ?? 0,
          connected: !!host?.isConnected,
          expanded: t.getAttribute('aria-expanded'),
          description: t.getAttribute('aria-description'),
        };
      });
    await openCard(page, 'dasatinib');
    const open = await state();
    expect(open).toMatchObject({ regions: 1, connected: true, expanded: 'true' });
    expect(open.description).toMatch(/open/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    const closed = await state();
    expect(closed).toMatchObject({ regions: 1, connected: true, expanded: 'false' });
    expect(closed.description).toMatch(/Press Enter to open/);
    await openCard(page, 'blinatumomab');
    expect((await state()).regions).toBe(1);
    expect(await page.locator('tl-popover').count()).toBe(1);
  });

  it('has its live region in the page before the first message, and names the term a related link leads to', async () => {
    const page = await openPage('/card.html');
    const status = () =>
      page.evaluate(() => {
        const region = document
          .querySelector('tl-popover')
          ?.shadowRoot?.querySelector('[role="status"]');
        return region?.isConnected ? region.textContent : null;
      });
    // Before any card opens (the card UI loads once the page shows terms), the empty region is
    // already there: a message set just after its region appears is often not read out.
    await expect.poll(status, { timeout: 10_000 }).toBe('');
    await term(page, 'dasatinib').hover();
    await expect.poll(status).toMatch(/^Definition: Dasatinib\./);
    // Following a related term: the status names that term, not the first one.
    await dialog(page).locator('.tl-more > summary').click();
    const related = dialog(page).locator('.tl-related button').first();
    const name = await related.innerText();
    await related.click();
    await dialog(page).getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await expect.poll(async () => (await status())?.startsWith(`Definition: ${name}.`)).toBe(true);
    await dialog(page).getByRole('button', { name: 'Back to Dasatinib' }).click();
    await expect.poll(status).toMatch(/^Definition: Dasatinib\./);
  });

  it("sizes its text from the browser's font-size setting, times the reader's text size", async () => {
    await setSettings(e2e.session, { textSize: 150 });
    const page = await openPage('/card.html');
    const cdp = await e2e.session.context.newCDPSession(page);
    // The reader's browser setting: default text 20 px instead of 16 px.
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    await openCard(page, 'dasatinib');
    const size = (loc: ReturnType<typeof dialog>) =>
      loc.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(dialog(page))).toBe(30);
    expect(await size(dialog(page).locator('.tl-card > .tl-summary'))).toBe(30);
    await cdp.detach();
  });

  it('names More without its arrow, and says which links open a new tab', async () => {
    const page = await openPage('/card.html');
    await openCard(page, 'dasatinib');
    const more = dialog(page).locator('.tl-more > summary');
    // The arrow is seen, and not part of the name: Chromium's own accessible name for it.
    const arrow = await more.evaluate(
      (el) => getComputedStyle(el.querySelector('[aria-hidden="true"]')!, '::before').content,
    );
    expect(arrow).toBe('"▸"');
    expect(await axName(page, '.tl-more > summary')).toBe('More about Dasatinib');
    await more.click();
    const links = dialog(page).locator('.tl-sources a[target="_blank"]');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    expect(
      await dialog(page)
        .getByRole('link', { name: /\(opens in a new tab\)$/ })
        .count(),
    ).toBe(count);
  });

  it('keeps the students’ figures behind their own toggle in plain words', async () => {
    const page = await openPage('/card.html');
    await openCard(page, 'dasatinib');
    await dialog(page).locator('.tl-more > summary').click();
    const students = dialog(page).locator('details.tl-student');
    const facts = students.locator('.tl-list-student');
    expect(await dialog(page).locator('.tl-more-body').isVisible()).toBe(true);
    expect(await facts.isVisible()).toBe(false);
    const toggle = students.locator('summary');
    expect(await toggle.innerText()).toContain('For students: technical details');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => facts.isVisible()).toBe(true);
    expect(await axeViolations(page, IN_CARD)).toEqual([]);
  });

  it('reflows at 320 px with the largest text: no sideways scroll, content and focused controls in view', async () => {
    await setSettings(e2e.session, { textSize: 150 });
    const page = await openPage('/card.html');
    await page.setViewportSize({ width: 320, height: 640 });
    await term(page, 'dasatinib').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedDescription(page))?.role).toBe('dialog');
    await dialog(page).locator('.tl-more > summary').click();
    const layout = await dialog(page).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        sideways: el.scrollWidth - el.clientWidth,
        left: r.left,
        right: r.right,
        fontSize: getComputedStyle(el).fontSize,
        summaryShown: el.querySelector('.tl-summary')!.getBoundingClientRect().height > 0,
      };
    });
    expect(layout.fontSize).toBe('24px');
    expect(layout.sideways).toBeLessThanOrEqual(0);
    expect(layout.left).toBeGreaterThanOrEqual(0);
    expect(layout.right).toBeLessThanOrEqual(320);
    expect(layout.summaryShown).toBe(true);
    await screenshot(page, 'card-320-largest-text');

    // Tab through every control: each one is fully in view when it has focus. The reader frame's
    // controls count too, so first let it draw (on a busy machine a Tab can reach it before).
    await readerFrame(page).getByRole('button', { name: 'Save to my questions' }).waitFor();
    await dialog(page).focus();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const host = document.querySelector('tl-popover')!;
        const active = host.shadowRoot!.activeElement as HTMLElement | null;
        if (!active) return null;
        const box = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
        const r = active.getBoundingClientRect();
        const inView =
          r.top >= box.top - 1 &&
          r.bottom <= box.bottom + 1 &&
          r.top >= -1 &&
          r.bottom <= innerHeight + 1 &&
          r.left >= -1 &&
          r.right <= innerWidth + 1;
        // Nothing of ours is painted over it. A link that wraps is tested on its first line: the
        // middle of its whole box can fall between its lines, on its neighbour's text.
        const line = active.getClientRects()[0] ?? r;
        const hit = host.shadowRoot!.elementFromPoint(
          (line.left + line.right) / 2,
          (line.top + line.bottom) / 2,
        );
        return {
          text: active.textContent!.trim().slice(0, 30),
          inView,
          onTop: !!hit && (hit === active || active.contains(hit)),
        };
      });
      if (!where) break; // focus went back to the page
      seen.push(where.text);
      expect(where, where.text).toMatchObject({ inView: true, onTop: true });
    }
    expect(seen.length).toBeGreaterThan(5);
  });

  it.each([
    ['light', '/card.html'],
    ['dark', '/card.html?dark'],
  ])('has no WCAG 2.2 AA violations (axe-core) in the open card on a %s page', async (_, path) => {
    const page = await openPage(path);
    await openCard(page, 'dasatinib');
    expect(await axeViolations(page, IN_CARD)).toEqual([]);
    await dialog(page).locator('.tl-more > summary').click();
    expect(await axeViolations(page, IN_CARD)).toEqual([]);
  });
});
