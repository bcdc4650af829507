import { GLOSSARY } from '../../../data/glossary';
import { compileMatcher } from '../compile';
import { entryNamedBy } from '../name';

describe('entryNamedBy', () => {
  const matcher = compileMatcher(GLOSSARY);

  it.each([
    ['imatinib', 'imatinib'],
    ['Imatinib’s', 'imatinib'],
    ["TKIs'", 'tyrosine-kinase-inhibitor'],
    ['  Gleevec®  ', 'imatinib'],
    // The old hand-written copy of these rules said no: the matcher turns "-ies" into "-y".
    ['targeted therapies', 'targeted-therapy'],
    ['Ph+ ALL', 'ph-positive-all'],
  ])('"%s" names %s', (text, id) => {
    expect(entryNamedBy(matcher, text)).toBe(id);
  });

  it.each([
    ['two terms', 'imatinib and dasatinib'],
    ['a term inside other words', 'take imatinib'],
    ['a term with more after it', 'imatinibs-like'],
    ['an everyday word', 'all'],
    ['nothing', ''],
  ])('%s names no entry', (_, text) => {
    expect(entryNamedBy(matcher, text)).toBeNull();
  });
});
