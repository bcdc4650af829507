import { fireEvent, render, screen } from '@testing-library/preact';
import { SAMPLE, savedTerm } from '../../../lib/questions/__tests__/fixtures';
import { PrintView } from '../print-view';

const questions = (root: Element) =>
  [...root.querySelectorAll('.tl-print-question')].map((q) => q.textContent);

describe('the print view', () => {
  it('leaves asked questions off the sheet, says so, and prints them marked when asked to', () => {
    const { container } = render(<PrintView list={SAMPLE} titleId="t" />);
    expect(questions(container)).toEqual([
      'Ask: can I take it with food?',
      'Rash on arms, "itchy", since Monday =1+1\nsecond line',
    ]);
    const note = screen.getByText('1 question you ticked as asked is not on this sheet.');
    // The note and its box are for the screen only, not the paper.
    expect(note.closest('.tl-no-print')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Print the questions already asked too' }),
    );
    expect(questions(container)).toEqual([
      'Ask: can I take it with food?',
      'How will we know it is working? (asked)',
      'Rash on arms, "itchy", since Monday =1+1\nsecond line',
    ]);
    expect(
      screen.getByText('1 question you ticked as asked is on this sheet, marked “asked”.'),
    ).toBeTruthy();
  });

  it('keeps a term whose questions were all asked, once they are asked for, and counts them', () => {
    const list = {
      terms: [
        savedTerm('dasatinib', {
          termName: 'Dasatinib',
          notes: [
            { id: 'a', text: 'One?', asked: true, suggested: false },
            { id: 'b', text: 'Two?', asked: true, suggested: false },
          ],
        }),
      ],
    };
    const { container } = render(<PrintView list={list} titleId="t" />);
    expect(container.querySelector('h2')).toBeNull();
    screen.getByText('2 questions you ticked as asked are not on this sheet.');
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Print the questions already asked too' }),
    );
    expect(container.querySelector('h2')!.textContent).toBe('Dasatinib');
    expect(questions(container)).toEqual(['One? (asked)', 'Two? (asked)']);
  });

  it('says nothing about asked questions when there are none', () => {
    render(<PrintView list={{ terms: [savedTerm('imatinib')] }} titleId="t" />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByText(/ticked as asked/)).toBeNull();
  });
});
