import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { toCsv } from '../../../lib/questions/export';
import type { QuestionOp } from '../../../lib/questions/ops';
import { SAMPLE } from '../../../lib/questions/__tests__/fixtures';
import { RestoreSection } from '../restore-section';

function choose(file: File) {
  const input = screen.getByLabelText('Choose a file to restore') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Restore from a file', () => {
  it('names a PDF as a PDF, next to the file picker, and moves focus to the message', async () => {
    render(<RestoreSection list={SAMPLE} apply={vi.fn()} />);
    choose(new File(['%PDF-1.7\n1 0 obj'], 'Clinic letter.pdf', { type: 'application/pdf' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This is a PDF, not a Termlight questions file.');
    expect(alert.textContent).not.toMatch(/Line \d|quote/);
    expect(alert.closest('section')!.querySelector('input[type=file]')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('offers Add to my list as well as Replace, and adds with Undo', async () => {
    const applied: QuestionOp[] = [];
    render(<RestoreSection list={SAMPLE} apply={async (op) => void applied.push(op)} />);
    choose(new File([toCsv(SAMPLE)], 'questions.csv', { type: 'text/csv' }));
    const ask = await screen.findByRole('alert');
    expect(ask.textContent).toContain('questions.csv holds 2 terms.');
    expect(ask.textContent).toContain('Your list has 2 terms now.');
    expect(ask.textContent).not.toContain('(s)');
    expect(screen.getByRole('button', { name: 'Replace my list' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add to my list' }));
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('The file was added to your list.');
    expect(applied.map((op) => op.op)).toEqual(['merge']);
    await waitFor(() => expect(document.activeElement).toBe(done));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(applied.map((op) => op.op)).toEqual(['merge', 'replace']));
    expect(applied[1]).toEqual({ op: 'replace', list: SAMPLE });
  });

  it('shows a refused change here too', async () => {
    render(
      <RestoreSection
        list={SAMPLE}
        apply={() => Promise.reject(new Error('Your list is full (200 terms).'))}
      />,
    );
    choose(new File([toCsv(SAMPLE)], 'questions.csv'));
    fireEvent.click(await screen.findByRole('button', { name: 'Add to my list' }));
    await waitFor(() =>
      expect(document.getElementById('tl-import-errors')?.textContent).toContain(
        'Your list is full (200 terms).',
      ),
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('tl-import-errors'));
  });
});
