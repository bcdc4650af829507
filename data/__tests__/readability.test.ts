import { GLOSSARY, SOURCES, entrySources } from '../index';
import {
  cardText,
  entryTexts,
  fleschKincaidGrade,
  sentences,
  syllables,
  words,
} from './text-helpers';
const DRUGS = GLOSSARY.filter((e) => e.category === 'drug');

/** Hard words from labels and papers; the cards say these things in plain words instead. */
const JARGON = [
  'administered',
  'adverse',
  'contraindicated',
  'cytopenia',
  'efficacy',
  'hematopoietic',
  'hepatic',
  'hepatotoxicity',
  'indicated',
  'intravenous',
  'malignant',
  'myelosuppression',
  'neoplasm',
  'pyrexia',
  'refractory',
  'relapsed',
  'subcutaneous',
];

describe('readability of the glossary text', () => {
  it('counts syllables with a real counter, names at their full length', () => {
    expect(syllables('pill')).toBe(1);
    expect(syllables('leukemia')).toBe(4);
    expect(syllables('blinatumomab')).toBeGreaterThanOrEqual(5);
    expect(syllables('Philadelphia')).toBe(5);
    expect(sentences('One. Two words here. Three?')).toHaveLength(3);
  });

  it('grades hard text above 8 and plain text below it (the measure can fail)', () => {
    const labelStyle =
      'Inotuzumab ozogamicin is a CD22-directed antibody-drug conjugate indicated for relapsed or refractory B-cell precursor acute lymphoblastic leukemia in adults.';
    expect(fleschKincaidGrade(labelStyle)).toBeGreaterThan(8);
    expect(
      fleschKincaidGrade('The drug is a pill. Your care team will tell you how to take it.'),
    ).toBeLessThan(8);
  });

  it('keeps every summary to one sentence of at most 25 words', () => {
    for (const e of GLOSSARY) {
      expect(sentences(e.summary), e.id).toHaveLength(1);
      expect(words(e.summary).length, e.id).toBeLessThanOrEqual(25);
    }
  });

  it('keeps explanations short: a few sentences, 20 words each on average, none over 30', () => {
    for (const e of GLOSSARY) {
      const lengths = sentences(e.explanation).map((s) => words(s).length);
      expect(lengths.length, e.id).toBeGreaterThanOrEqual(2);
      expect(lengths.length, e.id).toBeLessThanOrEqual(8);
      const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      expect(average, e.id).toBeLessThanOrEqual(20);
      expect(Math.max(...lengths), e.id).toBeLessThanOrEqual(30);
    }
  });

  it('keeps every sentence of every fact under 30 words', () => {
    for (const e of GLOSSARY) {
      for (const text of entryTexts(e)) {
        for (const s of sentences(text)) {
          expect(words(s).length, `${e.id}: ${s}`).toBeLessThanOrEqual(30);
        }
      }
    }
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))(
    '%s: summary and explanation read at US grade 8 or below (Flesch-Kincaid)',
    (_id, e) => {
      expect(fleschKincaidGrade(cardText(e))).toBeLessThanOrEqual(8);
    },
  );

  it.each(GLOSSARY.map((e) => [e.id, e] as const))(
    '%s: all of its text, facts included, reads at grade 8 or below',
    (_id, e) => {
      expect(fleschKincaidGrade(entryTexts(e).join(' '))).toBeLessThanOrEqual(8);
    },
  );

  it('avoids label and textbook jargon, except in naming the entry’s own term', () => {
    for (const e of GLOSSARY) {
      // "Relapsed or refractory" must be able to say "refractory" while explaining it.
      const own = new Set(e.forms.flatMap((f) => words(f.text.toLowerCase())));
      for (const text of entryTexts(e)) {
        for (const w of words(text).filter((w) => !own.has(w.toLowerCase()))) {
          expect(JARGON, `${e.id}: "${w}" in "${text}"`).not.toContain(w.toLowerCase());
        }
      }
    }
  });

  it('never mentions milligrams or dose amounts', () => {
    const everything = JSON.stringify(GLOSSARY);
    expect(everything).not.toMatch(/\d+\s*mg|milligram/i);
    expect(everything).not.toMatch(/\bmg\b|\bmcg\b|\d+\s*(?:µg|ug|microgram)/i);
  });

  it('gives every drug its class, target and way of taking it', () => {
    expect(DRUGS.length).toBeGreaterThanOrEqual(7);
    for (const e of DRUGS) {
      expect(e.drug?.drugClass.text, e.id).toBeTruthy();
      expect(e.drug?.target.text, e.id).toBeTruthy();
      expect(e.drug?.howGiven.text, e.id).toBeTruthy();
    }
  });

  it('gives a respelling only with the source it comes from, stress in capitals', () => {
    const sourceIds = new Set(SOURCES.map((s) => s.id));
    // The CAR T cards are facts-rest's (issue #24); they get their sources there. Shrink this list.
    const NOT_YET_SOURCED = new Set(['tisagenlecleucel', 'brexucabtagene-autoleucel']);
    for (const e of GLOSSARY.filter((g) => g.pronunciation !== undefined)) {
      if (NOT_YET_SOURCED.has(e.id) && e.pronunciationSource === undefined) continue;
      expect(e.pronunciation, e.id).toMatch(
        /^[a-zA-Z]+(?:-[a-zA-Z]+)*(?: [a-zA-Z]+(?:-[a-zA-Z]+)*)*$/,
      );
      expect(e.pronunciation, e.id).toMatch(/[A-Z]{2,}/); // the stressed part in capitals
      expect(e.pronunciationSource, e.id).toBeDefined();
      expect(sourceIds.has(e.pronunciationSource!), e.id).toBe(true);
      // The card lists it with its other sources.
      expect(
        entrySources(e).map((s) => s.id),
        e.id,
      ).toContain(e.pronunciationSource);
    }
    // NCI's own respellings where we could read them (issue #24).
    const imatinib = GLOSSARY.find((e) => e.id === 'imatinib');
    expect(imatinib?.pronunciation).toBe('ih-MA-tih-nib');
    expect(imatinib?.pronunciationSource).toBe('nci-dictionary-imatinib-mesylate');
  });

  it('links every entry to at least one other entry', () => {
    for (const e of GLOSSARY) expect(e.related.length, e.id).toBeGreaterThan(0);
  });

  it('uses a calm tone: no exclamation marks or shouting', () => {
    for (const e of GLOSSARY) {
      for (const text of entryTexts(e)) {
        expect(text, e.id).not.toContain('!');
        expect(text, e.id).not.toMatch(/\b(?:deadly|fatal|terrifying|dangerous)\b/i);
      }
    }
  });
});
