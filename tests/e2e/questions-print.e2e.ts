import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { savedNote } from '../../lib/questions/__tests__/fixtures';
import { savedTerm, storeQuestions } from './support/saved-questions';
import { useExtension } from './support/session';

// Issue #29: My questions' print view, English and Spanish side by side for the visit.

/** A saved term with its questions, not asked yet. */
function term(termId: string, termName: string, questions: string[]) {
  return savedTerm(
    termId,
    termName,
    questions.map((text, i) => savedNote(`${termId}-${i}`, text)),
  );
}

const TERMS = [
  term('bone-marrow', 'médula ósea', ['¿Cuándo es la próxima prueba de médula ósea?']),
  term('imatinib', 'Imatinib', ['Can I take it with food?']),
];

/** Paper widths less the 15 mm margins of questions.css's @page, in CSS pixels (96 per inch). */
const PAPER = {
  A4: Math.floor(((210 - 30) / 25.4) * 96),
  Letter: Math.floor((8.5 - 30 / 25.4) * 96),
};

async function box(locator: Locator) {
  const b = await locator.boundingBox({ timeout: 2_000 });
  if (!b) throw new Error('not laid out');
  return b;
}

describe('My questions: the side-by-side print view', () => {
  const e2e = useExtension({ viewport: { width: 1024, height: 800 } });
  let page: Page;

  beforeAll(async () => {
    await storeQuestions(e2e.session, TERMS);
    page = await e2e.session.context.newPage();
    await page.goto(`chrome-extension://${e2e.session.extensionId}/questions.html`);
    await page.getByRole('button', { name: 'Print view' }).click();
    await page
      .getByRole('checkbox', { name: 'Print each term in English and Spanish, side by side' })
      .check();
    await page.locator('h2 [lang="es"]').first().waitFor();
  });

  it('shows each term in both languages, marks each side’s lang, and says where Spanish is missing', async () => {
    const marrow = page.locator('.tl-print-term').nth(0);
    const imatinib = page.locator('.tl-print-term').nth(1);
    expect(await marrow.locator('h2 [lang="en"]').innerText()).toBe('Bone marrow');
    expect(await marrow.locator('h2 [lang="es"]').innerText()).toBe('Médula ósea');
    expect(await marrow.locator('.tl-print-summaries [lang="es"]').innerText()).toMatch(
      /médula|hueso/i,
    );
    expect(await imatinib.locator('.tl-print-summaries [lang="es"]').innerText()).toBe(
      'Todavía no tenemos este término en español.',
    );
    expect(await page.locator('.tl-print-question').allInnerTexts()).toEqual([
      '¿Cuándo es la próxima prueba de médula ósea?',
      'Can I take it with food?',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const [paper, width] of Object.entries(PAPER)) {
    it(`prints two columns that fit ${paper} paper`, async () => {
      await page.setViewportSize({ width, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      try {
        // On paper: no buttons or tick boxes, and nothing wider than the page.
        expect(await page.locator('.tl-no-print').first().isVisible()).toBe(false);
        expect(await page.getByRole('button').count()).toBe(0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        // English on the left, Spanish on the right, on the same line, for names and summaries.
        for (const row of ['h2', '.tl-print-summaries']) {
          const en = await box(page.locator(`.tl-print-term ${row} [lang="en"]`).first());
          const es = await box(page.locator(`.tl-print-term ${row} [lang="es"]`).first());
          expect(Math.abs(en.y - es.y)).toBeLessThan(1);
          expect(es.x).toBeGreaterThanOrEqual(en.x + en.width);
          expect(es.x + es.width).toBeLessThanOrEqual(width);
          expect(en.width).toBeGreaterThan(width / 3);
        }
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });
  }

  it('stacks the columns on a 320 px screen, without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    const en = await box(page.locator('.tl-print-summaries [lang="en"]').first());
    const es = await box(page.locator('.tl-print-summaries [lang="es"]').first());
    expect(es.y).toBeGreaterThanOrEqual(en.y + en.height);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
