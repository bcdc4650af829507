import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './support/session';
import { focused, highlightCount, openDialogText } from './support/page-helpers';
import { afterPageTimer, CLOSE_GRACE_MS } from '../support/in-page.mjs';

describe('Firefox: the popover', () => {
  const e2e = useFirefox({ viewport: { width: 1024, height: 700 } });

  async function openPage(): Promise<Page> {
    const page = await e2e.open('/popover.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    return page;
  }
  const term = (id: string) => `#story tl-term[data-term-id="${id}"]`;

  it('opens on hover with the entry and the advice line; More shows its sources', async () => {
    const page = await openPage();
    await page.hover(term('dasatinib'));
    await expect.poll(() => openDialogText(page), { timeout: 5000 }).toContain('Dasatinib');
    const text = (await openDialogText(page))!;
    expect(text).toContain('Sprycel');
    expect(text).toMatch(/talk to your care team/i);
    // The sources wait under More (a native disclosure): open it as a reader would.
    await page.evaluate(() => {
      const more = document
        .querySelector('tl-popover')
        ?.shadowRoot?.querySelector<HTMLElement>('.tl-more > summary');
      more?.click();
    });
    await expect
      .poll(() => openDialogText(page), { timeout: 5000 })
      .toContain('American Cancer Society');
    expect(text).not.toMatch(/\d+\s*mg\b/i);
    await page.close();
  });

  it('pins on click (the pointer may leave), and Escape closes it', async () => {
    const page = await openPage();
    await page.click(term('imatinib'));
    await expect.poll(() => openDialogText(page), { timeout: 5000 }).toContain('Imatinib');
    await page.mouse.move(5, 650);
    // A hovered (unpinned) card closes once the pointer has left and the grace has run out; a
    // pinned one stays. The page timer starts after the frame that handled the leave.
    await page.evaluate(afterPageTimer, CLOSE_GRACE_MS);
    expect(await openDialogText(page)).toContain('Imatinib');
    // The page's own click handler still ran.
    expect(await page.$eval('#clicks', (el) => el.textContent)).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialogText(page)).toBeNull();
    await page.close();
  });

  it('is reachable by keyboard: a term takes focus, Enter moves into the card, Escape returns', async () => {
    const page = await openPage();
    // By default terms are no Tab stops (the keyboard commands reach them); they take focus.
    await page.focus('tl-term[aria-haspopup]');
    const first = await focused(page);
    expect(first).toMatchObject({ tag: 'tl-term', role: 'button' });
    await expect.poll(() => openDialogText(page), { timeout: 5000 }).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.role).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialogText(page)).toBeNull();
    expect(await focused(page)).toMatchObject({ term: first!.term });
    // Last, as Tab from the page's last stop moves focus out to Firefox's own toolbar, after
    // which the page's focus() calls fire no focus events (the card would not open).
    await page.focus('#page-link');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.tag).not.toBe('tl-term');
    await page.close();
  });
});
