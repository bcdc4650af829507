import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import { clearSettings, setSettings, snapshot } from './support/page-helpers';
import { isPopoverOpen } from './support/popover-helpers';

/** One paragraph, one text node of about 300 kB: painted, not wrapped (lib/highlight/paint.ts). */
const SENTENCES = 3000;
const ONLY_PAINTED_AT = 2700;

function giantPage(): string {
  const words: string[] = [];
  for (let i = 0; i < SENTENCES; i++) {
    words.push(
      `Sentence ${i} says the patient was given dasatinib and chemotherapy during weeks of care and rest.`,
    );
  }
  // A term mentioned only here, far down the painted part: its one keyboard stop.
  words[ONLY_PAINTED_AT] += ' Her brother took ponatinib.';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One giant paragraph</title>
<style>body{font:18px/1.6 Georgia,serif;margin:24px}</style></head>
<body><h1>One giant paragraph</h1><p id="giant">${words.join(' ')}</p></body></html>`;
}

/**
 * In the page's main world: the painted ranges (CSS.highlights is the document's, shared by the
 * content script's world) whose text lies on screen, and the on-screen occurrences of the two
 * terms in the giant paragraph's text nodes.
 */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('tl-term');
    const visible = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight && r.width > 0;
    const painted = [...(highlight ?? [])]
      .filter((r) => visible((r as Range).getBoundingClientRect()))
      .map((r) => (r as Range).toString());
    let terms = 0;
    const giant = document.getElementById('giant')!;
    const walker = document.createTreeWalker(giant, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement !== giant) continue; // wrapped ones are elements now
      const text = (n as Text).data;
      for (const m of text.matchAll(/dasatinib|chemotherapy/g)) {
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        if (visible(range.getBoundingClientRect())) terms++;
      }
    }
    const wrapped = [...giant.querySelectorAll('tl-term')].filter((el) =>
      visible(el.getBoundingClientRect()),
    ).length;
    return { painted, terms, wrapped };
  });
}

/** The middle of the first on-screen painted range whose text is `word`. */
function paintedPoint(page: Page, word: string) {
  return page.evaluate((w) => {
    for (const r of CSS.highlights.get('tl-term') ?? []) {
      const box = (r as Range).getBoundingClientRect();
      if ((r as Range).toString() === w && box.top > 40 && box.bottom < innerHeight - 40) {
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, word);
}

const termsInGiant = (page: Page) => page.locator('#giant tl-term').count();

describe('one giant paragraph (a single text node of 300 kB)', () => {
  const e2e = useExtension({
    viewport: { width: 1024, height: 700 },
    routes: { '/giant.html': giantPage },
  });
  afterAll(() => clearSettings(e2e.session));

  async function openGiant(): Promise<Page> {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/giant.html'));
    // The first screen's terms: cut off and wrapped if the settings were read before the page's
    // first layout, else painted (a cut after it would lay the whole paragraph out again).
    await expect
      .poll(
        async () => {
          const { painted, terms, wrapped } = await onScreen(page);
          return wrapped + painted.length > 0 && painted.length === terms;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    return page;
  }

  it('paints the terms on screen, far into the paragraph, without wrapping them', async () => {
    const page = await openGiant();
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.6));
    await expect
      .poll(
        async () => {
          const { painted, terms } = await onScreen(page);
          return terms > 10 && painted.length === terms;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const { painted } = await onScreen(page);
    expect(new Set(painted)).toEqual(new Set(['dasatinib', 'chemotherapy']));
    // Only the top of the paragraph (cut before the first layout) has elements.
    const wrapped = await termsInGiant(page);
    expect(wrapped).toBeLessThan(400);
    await page.close();
  });

  it('opens the card on hover of a painted term', async () => {
    const page = await openGiant();
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.4));
    await expect.poll(() => paintedPoint(page, 'dasatinib'), { timeout: 10_000 }).not.toBeNull();
    const before = await termsInGiant(page);
    const point = (await paintedPoint(page, 'dasatinib'))!;
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(true);
    expect(await termsInGiant(page)).toBe(before + 1);
    const hovered = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('tl-term')?.textContent,
      point,
    );
    expect(hovered).toBe('dasatinib');
    await page.close();
  });

  it('gives a painted term an element when the selection moves into it', async () => {
    const page = await openGiant();
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.5));
    await expect.poll(() => paintedPoint(page, 'chemotherapy'), { timeout: 10_000 }).not.toBeNull();
    const before = await termsInGiant(page);
    // A screen reader's browse cursor moves the selection onto the word.
    await page.evaluate(() => {
      for (const r of CSS.highlights.get('tl-term') ?? []) {
        const range = r as Range;
        const box = range.getBoundingClientRect();
        if (range.toString() === 'chemotherapy' && box.top > 0 && box.bottom < innerHeight) {
          getSelection()!.setBaseAndExtent(
            range.startContainer,
            range.startOffset,
            range.startContainer,
            range.startOffset + 4,
          );
          return;
        }
      }
    });
    await expect.poll(() => termsInGiant(page), { timeout: 5000 }).toBe(before + 1);
    const selected = await page.evaluate(
      () => getSelection()!.focusNode?.parentElement?.closest('tl-term')?.textContent,
    );
    expect(selected).toBe('chemotherapy');
    await page.close();
  });

  it('gives a term mentioned only in the painted part its keyboard stop at the first Tab', async () => {
    await setSettings(e2e.session, { termsInTabOrder: true });
    const page = await openGiant();
    expect(await page.locator('tl-term', { hasText: 'ponatinib' }).count()).toBe(0);
    // From the top: the first mentions of the paragraph's two other terms, then ponatinib's.
    const reached: string[] = [];
    for (let i = 0; i < 5 && reached.at(-1) !== 'ponatinib'; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          return el?.localName === 'tl-term' && el.closest('#giant') ? el.textContent! : '';
        }),
      );
    }
    expect(reached).toEqual(['dasatinib', 'chemotherapy', 'ponatinib']);
    // Reached: it is on screen, and Enter opens its card as on any term.
    await page.keyboard.press('Enter');
    await expect.poll(() => isPopoverOpen(page), { timeout: 5000 }).toBe(true);
    await clearSettings(e2e.session);
    await page.close();
  });

  it('removes the painted highlights and restores the text node when turned off', async () => {
    const page = await openGiant();
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight * 0.3));
    await expect.poll(() => paintedPoint(page, 'dasatinib'), { timeout: 10_000 }).not.toBeNull();
    const point = (await paintedPoint(page, 'dasatinib'))!;
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => termsInGiant(page), { timeout: 5000 }).toBeGreaterThan(0);

    await setSettings(e2e.session, { enabled: false });
    await page.waitForFunction(() => !document.querySelector('tl-term'), null, { timeout: 10_000 });
    expect(await page.evaluate(() => CSS.highlights.has('tl-term'))).toBe(false);
    const fresh = await e2e.session.context.newPage();
    await fresh.goto(e2e.url('/giant.html'));
    await fresh.waitForLoadState('domcontentloaded');
    expect(await snapshot(page)).toEqual(await snapshot(fresh));
    await clearSettings(e2e.session);
    await Promise.all([page.close(), fresh.close()]);
  });
});
