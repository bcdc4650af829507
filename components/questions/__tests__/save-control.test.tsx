import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { loadDraft } from '../../../lib/questions/drafts';
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

  it("moves focus to the new state's control after Save, Remove and Undo, never to <body>", async () => {
    const api = fakeApi();
    render(<SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} />);
    const save = await screen.findByRole('button', { name: 'Save to my questions' });
    await waitFor(() => expect(save).not.toHaveProperty('disabled', true));
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Remove'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Remove'));
  });

  it('empties the note box once the note is stored, and keeps it when storing fails', async () => {
    const api = fakeApi();
    render(<SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} />);
    const save = await screen.findByRole('button', { name: 'Save to my questions' });
    await waitFor(() => expect(save).not.toHaveProperty('disabled', true));
    fireEvent.click(save);
    const box = (await screen.findByLabelText('Add a note or question')) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('First');
    await waitFor(() => expect(box.value).toBe(''));
    api.changeQuestions = () => Promise.reject(new Error('Could not save.'));
    fireEvent.input(box, { target: { value: 'Second' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('Could not save.');
    expect(box.value).toBe('Second');
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
    let requests = 0;
    api.changeQuestions = (change) =>
      new Promise((resolve, reject) => {
        requests++;
        answer = () => (fail ? reject(new Error('No room left.')) : resolve(realChange(change)));
      });
    render(<SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} />);
    fireEvent.click(await screen.findByText('Suggested questions'));
    const box = screen.getByLabelText<HTMLInputElement>('How will we know it is working?');
    fireEvent.click(box);
    expect(requests).toBe(1); // the answer is pending...
    await act(async () => {}); // ...and every render the click queued has run
    expect(box.checked).toBe(true); // not sprung back
    answer();
    await screen.findByText('Question added.'); // the control has the stored answer
    expect(api.list.terms[0]!.notes).toHaveLength(1);
    expect(box.checked).toBe(true);

    fail = true;
    fireEvent.click(box);
    expect(requests).toBe(2);
    await act(async () => {});
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

describe('SaveControl: nothing the reader writes is lost', () => {
  beforeEach(() => fakeBrowser.reset());

  async function savedControl(api = fakeApi()) {
    api.list = applyOp(api.list, {
      op: 'save',
      term: { termId: 'imatinib', termName: 'Imatinib', ...page(), notes: [] },
    });
    const view = render(
      <SaveControl termId="imatinib" termName="Imatinib" page={page} api={api} />,
    );
    await screen.findByText('Saved to My questions');
    return {
      api,
      view,
      box: () => screen.getByLabelText('Add a note or question') as HTMLTextAreaElement,
    };
  }

  it('keeps a typed note when the card closes, until it is added', async () => {
    const first = await savedControl();
    fireEvent.input(first.box(), { target: { value: 'Ask about the rash' } });
    first.view.unmount(); // the card closed (Escape, a click outside, the tab closed)
    const second = await savedControl(first.api);
    await waitFor(() => expect(second.box().value).toBe('Ask about the rash'));
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('Ask about the rash');
    await waitFor(() => expect(second.box().value).toBe(''));
    second.view.unmount();
    const third = await savedControl(second.api);
    // The stored draft is gone; reading it after the control's own read, that read is done too.
    expect(await loadDraft('imatinib')).toBe('');
    await act(async () => {});
    expect(third.box().value).toBe('');
  });

  it('forgets a draft the reader clears', async () => {
    const first = await savedControl();
    fireEvent.input(first.box(), { target: { value: 'Half a thought' } });
    fireEvent.input(first.box(), { target: { value: '' } });
    first.view.unmount();
    const second = await savedControl(first.api);
    expect(await loadDraft('imatinib')).toBe('');
    await act(async () => {});
    expect(second.box().value).toBe('');
  });

  it('counts down before the limit, and keeps a pasted note over it to trim', async () => {
    const { api, box } = await savedControl();
    fireEvent.input(box(), { target: { value: 'a'.repeat(700) } });
    expect(screen.queryByText(/characters left/)).toBeNull();
    fireEvent.input(box(), { target: { value: 'a'.repeat(950) } });
    expect(screen.getByText('50 characters left')).toBeTruthy();
    expect(box().getAttribute('aria-describedby')).toBe(screen.getByText('50 characters left').id);

    fireEvent.input(box(), { target: { value: 'b'.repeat(10_000) } });
    expect(box().value).toHaveLength(10_000);
    expect(screen.getByRole('alert').textContent).toBe(
      'This note has 10000 characters; a note can have 1000. Shorten it, then add it. Your text is kept here.',
    );
    expect(box().getAttribute('aria-invalid')).toBe('true');
    const change = vi.spyOn(api, 'changeQuestions');
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(change).not.toHaveBeenCalled(); // a save would have asked the background at once
    expect(api.list.terms[0]!.notes).toEqual([]);
    expect(box().value).toHaveLength(10_000);
    expect(document.body.textContent).not.toContain('Note saved');
  });
});
