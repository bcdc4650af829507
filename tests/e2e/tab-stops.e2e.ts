import { afterEach, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { clearSettings, setSettings, waitForHighlights } from './support/page-helpers';
import { dialog, focusedDescription, isPopoverOpen } from './support/popover-helpers';
import { openTab } from './support/popup-helpers';
import { useExtension } from './support/session';

// Terms in the Tab order only when the reader asks; keyboard commands reach them either way.

describe('tab stops and keyboard commands', () => {
  const e2e = useExtension();
  afterEach(() => clearSettings(e2e.session));

  async function open() {
    const { page, tabId } = await openTab(e2e.session, e2e.url('/popover.html'));
    await page.bringToFront();
    await waitForHighlights(page, 5);
    return { page, tabId };
  }

  /** What a keyboard command does: the background sends this to the tab's top frame. */
  function command(tabId: number, action: 'next' | 'previous' | 'open') {
    return e2e.session.worker.evaluate(
      ({ tabId, action }) => {
        const api = (globalThis as unknown as { chrome: Browser }).chrome;
        return api.tabs.sendMessage(tabId, { type: 'termlight:term-nav', action }, { frameId: 0 });
      },
      { tabId, action },
    );
  }

  it('by default adds no Tab stop; a term still says how to enter its card', async () => {
    const { page } = await open();
    expect(await page.locator('tl-term[tabindex="0"]').count()).toBe(0);
    await page.locator('#page-link').focus();
    await page.keyboard.press('Tab');
    expect((await focusedDescription(page))?.tag).not.toBe('tl-term');
    // The sentence is on the term that has focus only (a page must not list terms by it, #23).
    const term = page.locator('tl-term[aria-haspopup]').first();
    expect(await term.getAttribute('aria-description')).toBeNull();
    // Focus opens the card: the term says so; Escape closes it, and the term says how to open it.
    await term.focus();
    await expect
      .poll(() => term.getAttribute('aria-description'))
      .toBe('Definition open. Press Escape to close it.');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => term.getAttribute('aria-description'))
      .toBe(
        'Has a plain-language definition. Press Enter to open it and go into it. Press Escape to come back.',
      );
    await page.close();
  });

  it('"Terms in the Tab order" makes first mentions Tab stops, except in the "only when I point" style', async () => {
    await setSettings(e2e.session, { termsInTabOrder: true });
    const { page } = await open();
    await page.locator('#page-link').focus();
    await page.keyboard.press('Tab');
    expect((await focusedDescription(page))?.tag).toBe('tl-term');
    await setSettings(e2e.session, { termsInTabOrder: true, highlightStyle: 'hover-only' });
    await expect.poll(() => page.locator('tl-term[tabindex="0"]').count()).toBe(0);
    await page.close();
  });

  it('the commands are in the manifest and go from term to term and into a card, whatever the setting', async () => {
    const commands = await e2e.session.worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: Browser }).chrome;
      return api.commands.getAll().then((all) => all.map((c) => [c.name, c.shortcut]));
    });
    expect(commands).toEqual(
      expect.arrayContaining([
        ['next-term', 'Alt+Shift+Period'],
        ['previous-term', 'Alt+Shift+Comma'],
        ['open-term', 'Alt+Shift+Space'],
      ]),
    );
    const { page, tabId } = await open();
    const terms = await page.locator('tl-term').evaluateAll((els) => els.map((e) => e.textContent));
    expect(await command(tabId, 'next')).toBe(true);
    expect((await focusedDescription(page))?.text).toBe(terms[0]);
    await command(tabId, 'next');
    expect((await focusedDescription(page))?.text).toBe(terms[1]);
    await command(tabId, 'previous');
    expect((await focusedDescription(page))?.text).toBe(terms[0]);
    // Tab still skips terms: the command made it focusable, not a Tab stop.
    expect(await page.locator('tl-term[tabindex="0"]').count()).toBe(0);
    await command(tabId, 'open');
    await expect.poll(() => isPopoverOpen(page)).toBe(true);
    await expect.poll(async () => (await focusedDescription(page))?.role).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => isPopoverOpen(page)).toBe(false);
    expect((await focusedDescription(page))?.text).toBe(terms[0]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });
});
