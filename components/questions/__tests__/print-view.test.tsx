import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cardData } from '../../../data/card';
import { SPANISH_LEVELS } from '../../../data/es/index';
import { SAMPLE, savedTerm } from '../../../lib/questions/__tests__/fixtures';
import { PrintView } from '../print-view';
import { termsInTwoLanguages } from '../terms-in-two-languages';

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
    expect(screen.queryByRole('checkbox', { name: /asked/ })).toBeNull();
    expect(screen.queryByText(/ticked as asked/)).toBeNull();
  });
});

describe('the side-by-side print view', () => {
  const list = {
    terms: [
      savedTerm('bone-marrow', {
        termName: 'bone marrow',
        notes: [{ id: 'q', text: '¿Cuándo es la próxima prueba?', asked: false, suggested: false }],
      }),
      savedTerm('imatinib', { termName: 'Imatinib' }),
    ],
  };
  const tick = () =>
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Print each term in English and Spanish, side by side',
      }),
    );

  it('prints each term in English and Spanish, each side with its lang, and says where Spanish is missing', async () => {
    const { container } = render(<PrintView list={list} titleId="t" />);
    expect(container.querySelector('[lang="es"]')).toBeNull();
    tick();
    await waitFor(() => expect(container.querySelectorAll('h2 [lang]')).toHaveLength(4));
    const [marrow, imatinib] = [...container.querySelectorAll('.tl-print-term')];
    const side = (term: Element, lang: string) =>
      [...term.querySelectorAll(`[lang="${lang}"]`)].map((el) => el.textContent);
    expect(side(marrow!, 'en')[0]).toBe('Bone marrow');
    expect(side(marrow!, 'es')[0]).toBe(SPANISH_LEVELS['bone-marrow']!.name);
    expect(side(marrow!, 'es')[1]).toBe(SPANISH_LEVELS['bone-marrow']!.summary.text);
    expect(side(marrow!, 'en')[1]).toMatch(/\w/);
    // Imatinib has no Spanish level yet: its Spanish column says so, in Spanish.
    expect(SPANISH_LEVELS.imatinib).toBeUndefined();
    expect(side(imatinib!, 'es')).toEqual([
      'Imatinib',
      'Todavía no tenemos este término en español.',
    ]);
    // The reader's own question is printed once, as written.
    expect(questions(container)).toEqual(['¿Cuándo es la próxima prueba?']);
    // The box itself stays off the paper.
    expect(
      screen.getByRole('checkbox', { name: /side by side/ }).closest('.tl-no-print'),
    ).toBeTruthy();
    tick();
    await waitFor(() => expect(container.querySelector('[lang="es"]')).toBeNull());
  });
});

describe('terms in two languages', () => {
  it('takes the English side from the card, else the saved name; Spanish only from data/es', async () => {
    const imported = savedTerm('g1/bone-marrow', { termName: 'Marrow (our list)' });
    const unknown = savedTerm('gone', { termName: 'Gone' });
    const sides = await termsInTwoLanguages([imported, unknown, savedTerm('bone-marrow')], {
      card: async (id) =>
        id === 'gone'
          ? null
          : {
              ...cardData('bone-marrow')!,
              ...(id.startsWith('g1/') ? { origin: { glossary: 'Our list' } } : {}),
            },
    });
    expect(sides.get('g1/bone-marrow')!.es).toBeNull();
    expect(sides.get('gone')).toEqual({ en: { name: 'Gone', summary: null }, es: null });
    expect(sides.get('bone-marrow')!.es!.name).toBe(SPANISH_LEVELS['bone-marrow']!.name);
  });
});
