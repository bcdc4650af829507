import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { updateQuestions } from '../../../lib/questions';
import { SAVE_REMISSION } from '../../../lib/questions/__tests__/fixtures';
import type { Deck } from '../../../lib/study/decks';
import { StudyLinks } from '../study-links';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

describe("the popup's Study entries", () => {
  it('offers the terms on this page and the whole glossary', () => {
    const decks: Deck[] = [];
    render(<StudyLinks pageTermIds={['imatinib', 'dasatinib']} onStudy={(d) => decks.push(d)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Study the 2 terms on this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Study the whole glossary' }));
    expect(decks).toEqual([
      { kind: 'page', termIds: ['imatinib', 'dasatinib'] },
      { kind: 'glossary' },
    ]);
    expect(screen.queryByRole('button', { name: 'Study my saved terms' })).toBeNull();
  });

  it('offers no page deck when the page has no terms', () => {
    render(<StudyLinks pageTermIds={[]} onStudy={() => {}} />);
    expect(screen.queryByRole('button', { name: /on this page/ })).toBeNull();
  });

  it('offers the saved terms once there are some', async () => {
    await updateQuestions(SAVE_REMISSION);
    const decks: Deck[] = [];
    render(<StudyLinks pageTermIds={null} onStudy={(d) => decks.push(d)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Study my saved terms' }));
    expect(decks).toEqual([{ kind: 'saved' }]);
  });
});
