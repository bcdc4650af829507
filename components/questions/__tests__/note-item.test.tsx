import { fireEvent, render, screen } from '@testing-library/preact';
import { NoteItem, type NoteItemProps } from '../note-item';

describe('a question on My questions', () => {
  it('has a tick box with a visible word of its own, named with its question', () => {
    const onAsked = vi.fn();
    const props: NoteItemProps = {
      note: { id: 'n1', text: 'Can I take it with food?', asked: false, suggested: false },
      id: 'q',
      first: true,
      last: true,
      onAsked,
      onEdit: vi.fn(() => Promise.resolve(true)),
      onMove: vi.fn(),
      onDelete: vi.fn(),
    };
    const { container } = render(
      <ul>
        <NoteItem {...props} />
      </ul>,
    );
    const box = screen.getByRole('checkbox', { name: 'Asked Can I take it with food?' });
    const word = container.querySelector('.tl-q-tick')!;
    expect(word.textContent).toBe('Asked');
    expect(word.closest('.tl-sr-only')).toBeNull();
    fireEvent.click(box);
    expect(onAsked).toHaveBeenCalledWith(true);
  });
});
