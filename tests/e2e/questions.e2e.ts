import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { setSettings, waitForHighlights } from './support/page-helpers';
import { clickInFrame, dialog, readerFrame, SCREENSHOT_DIR } from './support/popover-helpers';
import { useExtension } from './support/session';
import { axeViolations } from './support/axe';

/** The saved list as stored, note ids left out (an import gives notes fresh ids). */
function storedList(session: ExtensionSession) {
  return session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    const value = (await api.storage.local.get('questions')).questions as {
      terms: { notes: { id: string; text: string; asked?: boolean }[] }[];
    };
    return value.terms.map((t) => ({ ...t, notes: t.notes.map(({ id: _id, ...n }) => n) }));
  });
}

/** The note draft kept for a term, as stored ('' when none; lib/questions/drafts.ts). */
function storedDraft(session: ExtensionSession, termId: string) {
  return session.worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    const stored = (await api.storage.local.get('noteDrafts')).noteDrafts as
      { drafts?: Record<string, { text: string }> } | undefined;
    return stored?.drafts?.[id]?.text ?? '';
  }, termId);
}

async function openQuestionsPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/questions.html`);
  await page.getByRole('heading', { name: 'My questions', level: 1 }).waitFor();
  return page;
}

describe('My questions: the patient flow', () => {
  const e2e = useExtension({ viewport: { width: 1024, height: 800 } });
  let fresh: ExtensionSession | undefined;
  afterAll(async () => {
    await fresh?.close();
    expect(fresh?.offLoopbackRequests ?? [], 'requests off the machine').toEqual([]);
  });

  it('a typed note survives Escape, a click outside and closing the tab', async () => {
    const open = async () => {
      const tab = await e2e.session.context.newPage();
      await tab.goto(e2e.url('/popover.html'));
      await waitForHighlights(tab, 5);
      await tab.locator('#story tl-term[data-term-id="imatinib"]').first().click();
      return tab;
    };
    const box = (tab: Page) => readerFrame(tab).getByLabel('Add a note or question');
    let tab = await open();
    await clickInFrame(readerFrame(tab).getByRole('button', { name: 'Save to my questions' }));
    await box(tab).fill('Ask about the heart test');
    // Escape closes the card; the note is there when it opens again.
    await box(tab).press('Escape');
    await expect.poll(() => dialog(tab).count()).toBe(0);
    await tab.locator('#story tl-term[data-term-id="imatinib"]').first().click();
    await expect.poll(() => box(tab).inputValue()).toBe('Ask about the heart test');
    // A click outside closes it too.
    const size = tab.viewportSize()!;
    await tab.mouse.click(size.width - 5, size.height - 5);
    await expect.poll(() => dialog(tab).count()).toBe(0);
    await tab.locator('#story tl-term[data-term-id="imatinib"]').first().click();
    await expect.poll(() => box(tab).inputValue()).toBe('Ask about the heart test');
    // Closing the tab: a new tab has it.
    await tab.close();
    tab = await open();
    await expect.poll(() => box(tab).inputValue()).toBe('Ask about the heart test');
    // Added, it is gone from the box for good.
    await clickInFrame(readerFrame(tab).getByRole('button', { name: 'Add note' }));
    await readerFrame(tab).getByText('Ask about the heart test', { exact: true }).waitFor();
    // The note shows once its draft is cleared (save-control.tsx): nothing is left to restore.
    expect(await storedDraft(e2e.session, 'imatinib')).toBe('');
    await tab.close();
    tab = await open();
    await readerFrame(tab).getByRole('button', { name: 'Remove' }).waitFor();
    expect(await box(tab).inputValue()).toBe('');
    // Leave the list as the next test expects it: empty.
    await clickInFrame(readerFrame(tab).getByRole('button', { name: 'Remove' }));
    await readerFrame(tab).getByRole('button', { name: 'Save to my questions' }).waitFor();
    await tab.close();
  });

  it('hover → save with a note → My questions → print view → export → import into a fresh profile', async () => {
    // 1. Hover a term, save it from the card, add a note and pick a suggested question.
    const article = await e2e.session.context.newPage();
    await article.goto(e2e.url('/popover.html'));
    await waitForHighlights(article, 5);
    await article.locator('#story tl-term[data-term-id="dasatinib"]').first().hover();
    const card = readerFrame(article);
    await clickInFrame(card.getByRole('button', { name: 'Save to my questions' }));
    await card.getByRole('button', { name: 'Remove' }).waitFor();
    await card.getByLabel('Add a note or question').fill('Ask: can I take it with food?');
    await clickInFrame(card.getByRole('button', { name: 'Add note' }));
    await card.getByText('Ask: can I take it with food?').waitFor();
    await clickInFrame(card.getByText('Suggested questions'));
    await expect
      .poll(() => card.getByText(/ideas from Termlight, not medical advice/).isVisible())
      .toBe(true);
    await clickInFrame(card.getByLabel('How will we know it is working?'));
    await expect
      .poll(async () => (await storedList(e2e.session))[0]?.notes.length, { timeout: 10_000 })
      .toBe(2);

    // 2. The My questions page shows it, grouped under the term, with the page and sentence.
    const mine = await openQuestionsPage(e2e.session);
    const group = mine.getByRole('region', { name: 'Dasatinib' });
    await group.getByText('Ask: can I take it with food?').waitFor();
    expect(await group.innerText()).toMatch(/Saved from\s+Popover behaviour/);
    expect(await group.locator('blockquote').innerText()).toMatch(/dasatinib/i);
    await mine.getByRole('button', { name: /Move down: Ask: can I take/ }).click();
    await expect
      .poll(async () => (await storedList(e2e.session))[0]?.notes[0]?.text)
      .toBe('How will we know it is working?');

    // The tick box has a visible word of its own, part of its name.
    const tick = mine.getByRole('checkbox', { name: 'Asked Ask: can I take it with food?' });
    const tickWord = group.locator('.tl-q-tick').first();
    expect(await tickWord.innerText()).toBe('Asked');
    expect(await tickWord.isVisible()).toBe(true);
    await tick.check();
    await expect
      .poll(async () => (await storedList(e2e.session))[0]?.notes.find((n) => n.asked)?.text)
      .toBe('Ask: can I take it with food?');

    // 3. The print view, for paper. The asked question is left out, and the page says so.
    await mine.getByRole('button', { name: 'Print view' }).click();
    await mine.getByRole('heading', { name: 'Questions for my visit' }).waitFor();
    const sheet = mine.locator('article.tl-print');
    await sheet.getByText('1 question you ticked as asked is not on this sheet.').waitFor();
    expect(await sheet.locator('.tl-print-question').allInnerTexts()).toEqual([
      'How will we know it is working?',
    ]);
    await sheet.getByRole('checkbox', { name: 'Print the questions already asked too' }).check();
    await expect
      .poll(() => sheet.locator('.tl-print-question').allInnerTexts())
      .toEqual(['How will we know it is working?', 'Ask: can I take it with food? (asked)']);
    expect(await axeViolations(mine)).toEqual([]);
    await mine.emulateMedia({ media: 'print' });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shot = resolve(SCREENSHOT_DIR, 'questions-print-view.png');
    await mine.screenshot({ path: shot, fullPage: true });
    writeFileSync(
      resolve(import.meta.dirname, '../../.output/questions-print-view.png'),
      readFileSync(shot),
    );
    expect(await mine.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await mine.emulateMedia({ media: 'screen' });
    await mine.getByRole('button', { name: 'Back to my list' }).click();

    // 4. Export as CSV.
    const [download] = await Promise.all([
      mine.waitForEvent('download'),
      mine.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'tl-questions-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('Ask: can I take it with food?');

    // 5. Import into a fresh profile: a damaged file changes nothing; the export gives the same list.
    fresh = await launchWithExtension({ viewport: { width: 1024, height: 800 } });
    const restored = await openQuestionsPage(fresh);
    const bad = join(tmpdir(), `tl-not-ours-${Date.now()}.csv`);
    writeFileSync(bad, 'name,email\nA,a@example.org\n');
    await restored.getByLabel('Choose a file to restore').setInputFiles(bad);
    expect(await restored.getByRole('alert').innerText()).toMatch(
      /Line 1: this is not a Termlight/,
    );
    // A PDF is named as one, next to the file picker, and the message has focus.
    const pdf = join(tmpdir(), `tl-letter-${Date.now()}.pdf`);
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"a",b"c\n');
    await restored.getByLabel('Choose a file to restore').setInputFiles(pdf);
    await expect
      .poll(() => restored.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('This is a PDF, not a Termlight questions file.');
    await restored.getByLabel('Choose a file to restore').setInputFiles(file);
    await restored.getByRole('button', { name: 'Replace my list' }).click();
    await restored.getByRole('region', { name: 'Dasatinib' }).waitFor();
    expect(await storedList(fresh)).toEqual(await storedList(e2e.session));
    // Adding the same file again joins it: nothing doubles.
    await restored.getByLabel('Choose a file to restore').setInputFiles(file);
    await restored.getByRole('button', { name: 'Add to my list' }).click();
    await expect
      .poll(() => restored.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('The file was added to your list.');
    expect(await storedList(fresh)).toEqual(await storedList(e2e.session));
  });

  it('words the suggested questions for a parent when the reader asks for their child', async () => {
    await setSettings(e2e.session, { questionsFor: 'child' });
    const tab = await e2e.session.context.newPage();
    await tab.goto(e2e.url('/popover.html'));
    await waitForHighlights(tab, 5);
    await tab.locator('#story tl-term[data-term-id="imatinib"]').first().click();
    const card = readerFrame(tab);
    await clickInFrame(card.getByRole('button', { name: 'Save to my questions' }));
    await clickInFrame(card.getByText('Suggested questions'));
    await card.getByLabel('Why is this drug a good choice for my child?').waitFor();
    expect(await card.getByLabel('Why is this drug a good choice for me?').count()).toBe(0);
    await setSettings(e2e.session, {});
    await tab.close();
  });
});
