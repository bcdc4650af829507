import { render } from '@testing-library/preact';
import { cardData } from '../../../data/card';
import { TermCard } from '../term-card';

function card(id: string) {
  const data = cardData(id);
  if (!data) throw new Error(`no entry ${id}`);
  return data;
}

const note = (container: Element) => container.querySelector('.tl-spelled')?.textContent ?? null;

describe('the card opened from a misspelling', () => {
  it('gives the drug its proper name and brand', () => {
    const { container } = render(<TermCard data={card('imatinib')} seenAs="Gleevac" />);
    expect(note(container)).toBe(
      "Often spelled “Gleevac” — the drug's name is imatinib (Gleevec).",
    );
  });

  it('says "called" for a nickname, and the usual name of a term that is not a drug', () => {
    const blina = render(<TermCard data={card('blinatumomab')} seenAs="Blina" />);
    expect(note(blina.container)).toBe(
      "Often called “blina” — the drug's name is blinatumomab (Blincyto).",
    );
    const ph = render(
      <TermCard data={card('philadelphia-chromosome')} seenAs="philly chromosome" />,
    );
    expect(note(ph.container)).toBe(
      'Often called “philly chromosome” — the usual name is Philadelphia chromosome (Ph).',
    );
  });

  it('says nothing when the page used a proper name', () => {
    for (const seen of ['Gleevec', 'imatinib', 'IMATINIB®']) {
      const { container, unmount } = render(<TermCard data={card('imatinib')} seenAs={seen} />);
      expect(note(container)).toBeNull();
      unmount();
    }
    expect(note(render(<TermCard data={card('imatinib')} />).container)).toBeNull();
  });
});
