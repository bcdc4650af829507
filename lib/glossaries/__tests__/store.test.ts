import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importGlossaryFile } from '../export';
import type { ExchangeGlossary } from '../format';
import {
  addGlossary,
  GlossaryStoreError,
  loadGlossary,
  loadGlossaryIndex,
  removeGlossary,
  updateGlossary,
  watchGlossaryIndex,
} from '../store';
import { decodeGlossaryIndex, GLOSSARY_INDEX_KEY, importedTerms } from '../stored-index';
import { splitImportedTermId } from '../../../data/term-id';
import { CSV_HEADER, csvFile, csvRow } from './fixtures';

const NOW = new Date('2026-12-01T12:00:00Z');

function glossary(rows = [csvRow()], fileName = 'Course terms.csv'): ExchangeGlossary {
  const result = importGlossaryFile(csvFile([CSV_HEADER, ...rows], fileName));
  expect(result.problems).toEqual([]);
  return result.glossary!;
}

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('addGlossary', () => {
  it('saves the index and the text, versioned, in storage.local', async () => {
    const info = await addGlossary(glossary(), { preferred: false }, NOW);
    expect(info).toEqual({
      key: 'g1',
      name: 'Course terms',
      enabled: true,
      preferred: false,
      importedAt: '2026-12-01T12:00:00.000Z',
      terms: [['zanubrutinib', 'drug', ['zanubrutinib', 'Brukinsa']]],
    });
    expect(await stored(GLOSSARY_INDEX_KEY)).toEqual({
      version: 1,
      nextKey: 2,
      glossaries: [info],
    });
    expect(await loadGlossary('g1')).toEqual(glossary());
  });

  it('writes the index and the text in one call, so a failed write changes nothing', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addGlossary(glossary(), { preferred: false })).rejects.toThrow(
      new GlossaryStoreError(
        'Your browser has no room left to save this glossary. Nothing was changed. Remove a glossary you no longer use, then try again.',
      ),
    );
    expect(set).toHaveBeenCalledTimes(1);
    expect(await loadGlossaryIndex()).toEqual({ nextKey: 1, glossaries: [] });
  });

  it('gives every import a new key and drops the glossary it replaces', async () => {
    await addGlossary(glossary(), { preferred: false });
    await addGlossary(glossary(), { preferred: true, replaces: 'g1' });
    const index = await loadGlossaryIndex();
    expect(index.glossaries.map((g) => [g.key, g.preferred])).toEqual([['g2', true]]);
    expect(await stored('glossary:g1')).toBeUndefined();
    expect(await loadGlossary('g2')).not.toBeNull();
  });
});

describe('updateGlossary and removeGlossary', () => {
  it('turns a glossary off and on, and removes it with its text', async () => {
    await addGlossary(glossary(), { preferred: false });
    expect((await updateGlossary('g1', { enabled: false })).glossaries[0]?.enabled).toBe(false);
    expect((await loadGlossaryIndex()).glossaries[0]?.enabled).toBe(false);
    expect(await removeGlossary('g1')).toEqual({ nextKey: 2, glossaries: [] });
    expect(await stored('glossary:g1')).toBeUndefined();
  });

  it('tells watchers about every change', async () => {
    const seen: number[] = [];
    const stop = watchGlossaryIndex((index) => seen.push(index.glossaries.length));
    await addGlossary(glossary(), { preferred: false });
    await removeGlossary('g1');
    stop();
    await addGlossary(glossary(), { preferred: false });
    expect(seen).toEqual([1, 0]);
  });
});

describe('damaged storage', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'glossaries'],
    ['a list', []],
    ['no glossary list', { version: 1 }],
  ])('reads %s as no glossaries', (_, raw) => {
    expect(decodeGlossaryIndex(raw)).toEqual({ nextKey: 1, glossaries: [] });
  });

  it('drops only the damaged records and rows, and never reuses a key', () => {
    const index = decodeGlossaryIndex({
      version: 1,
      nextKey: 1,
      glossaries: [
        {
          key: 'g4',
          name: 'Good',
          enabled: true,
          preferred: false,
          importedAt: 'x',
          terms: [
            ['a', 'drug', ['alpha']],
            ['b', 'herb', ['beta']],
            ['c', 'drug', [42]],
          ],
        },
        { key: 'x', name: 'Bad key', terms: [] },
        { key: 'g5', name: 7, terms: [] },
        'nonsense',
      ],
    });
    expect(index.nextKey).toBe(5);
    expect(index.glossaries.map((g) => [g.key, g.terms])).toEqual([
      ['g4', [['a', 'drug', ['alpha']]]],
    ]);
  });

  it('gives null for a glossary text that is missing or no longer passes the checks', async () => {
    expect(await loadGlossary('g9')).toBeNull();
    await fakeBrowser.storage.local.set({ 'glossary:g9': { format: 'termlight-glossary' } });
    expect(await loadGlossary('g9')).toBeNull();
  });
});

describe('importedTerms', () => {
  it('gives the entries of glossaries that are on, with unique ids, preferred ones first', async () => {
    await addGlossary(glossary(), { preferred: false });
    await addGlossary(glossary([csvRow({ name: 'Blast', forms: 'blast|blasts cell' })], 'B.csv'), {
      preferred: true,
    });
    await addGlossary(glossary([csvRow({ name: 'Off', forms: 'offterm' })], 'C.csv'), {
      preferred: false,
    });
    await updateGlossary('g3', { enabled: false });
    const terms = importedTerms(await loadGlossaryIndex());
    expect(terms.before.map((e) => e.id)).toEqual(['g2/blast']);
    expect(terms.after.map((e) => e.id)).toEqual(['g1/zanubrutinib']);
    expect([...terms.categories]).toEqual([
      ['g1/zanubrutinib', 'drug'],
      ['g2/blast', 'drug'],
    ]);
  });

  it('splits imported ids and leaves built-in ones alone', () => {
    expect(splitImportedTermId('g3/zanubrutinib')).toEqual({ key: 'g3', entryId: 'zanubrutinib' });
    expect(splitImportedTermId('imatinib')).toBeNull();
  });
});
