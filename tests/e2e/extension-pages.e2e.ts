import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, usePages } from './support/session';
import { setSettings, waitForHighlights } from './support/page-helpers';
import { openOptions, openPopup, openTab } from './support/popup-helpers';
import { axeViolations } from './support/axe';

describe('extension pages and highlight style', () => {
  const e2e = useExtension();
  const { opened, openPage } = usePages(e2e);

  const term = (page: Page, id: string) => page.locator(`tl-term[data-term-id="${id}"]`).first();

  it('marks terms in the soft-background style with more than colour', async () => {
    await setSettings(e2e.session, { highlightStyle: 'background' });
    const page = await openPage('/card.html');
    const look = await term(page, 'dasatinib').evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, style: s.textDecorationStyle, bg: s.backgroundColor };
    });
    expect(look).toMatchObject({ line: 'underline', style: 'solid' });
    expect(look.bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('has no WCAG 2.2 AA violations (axe-core) in the popup and the options page, and their text is 16 px system-ui', async () => {
    const { page, tabId } = await openTab(e2e.session, e2e.url('/card.html'));
    opened.push(page);
    await waitForHighlights(page, 2);
    const popup = await openPopup(e2e.session, tabId);
    const options = await openOptions(e2e.session);
    opened.push(popup, options);
    for (const p of [popup, options]) {
      const font = await p.evaluate(() => {
        const s = getComputedStyle(document.body);
        return { size: s.fontSize, family: s.fontFamily };
      });
      expect(font.size).toBe('16px');
      expect(font.family).toMatch(/^system-ui/);
      expect(await axeViolations(p)).toEqual([]);
    }
  });

  it("follows the browser's font-size setting on its own pages (text sized in rem)", async () => {
    const options = await openOptions(e2e.session);
    opened.push(options);
    const cdp = await e2e.session.context.newCDPSession(options);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    const sizes = await options.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
    }));
    await cdp.detach();
    expect(sizes.body).toBe(20);
    expect(sizes.h1).toBe(20 * 1.75);
  });
});
