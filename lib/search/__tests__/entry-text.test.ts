import { getEntry } from '../../../data/index';
import type { GlossaryEntry } from '../../../data/types';
import { entryText, textPartLabel } from '../entry-text';

describe('entryText', () => {
  it('reads the card text of a drug with its parts, and no ids, names or sources', () => {
    const texts = entryText(getEntry('dasatinib')!);
    const labels = new Set(texts.map((t) => textPartLabel(t.part)));
    expect(labels).toEqual(
      new Set([
        'summary',
        'explanation',
        'kind of drug',
        'what it targets',
        'how it is given',
        'side effect',
        'serious side effect',
        'call your care team',
        'about side effects',
        'for students',
      ]),
    );
    expect(texts).toContainEqual({
      part: 'sideEffect',
      text: 'Nausea (feeling sick to your stomach).',
    });
    const all = texts.map((t) => t.text).join(' ');
    expect(all).not.toContain('acs-'); // source ids
    expect(all).not.toContain('da-SAT-i-nib'); // pronunciation
    expect(all).not.toContain('lls-drug'); // its source
  });

  it('reads the explanation once, from its facts', () => {
    const entry = getEntry('imatinib')!;
    const explanation = entryText(entry).filter((t) => t.part === 'explanation');
    expect(explanation.map((t) => t.text).join(' ')).toBe(entry.explanation);
  });

  it('reads fields it does not know, such as a student level added later', () => {
    const entry = {
      ...getEntry('imatinib')!,
      student: {
        summary: { text: 'A BCR-ABL1 tyrosine kinase inhibitor.', source: 'x' },
        facts: [{ text: 'Binds the ATP site of BCR-ABL1.', source: 'x' }],
      },
      somethingNew: ['Another line.'],
    } as unknown as GlossaryEntry; // somethingNew is not a field GlossaryEntry knows
    const texts = entryText(entry);
    expect(texts).toContainEqual({
      part: 'student',
      text: 'Binds the ATP site of BCR-ABL1.',
    });
    expect(texts).toContainEqual({ part: 'cardText', text: 'Another line.' });
    expect(textPartLabel('cardText')).toBe('card text');
  });
});
