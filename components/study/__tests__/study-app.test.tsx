import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { getEntry } from '../../../data/index';
import { updateQuestions } from '../../../lib/questions';
import { SAVE_REMISSION } from '../../../lib/questions/__tests__/fixtures';
import { addGlossary } from '../../../lib/glossaries/store';
import type { ExchangeGlossary } from '../../../lib/glossaries/format';
import { glossaryCards } from '../../../lib/study/index';
import {
  loadProgress,
  saveCardProgress,
  STUDY_PROGRESS_KEY,
} from '../../../lib/study/progress-store';
import { gradeCard } from '../../../lib/study/scheduler';
import { StudyApp } from '../study-app';

const NOW = new Date(2026, 11, 1, 10);
const clock = () => NOW;
const count = (name: string) => document.querySelector(`[data-count="${name}"]`)?.textContent;
const question = () => document.querySelector('.tl-question')?.textContent;
const key = (k: string) => fireEvent.keyDown(document.body, { key: k });

async function renderStudy(deck: Parameters<typeof StudyApp>[0]['deck']) {
  render(<StudyApp deck={deck} now={clock} />);
  await waitFor(() => expect(count('due')).toBe('0'));
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

describe('the Study page', () => {
  it('shows, grades and saves a card by keyboard alone', async () => {
    await renderStudy({ kind: 'page', termIds: ['dasatinib'] });
    expect(question()).toBe('What does “dasatinib” mean?');
    expect(document.querySelector('.tl-answer')).toBeNull();
    key(' ');
    await screen.findByRole('heading', { name: 'Answer' });
    expect(document.activeElement?.className).toBe('tl-answer');
    expect(document.querySelector('.tl-answer-text')?.textContent).toBe(
      getEntry('dasatinib')!.summary,
    );
    fireEvent.keyDown(document.activeElement!, { key: '4' });
    await waitFor(() => expect(question()).not.toBe('What does “dasatinib” mean?'));
    await waitFor(async () =>
      expect((await loadProgress()).cards.has('meaning:dasatinib')).toBe(true),
    );
    expect(count('seen')).toMatch(/^1 of /);
  });

  it('grades with 1-4 only while focus is on the card or its buttons (WCAG 2.1.4)', async () => {
    await renderStudy({ kind: 'page', termIds: ['dasatinib'] });
    key(' ');
    await screen.findByRole('heading', { name: 'Answer' });
    key('1'); // focus elsewhere: the page body
    fireEvent.keyDown(screen.getByRole('button', { name: 'Download as CSV' }), { key: '2' });
    expect(question()).toBe('What does “dasatinib” mean?');
    fireEvent.keyDown(screen.getByRole('button', { name: /^3 Good/ }), { key: '3' });
    await waitFor(() => expect(question()).not.toBe('What does “dasatinib” mean?'));
  });

  it('says when a card comes back without repeating the grade’s name', async () => {
    await renderStudy({ kind: 'page', termIds: ['dasatinib'] });
    key(' ');
    const again = await screen.findByRole('button', { name: /^1 Again/ });
    expect(again.textContent).toMatch(/^1 Again ?back in /);
    expect(again.textContent).not.toMatch(/again again/i);
  });

  it('turns Space and 1-4 off with the setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, singleKeyShortcuts: false } });
    await renderStudy({ kind: 'page', termIds: ['dasatinib'] });
    await screen.findByText(/One-key shortcuts are off/);
    key(' ');
    fireEvent.keyDown(document.querySelector('.tl-question')!, { key: ' ' });
    expect(document.querySelector('.tl-answer')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Show the answer' }).hasAttribute('aria-keyshortcuts'),
    ).toBe(false);
  });

  it('ignores grade keys until the answer shows, and keys typed into a field', async () => {
    await renderStudy({ kind: 'glossary' });
    const first = question();
    key('3');
    expect(question()).toBe(first);
    fireEvent.keyDown(screen.getByLabelText('New cards a day, for each deck'), { key: ' ' });
    expect(document.querySelector('.tl-answer')).toBeNull();
  });

  it('says which saved cards were broken and keeps the rest', async () => {
    const good = {
      due: NOW.getTime() - 1000,
      stability: 3,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: NOW.getTime() - 3 * 86_400_000,
      introduced: NOW.getTime() - 3 * 86_400_000,
    };
    await fakeBrowser.storage.local.set({
      [STUDY_PROGRESS_KEY]: {
        version: 1,
        cards: { 'meaning:imatinib': good, 'meaning:dasatinib': { ...good, reps: -1 } },
      },
    });
    render(<StudyApp deck={{ kind: 'category', category: 'drug' }} now={clock} />);
    await screen.findByText(/"meaning:dasatinib"/);
    await waitFor(() => expect(count('due')).toBe('1'));
    expect(question()).toBe('What does “imatinib” mean?');
  });

  it('studies the saved terms of My questions', async () => {
    await updateQuestions(SAVE_REMISSION);
    render(<StudyApp deck={{ kind: 'saved' }} now={clock} />);
    await waitFor(() => expect(count('seen')).toBe('0 of 1'));
    expect(question()).toBe('What does “remission” mean?');
  });

  it('resets the deck only after asking', async () => {
    await renderStudy({ kind: 'page', termIds: ['remission'] });
    key(' ');
    await screen.findByRole('heading', { name: 'Answer' });
    fireEvent.keyDown(document.activeElement!, { key: '3' });
    await waitFor(() => expect(count('seen')).toBe('1 of 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress…' }));
    expect(count('seen')).toBe('1 of 1');
    fireEvent.click(screen.getByRole('button', { name: 'Forget my progress' }));
    await waitFor(() => expect(count('seen')).toBe('0 of 1'));
    expect((await loadProgress()).cards.size).toBe(0);
  });

  it('says so when another tab changed the progress and it cannot be read again', async () => {
    await renderStudy({ kind: 'page', termIds: ['remission'] });
    const get = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockRejectedValue(new Error('the tab is closing'));
    await fakeBrowser.storage.local.set({ [STUDY_PROGRESS_KEY]: { version: 1, cards: {} } });
    await screen.findByText(/could not read your study progress: the tab is closing/);
    get.mockRestore();
  });

  it('keeps the next card when an earlier grade is saved late', async () => {
    await renderStudy({ kind: 'page', termIds: ['dasatinib', 'imatinib', 'nilotinib'] });
    // Hold every write until released, as a busy browser may.
    const held: (() => void)[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockImplementation(
        (items) => new Promise<void>((resolve) => held.push(() => void set(items).then(resolve))),
      );
    const gradeShown = async () => {
      const shown = question();
      key(' ');
      await screen.findByRole('heading', { name: 'Answer' });
      fireEvent.keyDown(document.activeElement!, { key: '4' });
      await waitFor(() => expect(question()).not.toBe(shown));
    };
    try {
      await gradeShown();
      await gradeShown();
      const third = question();
      // The first save lands while the second waits: the second grade must not be undone.
      await waitFor(() => expect(held.length).toBe(1));
      held.shift()!();
      await waitFor(() => expect(held.length).toBe(1));
      expect(question()).toBe(third);
      expect(count('seen')).toMatch(/^2 of /);
      held.shift()!();
      await waitFor(async () => expect((await loadProgress()).cards.size).toBe(2));
      expect(question()).toBe(third);
      expect(count('seen')).toMatch(/^2 of /);
    } finally {
      spy.mockRestore();
      for (const release of held.splice(0)) release();
    }
  });

  it('keeps the card being answered when another tab changes the progress', async () => {
    await renderStudy({ kind: 'page', termIds: ['dasatinib', 'imatinib'] });
    const shown = question();
    key(' ');
    await screen.findByRole('heading', { name: 'Answer' });
    const answer = document.activeElement;
    expect(answer?.className).toBe('tl-answer');
    // Another study tab grades this very card.
    await saveCardProgress('meaning:dasatinib', gradeCard('meaning:dasatinib', undefined, 4, NOW));
    await waitFor(() => expect(count('seen')).toMatch(/^1 of /));
    expect(question()).toBe(shown);
    expect(document.activeElement).toBe(answer);
  });

  it('offers the deck as an Anki file and a CSV file', async () => {
    await renderStudy({ kind: 'glossary' });
    expect(glossaryCards().length).toBeGreaterThan(50);
    expect(screen.getByRole('button', { name: 'Download for Anki' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download as CSV' })).toBeTruthy();
  });

  it('picks the first card once the deck is whole: a course term first on its page', async () => {
    // The courses load after the progress: a card picked before them stayed in front (CI).
    const { key: courseKey } = await addGlossary(COURSE, { preferred: false });
    render(
      <StudyApp
        deck={{ kind: 'page', termIds: [`${courseKey}/mucositis`, 'imatinib'] }}
        now={clock}
      />,
    );
    await waitFor(() => expect(question()).toBe('What does “mucositis” mean?'));
  });

  it('studies an imported glossary as a course deck, live, and says it was not reviewed', async () => {
    render(<StudyApp deck={{ kind: 'glossary' }} now={clock} />);
    await waitFor(() => expect(count('due')).toBe('0'));
    const deckPicker = screen.getByLabelText('Deck') as HTMLSelectElement;
    expect(deckPicker.querySelector('optgroup')).toBeNull();

    // Added in the options page while Study is open: the deck appears without a reload.
    await addGlossary(COURSE, { preferred: false });
    const option = await screen.findByRole('option', { name: 'Your glossary “Week 3”' });
    expect(option.closest('optgroup')?.label).toBe('Your glossaries');
    fireEvent.change(deckPicker, { target: { value: (option as HTMLOptionElement).value } });
    await waitFor(() => expect(question()).toBe('What does “mucositis” mean?'));
    expect(count('seen')).toBe('0 of 1');

    key(' ');
    await screen.findByRole('heading', { name: 'Answer' });
    expect(document.querySelector('.tl-answer-text')?.textContent).toBe(
      'Sore, red or broken skin inside the mouth or gut.',
    );
    const source = document.querySelector('.tl-answer-source')!;
    expect(source.querySelector('a')?.getAttribute('href')).toBe('https://example.org/week-3');
    expect(source.textContent).toMatch(/^From Course notes – week 3\b.* \(September 1, 2026\)\.$/);
    expect(document.querySelector('.tl-answer-origin')?.textContent).toBe(
      "From your glossary 'Week 3' — not reviewed by Termlight",
    );
    fireEvent.keyDown(document.activeElement!, { key: '3' });
    await waitFor(async () =>
      expect((await loadProgress()).cards.has('meaning:g1/mucositis')).toBe(true),
    );
  });
});

const COURSE: ExchangeGlossary = {
  format: 'termlight-glossary',
  version: 1,
  name: 'Week 3',
  language: 'en',
  entries: [
    {
      id: 'mucositis',
      name: 'Mucositis',
      category: 'side-effect',
      forms: [{ text: 'mucositis' }],
      summary: 'Sore, red or broken skin inside the mouth or gut.',
      explanation: 'Gentle mouth care helps.',
      source: {
        title: 'Course notes – week 3',
        url: 'https://example.org/week-3',
        date: '2026-09-01',
      },
    },
  ],
};
