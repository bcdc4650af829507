/**
 * Issue #24 on the drug cards (data/entries/drugs.ts): each error or misleading statement the
 * audit found is pinned here, so it cannot come back. Every test failed on the data before the fix.
 */
import { OTHER_POSSIBLE_RULES } from '../content-rules';
import { getEntry, studentFacts } from '../index';
import type { GlossaryEntry } from '../types';
import { entryTexts } from './text-helpers';

const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};
const TKIS = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'bosutinib'];
const DRUG_CARDS = ['tyrosine-kinase-inhibitor', ...TKIS, 'blinatumomab', 'inotuzumab-ozogamicin'];
const patient = (id: string) => entryTexts(entry(id)).join(' ');
const student = (id: string) =>
  studentFacts(entry(id))
    .map((f) => f.text)
    .join(' ');

describe('E1: inotuzumab’s common side effects are the label’s (section 6.1, 20% or more)', () => {
  const se = entry('inotuzumab-ozogamicin').sideEffects!;

  it('lists them as common, in plain words, citing the label', () => {
    const common = se.common.map((f) => f.text).join(' ');
    for (const sign of [
      /platelets/,
      /white blood cells/,
      /Infections/,
      /red blood cells/,
      /tired/,
      /Bleeding/,
      /Fever/,
      /Nausea/,
      /Headache/,
      /Belly pain/,
      /liver/,
    ]) {
      expect(common).toMatch(sign);
    }
    for (const f of se.common) expect(f.source).toBe('fda-label-besponsa');
    expect(se.otherPossible ?? []).toEqual([]);
  });

  it('has no content rule forcing them under "other possible" any more', () => {
    expect(OTHER_POSSIBLE_RULES.map((r) => r.source)).not.toContain('fda-label-besponsa');
  });
});

describe('E4: the BCR-ABL TKIs include asciminib, approved for CML only', () => {
  it('names asciminib, its CML-only approval and T315I on the TKI card', () => {
    const text = student('tyrosine-kinase-inhibitor');
    expect(text).toMatch(/Asciminib \(Scemblix\)/);
    expect(text).toMatch(/CML, not for ALL/);
    expect(text).toMatch(/T315I/);
  });

  it('never counts "the five TKIs" as all there are', () => {
    for (const id of DRUG_CARDS) {
      for (const text of [
        ...entryTexts(entry(id)),
        ...studentFacts(entry(id)).map((f) => f.text),
      ]) {
        expect(text, id).not.toMatch(/\bfive are approved\b|\bof the five BCR-ABL TKIs\b/i);
      }
    }
    expect(student('ponatinib')).toMatch(/Asciminib/);
  });
});

describe('M1: nilotinib and bosutinib are not sold as ALL drugs', () => {
  it.each(['nilotinib', 'bosutinib'])('%s says what it is approved for, and not ALL', (id) => {
    const e = entry(id);
    const card = `${e.summary} ${e.explanation}`;
    expect(card).not.toMatch(/drug for ALL|Adding it to chemo/i);
    expect(card).toMatch(/approved for .*chronic myeloid leukemia \(CML\)/);
    expect(card).toMatch(/not approved for ALL/);
    // The benefit is the class's, said as such.
    expect(card).toMatch(/adding a TKI to chemo/);
  });
});

describe('M2: every boxed warning on the card, with what to call about', () => {
  const BOXED: Record<string, RegExp[]> = {
    nilotinib: [/heart/, /QT prolongation/, /sudden deaths/],
    ponatinib: [/blocked arteries/, /blood clots/, /heart failure/, /liver damage/],
    blinatumomab: [/cytokine release syndrome \(CRS\)/, /nervous system/, /ICANS/],
    'inotuzumab-ozogamicin': [/Liver damage/, /transplant/],
  };

  it.each(Object.keys(BOXED))('%s shows its boxed warning and signs to call about', (id) => {
    const se = entry(id).sideEffects!;
    const serious = se.serious.map((f) => f.text).join(' ');
    expect(serious).toMatch(/boxed warning/);
    for (const topic of BOXED[id]!) expect(serious).toMatch(topic);
    expect(se.callCareTeam.length).toBeGreaterThan(0);
  });

  it.each(DRUG_CARDS)('%s explains "boxed warning" once where it shows one', (id) => {
    const texts = entryTexts(entry(id));
    if (!texts.some((t) => /boxed warning/.test(t))) return;
    expect(texts.filter((t) => /A boxed warning is /.test(t))).toHaveLength(1);
  });

  it('tells dasatinib’s readers about fluid around the lungs', () => {
    expect(patient('dasatinib')).toMatch(/fluid to build up around the lungs \(pleural effusion\)/);
    expect(entry('dasatinib').sideEffects!.callCareTeam.length).toBeGreaterThan(0);
  });
});

describe('M3: the ACS’s TKI list is the group’s, not each drug’s own', () => {
  it.each(TKIS)('%s heads the ACS list as the common side effects of TKIs as a group', (id) => {
    const se = entry(id).sideEffects!;
    expect(se.common.every((f) => f.source === 'acs-targeted-therapy-all')).toBe(true);
    expect(se.commonOfGroup).toBe('TKIs');
  });

  it('says "feeling tired", never "very tired", on the drug cards', () => {
    for (const id of DRUG_CARDS) {
      for (const text of entryTexts(entry(id))) expect(text, id).not.toMatch(/very tired/i);
    }
  });
});

describe('jargon on the drug cards is explained', () => {
  it('says what cytokine release syndrome is on blinatumomab’s card', () => {
    expect(patient('blinatumomab')).toMatch(/Cytokine release syndrome \(CRS\) is a /);
  });
});
