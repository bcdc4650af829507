import { describe, expect, it } from 'vitest';
import { GLOSSARY, getEntry, SOURCES } from '../../../data/index';
import type { Fact, GlossaryEntry } from '../../../data/types';
import { abbreviationOf, generateCards, type CardOrigin } from '../cards';
import { namesSideEffect } from '../side-effects';
import { nameInSentence } from '../wording';
import { glossaryCards } from '../index';

const cards = glossaryCards({ student: true });
const byId = (id: string) => cards.find((c) => c.id === id);

/** The glossary text an origin points at: a field path such as "sideEffects.common[2]". */
function originText({ entryId, field }: CardOrigin): string[] {
  const entry = getEntry(entryId) as GlossaryEntry;
  if (field === 'forms') return entry.forms.map((f) => f.text);
  if (field === 'name') return [entry.name];
  if (field === 'summary') return [entry.summary];
  if (field === 'student.summary') return [entry.student!.summary.text];
  const student = /^student\.(facts|properTerms|monitoring)\[(\d+)\]$/.exec(field);
  if (student) return [entry.student![student[1] as 'facts']![Number(student[2])]!.text];
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
        const label = card.id.slice('side-effect-drugs:'.length);
        for (const o of card.origins)
          expect(namesSideEffect(originText(o)[0]!, label), card.id).toBe(true);
        continue;
      }
      if (card.kind.startsWith('student-')) {
        expect(card.back, card.id).toBe(card.origins.flatMap(originText).join(' '));
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

  it('answers every "which drugs" card with every drug whose data names the effect', () => {
    // An independent check of the answer keys: a drug whose common side effects contain the
    // effect's words, alone or inside a list, is in the answer (#28: "rash" answered
    // blinatumomab only, though the TKIs list "Skin rash.").
    const drugs = GLOSSARY.filter((e) => e.drug && e.sideEffects);
    const effectCards = cards.filter((c) => c.kind === 'side-effect-drugs');
    expect(effectCards.length).toBeGreaterThan(5);
    for (const card of effectCards) {
      const label = card.id.slice('side-effect-drugs:'.length);
      expect(label, 'a list asked as one effect').not.toMatch(/,| and /);
      expect(card.front, card.id).toContain('in this glossary');
      const words = new RegExp(`\\b${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
      for (const drug of drugs) {
        const says = drug.sideEffects!.common.some((f) => words.test(f.text.toLowerCase()));
        if (says) expect(card.entryIds, `${card.id} leaves out ${drug.id}`).toContain(drug.id);
      }
    }
  });

  it('joins the wordings of one effect and counts the effects inside a list', () => {
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
      withEffects('one', 'Onemab', ['Nausea (feeling sick to your stomach).', 'Skin rash.']),
      withEffects('two', 'Twomab', ['Rash.', 'Headache.', 'Feeling very tired (fatigue).']),
      withEffects('three', 'Threemab', ['Nausea, chills, headache and tiredness.']),
    ]).filter((c) => c.kind === 'side-effect-drugs');
    expect(made.map((c) => [c.id, c.back])).toEqual([
      ['side-effect-drugs:nausea', 'onemab, threemab'],
      ['side-effect-drugs:rash', 'onemab, twomab'],
      ['side-effect-drugs:headache', 'twomab, threemab'],
      ['side-effect-drugs:tiredness', 'twomab, threemab'],
    ]);
    expect(made[0]!.front).toBe(
      'Which drugs in this glossary list nausea among their common side effects?',
    );
    expect(made[0]!.origins).toEqual([
      { entryId: 'one', field: 'sideEffects.common[0]', source: drug.source },
      { entryId: 'three', field: 'sideEffects.common[0]', source: drug.source },
    ]);
  });

  it('asks with names as they read in a sentence', () => {
    expect(byId('meaning:low-blood-counts')?.front).toBe('What does “low blood counts” mean?');
    expect(byId('meaning:dasatinib')?.front).toBe('What does “dasatinib” mean?');
    expect(byId('full-name-to-abbreviation:philadelphia-chromosome')?.front).toBe(
      'What is the short name for “Philadelphia chromosome”?',
    );
    expect(nameInSentence(getEntry('b-cell')!)).toBe('B cell');
    expect(nameInSentence(getEntry('t315i')!)).toBe(getEntry('t315i')!.name);
  });

  it('makes student cards only when the student level is on', () => {
    const plain = glossaryCards();
    expect(plain.some((c) => c.kind.startsWith('student-'))).toBe(false);
    const ponatinib = cards.filter((c) => c.entryIds.includes('ponatinib'));
    const kinds = ponatinib.map((c) => c.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['student-summary', 'student-boxed-warning', 'student-apart']),
    );
    const warning = byId('student-boxed-warning:ponatinib')!;
    expect(warning.back).toMatch(/boxed warning/i);
    expect(byId('student-apart:ponatinib')!.back).not.toMatch(/boxed warning/i);
    expect(byId('student-summary:ponatinib')!.back).toBe(
      getEntry('ponatinib')!.student!.summary.text,
    );
  });

  it('makes nothing from an entry that has no drug facts, brands or abbreviation', () => {
    const remission = getEntry('remission')!;
    expect(generateCards([remission]).map((c) => c.kind)).toEqual(['meaning']);
  });
});
