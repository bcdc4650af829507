import { describe, expect, it } from 'vitest';
import {
  COMPARED_PAGES,
  HIGHLIGHTS_IN_ORDER,
  readExpectations,
} from '../support/highlight-expectations.mjs';
import { useFirefox } from './support/session';
import { highlightCount, snapshot } from './support/page-helpers';
import { expectedHighlights } from '../support/in-page.mjs';

describe('Firefox: highlighting', () => {
  const e2e = useFirefox();
  const expected = readExpectations();

  // tests/e2e/same-highlights.e2e.ts holds Chromium to the same recorded list.
  it.each(COMPARED_PAGES)('%s gets the same highlights as in Chromium, in order', async (path) => {
    expect(expected[path]?.length, `${path} in expected-highlights.json`).toBeGreaterThan(10);
    const page = await e2e.open(path);
    await expect
      .poll(() => page.evaluate(HIGHLIGHTS_IN_ORDER), { timeout: 15_000 })
      .toEqual(expected[path]);
    await page.close();
  });

  it('highlights exactly the expected texts in every trap case (ALL/all, pH, the city, editable areas)', async () => {
    const page = await e2e.open('/traps.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(10);
    const cases = await page.evaluate(expectedHighlights);
    expect(cases.length).toBeGreaterThan(15);
    for (const c of cases) expect(c.actual, c.text).toEqual(c.expected);
    await page.close();
  });

  it('turning the site off in the popup removes every highlight and restores the page exactly', async () => {
    const { page, tabId } = await e2e.openTab('/traps.html');
    await expect
      .poll(() => page.evaluate(HIGHLIGHTS_IN_ORDER), { timeout: 15_000 })
      .toEqual(expected['/traps.html']);
    const popup = await e2e.session.openExtensionPage(`popup.html?tab=${tabId}`);
    const siteSwitch = `[...document.querySelectorAll('[role="switch"]')].find((s) =>
      s.closest('label')?.textContent.includes('Highlight terms on 127.0.0.1'))`;
    expect(await popup.waitFor<boolean>(`${siteSwitch}?.checked`)).toBe(true);

    await popup.evaluate(`${siteSwitch}.click()`);
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(0);
    await popup.waitFor(
      `document.body.textContent.includes('Termlight is turned off on this site.')`,
    );
    const restored = await snapshot(page);

    // The same page as served, parsed fresh with the site off: same markup and text nodes.
    const fresh = await e2e.open('/traps.html');
    expect(restored).toEqual(await snapshot(fresh));

    await popup.evaluate(`${siteSwitch}.click()`);
    await expect
      .poll(() => page.evaluate(HIGHLIGHTS_IN_ORDER), { timeout: 15_000 })
      .toEqual(expected['/traps.html']);
    await Promise.all([popup.close(), page.close(), fresh.close()]);
  });
});
