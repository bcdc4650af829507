import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './support/session';
import { highlightCount, inReaderFrame } from './support/page-helpers';

const NOTE = 'Ask: can I take it with food?';

/** Runs `body` in the card's reader frame (`card` is its document's body) and returns its result. */
const inCard = (page: Page, body: string) => inReaderFrame(page, body);

describe('Firefox: My questions', () => {
  const e2e = useFirefox({ viewport: { width: 1024, height: 800 } });

  it('saves a term with a note from the card; My questions lists it; the print view renders', async () => {
    const page = await e2e.open('/popover.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    await page.hover('#story tl-term[data-term-id="dasatinib"]');
    const clickButton = (name: string) =>
      inCard(
        page,
        `const b = [...card.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(name)});
          if (!b || b.disabled) return false; b.click(); return true;`,
      );
    await expect.poll(() => clickButton('Save to my questions'), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => inCard(page, `return !!card.querySelector('textarea');`), {
        timeout: 10_000,
      })
      .toBe(true);
    // Type the note as a reader would: focus the box, then keys.
    await inCard(page, `card.querySelector('textarea').focus(); return true;`);
    await page.keyboard.type(NOTE);
    expect(await clickButton('Add note')).toBe(true);

    const stored = () =>
      e2e.control.evaluate<{ termId: string; notes: string[] }[]>(
        `browser.storage.local.get('questions').then((v) => (v.questions?.terms ?? [])
          .map((t) => ({ termId: t.termId, notes: t.notes.map((n) => n.text) })))`,
      );
    await expect
      .poll(stored, { timeout: 10_000 })
      .toEqual([{ termId: 'dasatinib', notes: [NOTE] }]);

    const mine = await e2e.session.openExtensionPage('questions.html');
    const listed = await mine.waitFor<string>(
      `(() => { const t = document.body.innerText; return t.includes(${JSON.stringify(NOTE)}) && t; })()`,
    );
    expect(listed).toContain('Dasatinib');
    await mine.evaluate(
      `(() => { [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Print view').click(); return true; })()`,
    );
    const heading = await mine.waitFor<string>(
      `[...document.querySelectorAll('h1, h2')].map((h) => h.textContent).find((t) => t === 'Questions for my visit')`,
    );
    expect(heading).toBe('Questions for my visit');
    expect(await mine.evaluate<string>('document.body.innerText')).toContain(NOTE);
    await Promise.all([mine.close(), page.close()]);
  });
});
