import { describe, expect, it } from 'vitest';
import { useExtension } from './support/session';
import { dialog } from './support/popover-helpers';
import { expectedHighlights } from '../support/in-page.mjs';
import {
  clearSettings,
  highlights,
  setSettings,
  snapshot,
  waitForHighlights,
} from './support/page-helpers';

describe('highlighting on real pages', () => {
  const e2e = useExtension();

  it('highlights exactly the expected texts in every trap case', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/traps.html'));
    await waitForHighlights(page, 10);
    const cases = await page.evaluate(expectedHighlights);
    expect(cases.length).toBeGreaterThan(15);
    for (const c of cases) expect(c.actual, c.text).toEqual(c.expected);
    await page.close();
  });

  it("lights up the spellings in a parent's forum posts, and no shouted ALL", async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/forum.html'));
    await waitForHighlights(page, 8);
    const posts = await page.evaluate(expectedHighlights);
    expect(posts.map((p) => p.actual)).toEqual(posts.map((p) => p.expected));
    expect(Object.fromEntries((await highlights(page)).map((h) => [h.text, h.id]))).toMatchObject({
      dasatanib: 'dasatinib',
      Gleevac: 'imatinib',
      TKI: 'tyrosine-kinase-inhibitor',
      blina: 'blinatumomab',
    });
    // The card names the drug properly.
    await page.locator('tl-term', { hasText: 'Gleevac' }).click();
    await expect
      .poll(() => dialog(page).innerText(), { timeout: 5000 })
      .toContain("Often spelled “Gleevac” — the drug's name is imatinib (Gleevec).");
    await page.close();
  });

  it('maps each highlight to its glossary entry', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/traps.html'));
    await waitForHighlights(page, 10);
    const all = await highlights(page);
    const byText = Object.fromEntries(all.map((h) => [h.text, h.id]));
    expect(byText).toMatchObject({
      'Philadelphia chromosome-positive ALL': 'ph-positive-all',
      'Ph+ ALL': 'ph-positive-all',
      ALL: 'acute-lymphocytic-leukemia',
      'imatinib mesylate': 'imatinib',
      'Sprycel™': 'dasatinib',
      'BCR::ABL1': 'bcr-abl',
      TKIs: 'tyrosine-kinase-inhibitor',
    });
    await page.close();
  });

  it('keeps the layout and restores the page exactly when turned off', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/traps.html'));
    await waitForHighlights(page, 10);
    const boxes = () =>
      page.$$eval('#cases > *', (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round);
        }),
      );
    const highlightedBoxes = await boxes();
    const highlightedText = (await snapshot(page)).text;

    await setSettings(e2e.session, { enabled: false });
    await page.waitForFunction(() => !document.querySelector('tl-term'));
    const restored = await snapshot(page);
    expect(restored.text).toBe(highlightedText);
    expect(await boxes()).toEqual(highlightedBoxes);

    // The page as served, parsed fresh, has the same markup and text nodes.
    const fresh = await e2e.session.context.newPage();
    await fresh.goto(e2e.url('/traps.html'));
    await fresh.waitForLoadState('domcontentloaded');
    const original = await snapshot(fresh);
    expect(restored).toEqual(original);

    await clearSettings(e2e.session);
    await page.waitForFunction(() => document.querySelectorAll('tl-term').length > 10);
    await Promise.all([page.close(), fresh.close()]);
  });

  // How fast is for the benchmark (npm run bench: the never-idle page); this checks that it happens.
  it('highlights text added or replaced later, without looping', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/live.html'));
    await waitForHighlights(page, 1);

    await page.evaluate(() =>
      (window as unknown as { addFeedItem(t: string): void }).addFeedItem(
        'New post: ponatinib works for some.',
      ),
    );
    await page.waitForSelector('#feed tl-term[data-term-id="ponatinib"]', { timeout: 10_000 });

    await page.evaluate(() =>
      (window as unknown as { replaceFeed(h: string): void }).replaceFeed(
        '<p>Replaced: bosutinib and TKIs.</p>',
      ),
    );
    await page.waitForSelector('#feed tl-term[data-term-id="bosutinib"]', { timeout: 10_000 });
    expect(await highlights(page, '#feed')).toEqual([
      { text: 'bosutinib', id: 'bosutinib' },
      { text: 'TKIs', id: 'tyrosine-kinase-inhibitor' },
    ]);

    // Our own changes must not queue rescans. A probe the page adds now is rescanned together
    // with anything our wraps queued (one debounce), so once it is highlighted such a rescan has
    // shown as a second collect slice (User Timing of the test build, lib/bench-marks.ts).
    const collects = () =>
      page.evaluate(() => performance.getEntriesByName('termlight:collect').length);
    const before = await collects();
    await page.evaluate(() =>
      (window as unknown as { addFeedItem(t: string): void }).addFeedItem('Probe: nilotinib.'),
    );
    await page.waitForSelector('#feed tl-term[data-term-id="nilotinib"]', { timeout: 10_000 });
    expect((await collects()) - before).toBe(1);
    await page.close();
  });

  it('works in same-origin frames and open shadow roots', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/live.html'));
    await waitForHighlights(page, 1);
    // Playwright's CSS locators pierce open shadow roots.
    await expect
      .poll(() => highlights(page, '#host'))
      .toEqual([{ text: 'dasatinib', id: 'dasatinib' }]);
    const frame = page.frame({ url: /frame-child\.html$/ })!;
    await waitForHighlights(frame, 2);
    expect(await highlights(frame)).toEqual([
      { text: 'nilotinib', id: 'nilotinib' },
      { text: 'TKI', id: 'tyrosine-kinase-inhibitor' },
    ]);
    const inline = page.frame({ url: 'about:srcdoc' })!;
    await waitForHighlights(inline, 1);
    expect(await highlights(inline)).toEqual([{ text: 'ponatinib', id: 'ponatinib' }]);
    await page.close();
  });
});
