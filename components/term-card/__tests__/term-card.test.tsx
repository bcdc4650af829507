import { fireEvent, render, screen, within } from '@testing-library/preact';
import { cardData } from '../../../data/card';
import { GLOSSARY } from '../../../data';
import { TermCard } from '../term-card';

function card(id: string) {
  const data = cardData(id);
  if (!data) throw new Error(`no entry ${id}`);
  return data;
}

describe('TermCard', () => {
  it('shows a drug with its pronunciation, brand, facts and side effects, common first', () => {
    render(<TermCard data={card('dasatinib')} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Dasatinib');
    expect(screen.getByText('Drug')).toBeTruthy();
    expect(screen.getByText('da-SA-ti-nib')).toBeTruthy();
    expect(screen.getByText(/Brand name:/).parentElement!.textContent).toContain('Sprycel');
    expect(screen.getByText('Kind of drug')).toBeTruthy();
    expect(screen.getByText('How it is given').nextElementSibling!.textContent).toMatch(/pill/i);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf('Common side effects')).toBeLessThan(
      headings.indexOf('Serious side effects'),
    );
    const common = screen.getByText('Common side effects').nextElementSibling!;
    expect(within(common as HTMLElement).getAllByRole('listitem').length).toBeGreaterThan(3);
  });

  it('names the source with its address and date, and the advice line', () => {
    render(<TermCard data={card('imatinib')} />);
    const link = screen.getByRole('link', {
      name: /Targeted Therapy for Acute Lymphocytic Leukemia/,
    });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.cancer\.org\//);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.parentElement!.textContent).toContain('Last revised: October 17, 2018');
    expect(screen.getByText(/not medical advice/i).textContent).toMatch(/talk to your care team/i);
  });

  it('says "date not given" rather than inventing a date', () => {
    render(<TermCard data={card('inotuzumab-ozogamicin')} />);
    expect(screen.getAllByText(/Last revised: date not given/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Call your care team right away/)).toBeTruthy();
  });

  it('offers related terms as buttons and a way back', () => {
    const onSelect = vi.fn();
    const onBack = vi.fn();
    render(
      <TermCard
        data={card('tyrosine-kinase-inhibitor')}
        onSelectRelated={onSelect}
        back={{ name: 'Dasatinib', onBack }}
      />,
    );
    const related = within(screen.getByRole('navigation', { name: 'Related terms' }));
    fireEvent.click(related.getByRole('button', { name: 'BCR-ABL' }));
    expect(onSelect).toHaveBeenCalledWith('bcr-abl');
    fireEvent.click(screen.getByRole('button', { name: /Back to Dasatinib/ }));
    expect(onBack).toHaveBeenCalled();
  });

  it.each(GLOSSARY.map((e) => e.id))('renders %s without dosing amounts', (id) => {
    const { container } = render(<TermCard data={card(id)} />);
    expect(container.textContent).not.toMatch(/\d+\s*(mg|milligram|mcg|units?)\b/i);
    expect(container.querySelector('h2')!.textContent).toBe(card(id).entry.name);
  });
});
