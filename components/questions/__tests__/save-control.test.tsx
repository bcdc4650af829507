import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { applyOp, type QuestionOp } from '../../../lib/questions/ops';
import type { QuestionList } from '../../../lib/questions/schema';
import { SaveControl, type QuestionsApi } from '../save-control';

/** The background, in memory: the same applyOp the real one runs. */
function fakeApi(): QuestionsApi & { list: QuestionList } {
  const api = {
    list: { terms: [] } as QuestionList,
    fetchSavedTerm: async (termId: string) => ({
      term: api.list.terms.find((t) => t.termId === termId) ?? null,
      prompts: ['How will we know it is working?', 'What does this mean for me?'],
      promptsLabel: 'Questions you could ask (ideas from Termlight, not medical advice)',
    }),
    fetchQuestions: async () => ({ list: api.list, dropped: [] }),
    changeQuestions: async (change: QuestionOp) => {
      api.list = applyOp(api.list, change);
      return { list: api.list, dropped: [] };
    },
  };
  return api;
}

const page = () => ({
  pageTitle: 'Targeted therapy',
  pageUrl: 'https://example.org/all',
  context: 'Imatinib is a pill.',
});

afterEach(cleanup);

describe('SaveControl', () => {
  it('saves with one click, adds a note and a picked prompt, removes with undo', async () => {
    const api = fakeApi();
    const used = vi.fn();
    render(
      <SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} onUse={used} />,
    );
    const save = await screen.findByRole('button', { name: 'Save to my questions' });
    await waitFor(() => expect(save).not.toHaveProperty('disabled', true));
    fireEvent.click(save);
    await screen.findByText('Saved to My questions');
    expect(used).toHaveBeenCalled();
    expect(api.list.terms[0]).toMatchObject({ termId: 'imatinib', context: 'Imatinib is a pill.' });

    fireEvent.input(screen.getByLabelText('Add a note or question'), {
      target: { value: 'Ask: can I take it with food?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('Ask: can I take it with food?');

    fireEvent.click(screen.getByLabelText('How will we know it is working?'));
    await waitFor(() =>
      expect(api.list.terms[0]!.notes.map((n) => [n.text, n.suggested])).toEqual([
        ['Ask: can I take it with food?', false],
        ['How will we know it is working?', true],
      ]),
    );
    expect(screen.getByText(/not medical advice/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('Saved to My questions');
    expect(api.list.terms[0]!.notes).toHaveLength(2);
  });

  it('keeps a ticked suggestion ticked while the background answers, and unticks it if that fails', async () => {
    const api = fakeApi();
    api.list = applyOp(api.list, {
      op: 'save',
      term: { termId: 'imatinib', termName: 'Imatinib', ...page(), notes: [] },
    });
    const realChange = api.changeQuestions;
    let answer!: () => void;
    let fail = false;
    api.changeQuestions = (change) =>
      new Promise((resolve, reject) => {
        answer = () => (fail ? reject(new Error('No room left.')) : resolve(realChange(change)));
      });
    render(<SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} />);
    fireEvent.click(await screen.findByText('Suggested questions'));
    const box = screen.getByLabelText<HTMLInputElement>('How will we know it is working?');
    fireEvent.click(box);
    await new Promise((r) => setTimeout(r, 20));
    expect(box.checked).toBe(true); // not sprung back while the answer is pending
    answer();
    await screen.findByText('Question added.'); // the control has the stored answer
    expect(api.list.terms[0]!.notes).toHaveLength(1);
    expect(box.checked).toBe(true);

    fail = true;
    fireEvent.click(box);
    await new Promise((r) => setTimeout(r, 20));
    expect(box.checked).toBe(false);
    answer();
    await screen.findByRole('alert');
    await waitFor(() => expect(box.checked).toBe(true)); // the stored list still has it
  });

  it('shows the reason when saving fails (storage full)', async () => {
    const api = fakeApi();
    api.changeQuestions = async () => {
      throw new Error('Your browser has no room left to save this. Nothing was changed.');
    };
    render(<SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} />);
    const save = await screen.findByRole('button', { name: 'Save to my questions' });
    await waitFor(() => expect(save).not.toHaveProperty('disabled', true));
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no room left/);
  });
});
