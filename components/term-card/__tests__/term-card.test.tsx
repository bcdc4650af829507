import { fireEvent, render, screen, within } from '@testing-library/preact';
import { cardData } from '../../../data/card';
import { GLOSSARY } from '../../../data';
import { footerAdvice, GLANCE_SIDE_EFFECTS, TermCard } from '../term-card';

function card(id: string) {
  const data = cardData(id);
  if (!data) throw new Error(`no entry ${id}`);
  return data;
}

/** The part of the card shown before "More" is opened. */
function glance(container: Element): string {
  const clone = container.cloneNode(true) as HTMLElement;
  clone.querySelector('.tl-more-body')?.remove();
  return clone.textContent ?? '';
}

describe('TermCard', () => {
  it('answers first: name, brand, one sentence, the first common side effects', () => {
    const data = card('dasatinib');
    const { container } = render(<TermCard data={data} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Dasatinib');
    expect(screen.getByText('Drug')).toBeTruthy();
    expect(screen.getByText(/Brand name:/).parentElement!.textContent).toContain('Sprycel');
    const seen = glance(container);
    expect(seen).toContain(data.entry.summary);
    const common = data.entry.sideEffects!.common;
    for (const f of common.slice(0, GLANCE_SIDE_EFFECTS)) expect(seen).toContain(f.text);
    // The rest waits under "More", still on the card.
    for (const f of common.slice(GLANCE_SIDE_EFFECTS)) {
      expect(seen).not.toContain(f.text);
      expect(container.textContent).toContain(f.text);
    }
    expect(seen).not.toContain(data.entry.explanation);
    expect(seen).not.toContain('How it is given');
  });

  it('heads a drug group’s side effects as the group’s, a drug’s own as its own', () => {
    const tki = render(<TermCard data={card('nilotinib')} />);
    expect(glance(tki.container)).toContain('Common side effects of TKIs as a group');
    tki.unmount();
    const own = render(<TermCard data={card('inotuzumab-ozogamicin')} />);
    expect(glance(own.container)).toContain('Common side effects');
    expect(glance(own.container)).not.toContain('as a group');
  });

  it('numbers the source of the respelling and lists it with the sources', () => {
    const data = card('imatinib');
    const { container } = render(<TermCard data={data} />);
    const say = container.querySelector('.tl-say')!;
    expect(say.textContent).toContain('ih-MA-tih-nib');
    const cite = say.querySelector('.tl-cite');
    expect(cite?.getAttribute('data-source')).toBe('nci-dictionary-imatinib-mesylate');
    expect(
      container.querySelector('.tl-sources li[data-source="nci-dictionary-imatinib-mesylate"]'),
    ).toBeTruthy();
  });

  it('keeps how it is given, serious side effects, related terms and sources under More', () => {
    const { container } = render(<TermCard data={card('dasatinib')} />);
    const more = container.querySelector('details.tl-more')!;
    expect(more.hasAttribute('open')).toBe(false);
    const body = within(more.querySelector<HTMLElement>('.tl-more-body')!);
    expect(body.getByText('How it is given').nextElementSibling!.textContent).toMatch(/pill/i);
    expect(body.getByText('Serious side effects')).toBeTruthy();
    expect(body.getByRole('navigation', { name: 'Related terms' })).toBeTruthy();
    expect(body.getByText('da-SAT-i-nib')).toBeTruthy();
    fireEvent.click(more.querySelector('summary')!);
    expect(more.hasAttribute('open')).toBe(true);
  });

  it('shows the warning signs to call about at a glance', () => {
    const data = card('inotuzumab-ozogamicin');
    const { container } = render(<TermCard data={data} />);
    const seen = glance(container);
    expect(seen).toMatch(/Call your care team right away/);
    for (const f of data.entry.sideEffects!.callCareTeam) expect(seen).toContain(f.text);
  });

  it('names the source with its address and date, and a one-line advice footer', () => {
    const { container } = render(<TermCard data={card('imatinib')} />);
    const link = screen.getByRole('link', {
      name: /Targeted Therapy for Acute Lymphocytic Leukemia/,
    });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.cancer\.org\//);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.parentElement!.textContent).toContain('Last revised: October 17, 2018');
    expect(container.querySelector('footer')!.textContent).toBe(footerAdvice());
    expect(container.querySelector('.tl-advice')!.textContent).toMatch(/not medical advice/i);
  });

  it('says "date not given" rather than inventing a date', () => {
    render(<TermCard data={card('inotuzumab-ozogamicin')} />);
    expect(screen.getAllByText(/Last revised: date not given/).length).toBeGreaterThan(0);
  });

  it.each(GLOSSARY.map((e) => e.id))(
    'ties every fact of %s to its own source: a number, or none for the main source',
    (id) => {
      const data = card(id);
      const { container } = render(<TermCard data={data} />);
      const listed = [...container.querySelectorAll('.tl-sources li')].map((li) =>
        li.getAttribute('data-source'),
      );
      const studentOnly = (data.studentSources ?? []).filter(
        (s) => !data.sources.some((t) => t.id === s.id),
      );
      expect(listed).toEqual([...data.sources, ...studentOnly].map((s) => s.id));
      const e = data.entry;
      const st = e.student;
      const facts = [
        ...(e.explanationFacts ?? [{ text: e.explanation, source: e.source }]),
        ...(e.drug ? Object.values(e.drug) : []),
        ...Object.values(e.sideEffects ?? {})
          .filter((v) => Array.isArray(v))
          .flat(),
        ...(st
          ? [st.summary, ...st.facts, ...(st.properTerms ?? []), ...(st.monitoring ?? [])]
          : []),
      ];
      const expected = [
        e.source,
        ...(e.pronunciationSource ? [e.pronunciationSource] : []),
        ...facts.map((f) => f.source),
      ].filter((s) => s !== listed[0]);
      const cites = [...container.querySelectorAll<HTMLElement>('.tl-cite')];
      expect(cites.map((c) => c.getAttribute('data-source')).sort()).toEqual(expected.sort());
      for (const c of cites) {
        const n = Number(c.textContent!.replace(/\D/g, ''));
        expect(n).toBeGreaterThan(1);
        expect(listed[n - 1]).toBe(c.getAttribute('data-source'));
      }
      if (listed.length > 1) {
        expect(container.querySelector('.tl-sources li')!.textContent).toMatch(
          /Facts without a number are from this source/,
        );
      } else {
        expect(container.querySelector('.tl-sources h3')!.textContent).toMatch(/every fact/i);
      }
    },
  );

  it('keeps the student level under More by default, and opens with it when asked', () => {
    const data = card('nilotinib');
    const st = data.entry.student!;
    const plain = render(<TermCard data={data} />);
    expect(glance(plain.container)).toContain(data.entry.summary);
    expect(glance(plain.container)).not.toContain(st.summary.text);
    // In plain words the technical part waits behind its own toggle, inside More (issue #27).
    const section = plain.container.querySelector<HTMLDetailsElement>(
      '.tl-more-body details.tl-student',
    )!;
    expect(section.open).toBe(false);
    expect(section.querySelector(':scope > summary')!.textContent).toBe(
      'For students: technical details',
    );
    for (const f of st.facts) expect(section.textContent).toContain(f.text);
    const moreBody = plain.container.querySelector('.tl-more-body')!.cloneNode(true) as Element;
    moreBody.querySelector('.tl-student')!.remove();
    for (const f of st.facts) expect(moreBody.textContent).not.toContain(f.text);
    plain.unmount();

    const deep = render(<TermCard data={data} level="student" />);
    const seen = glance(deep.container);
    expect(seen).toContain(st.summary.text);
    for (const f of st.facts) expect(seen).toContain(f.text);
    expect(seen).not.toContain(data.entry.summary);
    const more = deep.container.querySelector('.tl-more-body')!;
    expect(more.textContent).toContain('In plain words');
    expect(more.textContent).toContain(data.entry.summary);
  });

  it('heads its parts one level below its name, at the level it is given', () => {
    const two = render(<TermCard data={card('dasatinib')} />);
    expect(two.container.querySelector('h2')!.textContent).toBe('Dasatinib');
    expect(two.container.querySelectorAll('h3').length).toBeGreaterThan(3);
    expect(two.container.querySelector('h4')).toBeNull();
    two.unmount();
    const three = render(<TermCard data={card('dasatinib')} headingLevel={3} />);
    expect(three.container.querySelector('h2')).toBeNull();
    expect(three.container.querySelector('h3')!.textContent).toBe('Dasatinib');
    expect(three.container.querySelectorAll('h3').length).toBe(1);
    expect(three.container.querySelectorAll('h4').length).toBeGreaterThan(3);
  });

  it('keeps the arrow out of More’s name and says that source links open a new tab', () => {
    const { container } = render(<TermCard data={card('dasatinib')} />);
    const summary = container.querySelector('.tl-more > summary')!;
    const mark = summary.querySelector('.tl-more-mark')!;
    expect(mark.getAttribute('aria-hidden')).toBe('true');
    expect(summary.textContent!.trim()).toBe('More about Dasatinib');
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.tl-sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.querySelector('.tl-sr-only')!.textContent).toBe(' (opens in a new tab)');
      expect(a.querySelector('[aria-hidden="true"]')!.textContent).toContain('↗');
    }
  });

  it('shows the plain card at the student level for an entry without one', () => {
    const data = { ...card('edema') };
    data.entry = { ...data.entry, student: undefined };
    const { container } = render(<TermCard data={data} level="student" />);
    expect(glance(container)).toContain(data.entry.summary);
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

  it('puts actions on the entry in their own row, before More', () => {
    const { container } = render(
      <TermCard data={card('imatinib')} actions={<button type="button">Save</button>} />,
    );
    const row = container.querySelector('.tl-actions')!;
    expect(row.textContent).toBe('Save');
    expect(row.nextElementSibling!.matches('details.tl-more')).toBe(true);
    const { container: plain } = render(<TermCard data={card('imatinib')} />);
    expect(plain.querySelector('.tl-actions')).toBeNull();
  });

  it.each(GLOSSARY.map((e) => e.id))('renders %s without dosing amounts', (id) => {
    const { container } = render(<TermCard data={card(id)} />);
    expect(container.textContent).not.toMatch(/\d+\s*(mg|milligram|mcg|units?)\b/i);
    expect(container.querySelector('h2')!.textContent).toBe(card(id).entry.name);
  });
});
