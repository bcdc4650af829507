import { GLOSSARY } from '../index';
import {
  entryTexts,
  fleschKincaidGrade,
  sentences,
  syllables,
  termWords,
  words,
} from './text-helpers';

const TERM_WORDS = termWords(GLOSSARY);
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
  it('counts syllables sensibly', () => {
    expect(syllables('pill')).toBe(1);
    expect(syllables('leukemia')).toBeGreaterThanOrEqual(3);
    expect(sentences('One. Two words here. Three?')).toHaveLength(3);
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

  it('reads at US grade 8 or below (Flesch-Kincaid, term names counted as short words)', () => {
    for (const e of GLOSSARY) {
      const grade = fleschKincaidGrade(entryTexts(e).join(' '), TERM_WORDS);
      expect(grade, e.id).toBeLessThanOrEqual(8);
    }
    // The whole glossary, counting even the drug names at full length.
    const all = GLOSSARY.map((e) => `${e.summary} ${e.explanation}`).join(' ');
    expect(fleschKincaidGrade(all)).toBeLessThanOrEqual(8);
  });

  it('avoids label and textbook jargon', () => {
    for (const e of GLOSSARY) {
      for (const text of entryTexts(e)) {
        for (const w of words(text)) {
          expect(JARGON, `${e.id}: "${w}" in "${text}"`).not.toContain(w.toLowerCase());
        }
      }
    }
  });

  it('never mentions milligrams or dose amounts', () => {
    const everything = JSON.stringify(GLOSSARY);
    expect(everything).not.toMatch(/\d+\s*mg|milligram/i);
    expect(everything).not.toMatch(/\bmg\b|\bmcg\b|\d+\s*(?:µg|ug|microgram)/i);
    expect(everything).not.toMatch(/\d+\s*(?:tablets?|pills?|capsules?)\b/i);
    expect(everything).not.toMatch(/\b(?:twice|once|\d+ times?) (?:a|per) day\b/i);
  });

  it('gives every drug its class, target, way of taking it and a pronunciation', () => {
    expect(DRUGS.length).toBe(7);
    for (const e of DRUGS) {
      expect(e.drug?.drugClass.text, e.id).toBeTruthy();
      expect(e.drug?.target.text, e.id).toBeTruthy();
      expect(e.drug?.howGiven.text, e.id).toBeTruthy();
      expect(e.pronunciation, e.id).toMatch(/^[a-z]+(?:-[a-zA-Z]+)+(?: [a-z]+(?:-[a-zA-Z]+)+)*$/);
      expect(e.pronunciation, e.id).toMatch(/[A-Z]{2,}/); // the stressed part in capitals
    }
    expect(GLOSSARY.find((e) => e.id === 'dasatinib')?.pronunciation).toBe('da-SA-ti-nib');
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
