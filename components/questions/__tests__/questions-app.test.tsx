import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { applyOp, type QuestionOp } from '../../../lib/questions/ops';
import type { QuestionList } from '../../../lib/questions/schema';
import type { LoadedQuestions } from '../../../lib/questions/store';
import { SAMPLE } from '../../../lib/questions/__tests__/fixtures';
import { QuestionsApp } from '../questions-app';
import type { QuestionsPageApi } from '../page-api';

/** A background that keeps the list in memory, and records what the page asked of the browser. */
function fakeApi(start: QuestionList, dropped: string[] = []) {
  let list = start;
  const listeners: ((loaded: LoadedQuestions) => void)[] = [];
  const calls = { ops: [] as QuestionOp[], copied: [] as string[], downloads: [] as string[] };
  const api: QuestionsPageApi = {
    fetchQuestions: async () => ({ list, dropped }),
    changeQuestions: async (op) => {
      calls.ops.push(op);
      list = applyOp(list, op);
      return { list, dropped: [] };
    },
    watch: (cb) => {
      listeners.push(cb);
      return () => undefined;
    },
    copy: async (text) => void calls.copied.push(text),
    download: (name) => void calls.downloads.push(name),
    print: vi.fn(),
  };
  const push = (next: QuestionList) => {
    list = next;
    for (const cb of listeners) cb({ list, dropped: [] });
  };
  return { api, calls, push };
}

/** The saved terms' headings, in order. */
const headings = () =>
  [...document.querySelectorAll('[data-term-id] h2')].map((h) => h.textContent);
const status = () => document.querySelector('[role=status]')!.textContent;

describe('My questions', () => {
  it('lists the saved terms, and shows changes made elsewhere', async () => {
    const { api, push } = fakeApi(SAMPLE);
    render(<QuestionsApp api={api} />);
    screen.getByText('Loading your questions…');
    await waitFor(() => expect(headings()).toEqual(['Imatinib', 'Blinatumomab']));
    push({ terms: [SAMPLE.terms[1]!] });
    await waitFor(() => expect(headings()).toEqual(['Blinatumomab']));
  });

  it('says so when nothing is saved, and offers no print or copy', async () => {
    const { api } = fakeApi({ terms: [] });
    render(<QuestionsApp api={api} />);
    await screen.findByText(/Nothing saved yet/);
    expect(screen.getByRole('button', { name: 'Print view' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Copy as text' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('names what a damaged list lost', async () => {
    const { api } = fakeApi(SAMPLE, ['Line 3: not a term']);
    render(<QuestionsApp api={api} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Part of your saved list was damaged.');
    expect(alert.textContent).toContain('Line 3: not a term');
  });

  it('shows a failed read as an error', async () => {
    const { api } = fakeApi(SAMPLE);
    api.fetchQuestions = () => Promise.reject(new Error('Storage is not available.'));
    render(<QuestionsApp api={api} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Storage is not available.');
    expect(screen.queryByText('Loading your questions…')).toBeNull();
  });

  it('removes a term with Undo, moving focus to the next term, then back', async () => {
    const { api, calls } = fakeApi(SAMPLE);
    render(<QuestionsApp api={api} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove Imatinib from my questions' }),
    );
    await waitFor(() => expect(headings()).toEqual(['Blinatumomab']));
    expect(status()).toBe('Imatinib removed.');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Remove Blinatumomab from my questions',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(headings()).toEqual(['Imatinib', 'Blinatumomab']));
    expect(calls.ops.map((op) => op.op)).toEqual(['unsave', 'restore-term']);
    expect(status()).toBe('Put back.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Remove Imatinib from my questions',
      ),
    );
  });

  it('moves focus to the title when the last term goes', async () => {
    const { api } = fakeApi({ terms: [SAMPLE.terms[1]!] });
    render(<QuestionsApp api={api} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove Blinatumomab from my questions' }),
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('My questions'));
  });

  it('shows a refused change as an error and keeps the list', async () => {
    const { api } = fakeApi(SAMPLE);
    api.changeQuestions = () => Promise.reject(new Error('Your list is full.'));
    render(<QuestionsApp api={api} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove Imatinib from my questions' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Your list is full.');
    expect(headings()).toEqual(['Imatinib', 'Blinatumomab']);
  });

  it('copies, exports, and opens the print view and comes back', async () => {
    const { api, calls } = fakeApi(SAMPLE);
    render(<QuestionsApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(status()).toBe('Copied as text.'));
    expect(calls.copied[0]).toContain('Imatinib');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(calls.downloads[0]).toMatch(/^termlight-questions-\d{4}-\d\d-\d\d\.csv$/);
    expect(status()).toBe('Exported as CSV.');

    fireEvent.click(screen.getByRole('button', { name: 'Print view' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'Questions for my visit' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(api.print).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Back to my list' }));
    const back = await screen.findByRole('button', { name: 'Print view' });
    await waitFor(() => expect(document.activeElement).toBe(back));
  });

  it('says when the browser refuses to copy', async () => {
    const { api } = fakeApi(SAMPLE);
    api.copy = () => Promise.reject(new Error('denied'));
    render(<QuestionsApp api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    expect((await screen.findByRole('alert')).textContent).toContain('did not allow copying');
  });
});
