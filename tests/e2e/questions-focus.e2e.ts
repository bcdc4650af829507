import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { savedNote } from '../../lib/questions/__tests__/fixtures';
import { savedTerm, storeQuestions } from './support/saved-questions';
import { useExtension } from './support/session';

// WCAG 2.4.3: every action on My questions that removes or replaces the focused control puts
// focus somewhere sensible, never on <body> (where Tab starts again at the top of the page).

const TERMS = [
  savedTerm('imatinib', 'Imatinib', [
    savedNote('a', 'First question'),
    savedNote('b', 'Second question'),
    savedNote('c', 'Third question'),
  ]),
  savedTerm('dasatinib', 'Dasatinib', [savedNote('d', 'Only question')]),
];

/** The focused element's accessible name (aria-label, else text) and tag. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}: ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });
}

/** Waits for focus to settle where the change put it (the list is saved through the background). */
async function focusBecomes(page: Page, expected: string) {
  await expect.poll(() => focused(page), { timeout: 5_000 }).toBe(expected);
}

describe('My questions: focus after each action', () => {
  const e2e = useExtension({ viewport: { width: 1024, height: 800 } });
  let page: Page;

  beforeEach(async () => {
    await storeQuestions(e2e.session, TERMS);
    page ??= await e2e.session.context.newPage();
    await page.goto(`chrome-extension://${e2e.session.extensionId}/questions.html`);
    await page.getByRole('heading', { name: 'Dasatinib' }).waitFor();
  });

  it('Move up keeps focus on the moved question’s Move up button', async () => {
    await page.getByRole('button', { name: 'Move up: Third question' }).click();
    await focusBecomes(page, 'button: Move up: Third question');
  });

  it('Move down keeps focus on the moved question’s Move down button', async () => {
    await page.getByRole('button', { name: 'Move down: First question' }).click();
    await focusBecomes(page, 'button: Move down: First question');
  });

  it('Move down to the bottom moves focus to Move up (Move down is then disabled)', async () => {
    await page.getByRole('button', { name: 'Move down: Second question' }).click();
    await focusBecomes(page, 'button: Move up: Second question');
  });

  it('Move up to the top moves focus to Move down (Move up is then disabled)', async () => {
    await page.getByRole('button', { name: 'Move up: Second question' }).click();
    await focusBecomes(page, 'button: Move down: Second question');
  });

  it('Delete moves focus to the next question’s Delete, and Undo brings it back', async () => {
    await page.getByRole('button', { name: 'Delete: Second question' }).click();
    await focusBecomes(page, 'button: Delete: Third question');
    await page.getByRole('button', { name: 'Undo' }).click();
    await focusBecomes(page, 'button: Delete: Second question');
  });

  it('Deleting the last question of a term moves focus to the term’s heading', async () => {
    await page.getByRole('button', { name: 'Delete: Only question' }).click();
    await focusBecomes(page, 'h2: Dasatinib');
  });

  it('Remove term moves focus to the next term; Undo to the term put back', async () => {
    await page.getByRole('button', { name: 'Remove Imatinib from my questions' }).click();
    await focusBecomes(page, 'button: Remove Dasatinib from my questions');
    await page.getByRole('button', { name: 'Undo' }).click();
    await focusBecomes(page, 'button: Remove Imatinib from my questions');
  });

  it('Removing the only term left moves focus to the list’s heading', async () => {
    await storeQuestions(e2e.session, [TERMS[1]!]);
    await page.reload();
    await page.getByRole('button', { name: 'Remove Dasatinib from my questions' }).click();
    await focusBecomes(page, 'h1: My questions');
  });

  it('Print view moves focus to its h1; Back to my list to the Print view button', async () => {
    await page.getByRole('button', { name: 'Print view' }).click();
    await focusBecomes(page, 'h1: Questions for my visit');
    await page.getByRole('button', { name: 'Back to my list' }).click();
    await focusBecomes(page, 'button: Print view');
  });

  it('Saving or cancelling an edit puts focus back on Edit', async () => {
    await page.getByRole('button', { name: 'Edit: Third question' }).click();
    await page.getByLabel('Edit your question').fill('Third question, changed');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await focusBecomes(page, 'button: Edit: Third question, changed');
    await page.getByRole('button', { name: 'Edit: First question' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await focusBecomes(page, 'button: Edit: First question');
  });
});
