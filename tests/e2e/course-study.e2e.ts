/**
 * An instructor's course in Study (#28): Excel's Windows-1252 CSV of 20 terms imports with the
 * right characters, the course terms on a page join the popup's page deck, the glossary is a deck
 * of its own, studied by keyboard, and its Anki export carries the course's tag.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { COURSE_CSV, COURSE_TERM_NAMES, windows1252 } from '../support/course-week-3';
import { axeViolations } from './support/axe';
import { openOptions, openPopup, openTab, termCounts } from './support/popup-helpers';
import { useExtension } from './support/session';

/** Text read as UTF-8 that was not, or Windows-1252 read as UTF-8 ("isnâ€™t", "caf�"). */
const MOJIBAKE = /â€|Ã|\uFFFD/;

describe('a course glossary in Study', () => {
  const e2e = useExtension();
  const opened: Page[] = [];
  const pageErrors: string[] = [];

  beforeEach(async () => {
    await e2e.session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Browser }).chrome;
      await api.storage.local.clear();
    });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function importCourse(): Promise<void> {
    const options = await openOptions(e2e.session);
    opened.push(options);
    await options.locator('#tl-glossary-file').setInputFiles({
      name: 'Week 3 nursing.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(windows1252(COURSE_CSV)),
    });
    const preview = options.locator('.tl-glossary-preview');
    await expect
      .poll(() => preview.getByRole('heading', { level: 3 }).textContent(), { timeout: 10_000 })
      .toBe('Check before you add: “Week 3 nursing”');
    // The preview shows names and card text as the file means them, before anything is added.
    expect(await preview.locator('tbody th').allTextContents()).toEqual(COURSE_TERM_NAMES);
    const shown = await preview.innerText();
    expect(shown).toContain('the “first line” of infection control.');
    expect(shown).toContain('It isn’t seen from outside.');
    expect(shown).not.toMatch(MOJIBAKE);
    await options.getByRole('button', { name: 'Add glossary' }).click();
    await options.getByText(/Added “Week 3 nursing”/).waitFor({ timeout: 10_000 });
  }

  it(
    'imports Excel’s 20-term CSV, studies the course by keyboard and exports it with its tag',
    { timeout: 180_000 },
    async () => {
      await importCourse();

      // The course terms found on a page join the popup's page deck, in page order.
      const { page: ward, tabId } = await openTab(e2e.session, e2e.url('/course-page.html'));
      opened.push(ward);
      await expect
        .poll(() => termCounts(ward), { timeout: 30_000 })
        .toEqual({ 'g1/mucositis': 1, 'g1/petechiae': 1, imatinib: 1 });
      const popup = await openPopup(e2e.session, tabId);
      opened.push(popup);
      const [study] = await Promise.all([
        e2e.session.context.waitForEvent('page'),
        popup.getByRole('button', { name: 'Study the 3 terms on this page' }).click(),
      ]);
      opened.push(study);
      study.on('pageerror', (err) => pageErrors.push(err.message));
      await study.locator('.tl-question').waitFor({ timeout: 30_000 });
      expect(await study.locator('.tl-question').textContent()).toBe('What does “mucositis” mean?');

      // The glossary is a deck of its own.
      await study
        .getByLabel('Deck', { exact: true })
        .selectOption({ label: 'Your glossary “Week 3 nursing”' });
      await expect
        .poll(() => study.locator('.tl-question').textContent())
        .toBe('What does “central venous catheter (CVC)” mean?');
      expect(study.url()).toMatch(/\?deck=course&glossary=g1$/);
      const seen = await study.locator('[data-count="seen"]').textContent();
      const total = Number(seen?.match(/^0 of (\d+)$/)?.[1]);
      // A meaning card per term, and both ways for the three abbreviations (CVC, PICC, TLS).
      expect(total).toBe(26);

      // Keyboard only: Space shows the answer, with its source and where it comes from.
      await study.keyboard.press('Space');
      const answer = study.locator('.tl-answer');
      await answer.waitFor();
      expect(await answer.evaluate((el) => el === document.activeElement)).toBe(true);
      const source = study.locator('.tl-answer-source');
      expect(await source.getByRole('link').getAttribute('href')).toBe(
        'https://example.org/nursing/week-3',
      );
      expect(await source.textContent()).toMatch(
        /^From Course notes – week 3\b[\s\S]* \(September 1, 2026\)\.$/,
      );
      expect(await study.locator('.tl-answer-origin').innerText()).toBe(
        "From your glossary 'Week 3 nursing' — not reviewed by Termlight",
      );
      expect(await axeViolations(study)).toEqual([]);
      await study.keyboard.press('3');
      await expect.poll(() => study.locator('[data-count="seen"]').textContent()).toBe(`1 of 26`);

      // The Anki file: every card of the course, tagged with it, characters intact.
      const [download] = await Promise.all([
        study.waitForEvent('download'),
        study.getByRole('button', { name: 'Download for Anki' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('termlight-Week-3-nursing-anki.txt');
      const file = join(mkdtempSync(join(tmpdir(), 'tl-course-')), download.suggestedFilename());
      await download.saveAs(file);
      const notes = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'));
      expect(notes).toHaveLength(26);
      for (const note of notes) {
        expect(note.split('\t')[3]).toMatch(/^termlight course::Week_3_nursing [a-z-]+ [a-z-]+$/);
      }
      expect(notes.join('\n')).toContain('the “first line” of infection control.');
      expect(notes.join('\n')).not.toMatch(MOJIBAKE);
    },
  );
});
