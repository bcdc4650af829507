import { render } from '@testing-library/preact';
import { cardData } from '../../../data/card';
import { PopoverContent } from '../popover-content';

describe('PopoverContent', () => {
  it('says in plain words that a card stays open (no "Pinned")', () => {
    const { container } = render(
      <PopoverContent
        data={cardData('dasatinib')!}
        previousName={null}
        pinned
        onSelectRelated={() => undefined}
        onBack={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(container.querySelector('.tl-pin-note')?.textContent).toBe('Stays open');
    expect(container.textContent).not.toMatch(/pinned/i);
  });
});
