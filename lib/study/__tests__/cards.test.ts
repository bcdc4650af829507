import { describe, expect, it } from 'vitest';
import { GLOSSARY, getEntry, SOURCES } from '../../../data/index';
import type { Fact, GlossaryEntry } from '../../../data/types';
import { abbreviationOf, generateCards, sideEffectKey, type CardOrigin } from '../cards';
import { glossaryCards } from '../index';

const cards = glossaryCards();
const byId = (id: string) => cards.find((c) => c.id === id);

/** The glossary text an origin points at: a field path such as "sideEffects.common[2]". */
function originText({ entryId, field }: CardOrigin): string[] {
  const entry = getEntry(entryId) as GlossaryEntry;
  if (field === 'forms') return entry.forms.map((f) => f.text);
  if (field === 'name') return [entry.name];
  if (field === 'summary') return [entry.summary];
  const path = /^(drug|sideEffects)\.(\w+)(?:\[(\d+)\])?$/.exec(field);
  if (!path) throw new Error(`unknown field ${field}`);
  const [, group, key, index] = path;
  const value = (entry[group as 'drug'] as unknown as Record<string, Fact | Fact[]>)[key!]!;
  return [Array.isArray(value) ? value[Number(index)]!.text : value.text];
}

describe('generateCards', () => {
  it('gives every card a unique id and a unique front (Anki matches notes on the first field)', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(new Set(cards.map((c) => c.front)).size).toBe(cards.length);
  });

  it('traces every card to glossary facts with known sources and entries', () => {
    const sourceIds = new Set(SOURCES.map((s) => s.id));
    for (const card of cards) {
      expect(card.origins.length, card.id).toBeGreaterThan(0);
      for (const origin of card.origins) {
        expect(getEntry(origin.entryId), card.id).toBeDefined();
        expect(sourceIds.has(origin.source), card.id).toBe(true);
        expect(originText(origin).length, card.id).toBeGreaterThan(0);
      }
      for (const id of card.entryIds) expect(getEntry(id), card.id).toBeDefined();
    }
  });

  it('takes every answer from the facts it cites', () => {
    for (const card of cards) {
      const texts = card.origins.flatMap(originText).join('\n').toLowerCase();
      if (card.kind === 'side-effect-drugs') {
        // The answer names the drugs whose own facts list the effect.
        const names = card.origins.map((o) => getEntry(o.entryId)!.name.toLowerCase());
        expect(card.back.split(', ').sort(), card.id).toEqual([...new Set(names)].sort());
        for (const o of card.origins) {
          expect(sideEffectKey(originText(o)[0]!), card.id).toBe(card.front.match(/“(.+)”/)![1]);
        }
        continue;
      }
      for (const part of card.back.toLowerCase().split(' or ')) {
        expect(texts, card.id).toContain(part);
      }
    }
  });

  it('makes a term-to-meaning card for every entry', () => {
    for (const entry of GLOSSARY) {
      expect(byId(`meaning:${entry.id}`)?.back).toBe(entry.summary);
    }
  });

  it('makes brand and generic cards both ways', () => {
    expect(byId('brand-to-generic:dasatinib:Sprycel')).toMatchObject({
      front: "Sprycel is a brand name. What is the drug's generic name?",
      back: 'dasatinib',
    });
    expect(byId('generic-to-brand:dasatinib')?.back).toBe('Sprycel');
    expect(byId('generic-to-brand:imatinib')?.back).toBe('Gleevec or Glivec');
    expect(byId('brand-to-generic:imatinib:Glivec')?.back).toBe('imatinib');
  });

  it('makes kind-of-drug and target cards from the drug facts', () => {
    const entry = getEntry('blinatumomab')!;
    expect(byId('drug-kind:blinatumomab')).toMatchObject({
      back: entry.drug!.drugClass.text,
      origins: [
        { entryId: 'blinatumomab', field: 'drug.drugClass', source: entry.drug!.drugClass.source },
      ],
    });
    expect(byId('drug-target:inotuzumab-ozogamicin')?.back).toBe(
      getEntry('inotuzumab-ozogamicin')!.drug!.target.text,
    );
  });

  it('makes abbreviation cards both ways, and only for real abbreviations', () => {
    expect(byId('abbreviation:tyrosine-kinase-inhibitor')).toMatchObject({
      front: 'What does TKI stand for?',
      back: 'Tyrosine kinase inhibitor',
    });
    expect(byId('full-name-to-abbreviation:ph-positive-all')?.back).toBe('Ph+ ALL');
    const abbreviated = GLOSSARY.filter((e) => abbreviationOf(e)).map((e) => e.id);
    expect(abbreviated.sort()).toEqual([
      'acute-lymphocytic-leukemia',
      // The student-level entries of #17 that carry an abbreviation.
      'cytokine-release-syndrome',
      'icans',
      'minimal-residual-disease',
      'ph-positive-all',
      'philadelphia-chromosome',
      'tyrosine-kinase-inhibitor',
      'veno-occlusive-disease',
    ]);
  });

  it('lists every drug that names a side effect, across spellings of the fact', () => {
    const drug = getEntry('imatinib')!;
    const withEffects = (id: string, name: string, common: string[]): GlossaryEntry => ({
      ...drug,
      id,
      name,
      sideEffects: {
        ...drug.sideEffects!,
        common: common.map((text) => ({ text, source: drug.source })),
      },
    });
    const made = generateCards([
      withEffects('one', 'Onemab', ['Nausea (feeling sick to your stomach).', 'Fever.']),
      withEffects('two', 'Twomab', ['Nausea.']),
    ]).filter((c) => c.kind === 'side-effect-drugs');
    expect(made.map((c) => [c.id, c.back])).toEqual([
      ['side-effect-drugs:nausea', 'onemab, twomab'],
      ['side-effect-drugs:fever', 'onemab'],
    ]);
    expect(made[0]!.origins).toEqual([
      { entryId: 'one', field: 'sideEffects.common[0]', source: drug.source },
      { entryId: 'two', field: 'sideEffects.common[0]', source: drug.source },
    ]);
  });

  it('makes nothing from an entry that has no drug facts, brands or abbreviation', () => {
    const remission = getEntry('remission')!;
    expect(generateCards([remission]).map((c) => c.kind)).toEqual(['meaning']);
  });
});
