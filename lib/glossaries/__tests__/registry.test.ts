import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CORE_TERM_INDEX, termIndex } from 'virtual:term-index';
import { importGlossaryFile } from '../export';
import type { ExchangeGlossary } from '../format';
import { glossaryRegistry, registryTermIndex } from '../registry';
import { addGlossary, removeGlossary, updateGlossary } from '../store';
import { readGlossaryIndex } from '../stored-index';
import { CSV_HEADER, csvFile, csvRow } from './fixtures';

function glossary(rows = [csvRow()], fileName = 'Course terms.csv'): ExchangeGlossary {
  const result = importGlossaryFile(csvFile([CSV_HEADER, ...rows], fileName));
  expect(result.problems).toEqual([]);
  return result.glossary!;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('registryTermIndex', () => {
  it('is the built-in index while no imported glossary is on', async () => {
    expect(registryTermIndex(await readGlossaryIndex())).toEqual(termIndex());
    const { key } = await addGlossary(glossary(), { preferred: false });
    await updateGlossary(key, { enabled: false });
    expect(registryTermIndex(await readGlossaryIndex())).toEqual(termIndex());
  });

  it('puts preferred glossaries before the built-in terms and the others after', async () => {
    await addGlossary(glossary(), { preferred: true });
    await addGlossary(glossary([csvRow({ name: 'Pirtobrutinib', forms: 'pirtobrutinib' })]), {
      preferred: false,
    });
    const ids = registryTermIndex(await readGlossaryIndex()).map((e) => e.id);
    expect(ids[0]).toBe('g1/zanubrutinib');
    expect(ids.at(-1)).toBe('g2/pirtobrutinib');
    expect(ids.slice(1, -1)).toEqual(termIndex().map((e) => e.id));
  });

  it('takes the built-in terms without their Spanish-only forms for a page in another language', async () => {
    await addGlossary(
      glossary([csvRow({ name: 'Pirtobrutinib', forms: 'pirtobrutinib|pirtobrutinibe' })]),
      {
        preferred: false,
      },
    );
    const index = registryTermIndex(await readGlossaryIndex(), false);
    expect(index.slice(0, -1)).toEqual(CORE_TERM_INDEX);
    // An imported glossary keeps every form it has.
    expect(index.at(-1)!.forms.map((f) => f.text)).toEqual(['pirtobrutinib', 'pirtobrutinibe']);
  });
});

describe('glossaryRegistry', () => {
  it('hands the card of a built-in entry and of an imported term', async () => {
    await addGlossary(glossary(), { preferred: false });
    const registry = glossaryRegistry();
    expect((await registry.card('imatinib'))?.entry.name).toBe('Imatinib');
    const imported = await registry.card('g1/zanubrutinib');
    expect(imported?.entry.name).toBe('Zanubrutinib');
    expect(imported?.origin).toEqual({ glossary: 'Course terms' });
    expect(await registry.card('g1/nothing')).toBeNull();
    expect(await registry.card('nothing')).toBeNull();
  });

  it('gives a built-in card the level kept beside it (the seam for the Spanish level)', async () => {
    const withLevels = vi.fn((card) => ({ ...card, disclaimer: `${card.entry.id}: extra` }));
    const registry = glossaryRegistry({ withLevels });
    expect((await registry.card('imatinib'))?.disclaimer).toBe('imatinib: extra');
    await addGlossary(glossary(), { preferred: false });
    expect((await registry.card('g1/zanubrutinib'))?.disclaimer).not.toContain('extra');
    expect(withLevels).toHaveBeenCalledTimes(1);
  });

  it('lists the cards of the imported glossaries that are on, and follows changes', async () => {
    const registry = glossaryRegistry();
    expect(await registry.importedCards()).toEqual([]);
    const changed = vi.fn();
    const stop = registry.watch(changed);
    const { key } = await addGlossary(glossary(), { preferred: false });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect((await registry.importedCards()).map((c) => c.entry.id)).toEqual(['g1/zanubrutinib']);
    await updateGlossary(key, { enabled: false });
    expect(await registry.importedCards()).toEqual([]);
    await removeGlossary(key);
    expect(await registry.card('g1/zanubrutinib')).toBeNull();
    stop();
  });
});
