import { describe, expect, it } from 'vitest';
import { importedTermId, isEntryId, isTermId, splitImportedTermId } from '../term-id';

describe('the term-id rule', () => {
  it.each(['imatinib', 'ph-positive-all', 'cd19', 'x'.repeat(100)])(
    'takes the entry id %j',
    (id) => {
      expect(isEntryId(id)).toBe(true);
      expect(isTermId(id)).toBe(true);
    },
  );

  it.each(['', 'Imatinib', 'ph--all', '-all', 'all-', 'a b', 'x'.repeat(101), 'g3/x'])(
    'refuses %j as an entry id',
    (id) => expect(isEntryId(id)).toBe(false),
  );

  it('names an imported entry by its glossary key and splits it back', () => {
    const id = importedTermId('g3', 'zanubrutinib');
    expect(id).toBe('g3/zanubrutinib');
    expect(isTermId(id)).toBe(true);
    expect(splitImportedTermId(id)).toEqual({ key: 'g3', entryId: 'zanubrutinib' });
  });

  it.each(['imatinib', 'g3/', '/x', 'x3/y', 'g3/Y', 'g3/a/b'])('splits %j into nothing', (id) => {
    expect(splitImportedTermId(id)).toBeNull();
  });
});
