/**
 * Content rules of issue #12: no dose-like wording, side effects under the source's own heading,
 * every fact sourced, the source's own wording highlighted. Each rule is tested on a broken
 * example first, so a rule that cannot fail is caught too.
 */
import { citedFacts } from '../cited-facts';
import { doseLikePhrase, misfiledSideEffects } from '../content-rules';
import { GLOSSARY, SOURCES, entryFacts, findGlossaryProblems, getEntry } from '../index';
import type { GlossaryEntry } from '../types';
import { entryTexts } from './text-helpers';

const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};
const TKIS = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'bosutinib'];

describe('dose-like wording', () => {
  it.each([
    'A pill taken by mouth every day.',
    'It is taken as a pill every day.',
    'Take it twice daily.',
    'These drugs are taken daily as pills.',
    'Once a day, with food.',
    'The usual dose is 400 mg.',
    'Take 2 tablets in the morning.',
    'It runs for 28 days.',
    'It may be repeated after 2 weeks off.',
    'Given on days 1 to 7.',
    'Take it 3 times per week.',
    'Take it once a day.',
  ])('flags "%s"', (text) => {
    expect(doseLikePhrase(text)).not.toBeNull();
  });

  it.each([
    'They are taken as pills. Your care team will tell you how to take them.',
    'All of these side effects can get worse at higher than usual doses of the drug.',
    'About 1 in 4 adults with ALL have this type.',
    'It forms when chromosomes 9 and 22 swap pieces.',
    'It holds on to two proteins at once.',
    'Into a vein, as a slow drip that runs without stopping for weeks, with breaks between rounds.',
  ])('lets "%s" through', (text) => {
    expect(doseLikePhrase(text)).toBeNull();
  });

  it('finds no dose-like wording anywhere in the glossary', () => {
    for (const e of GLOSSARY) {
      for (const text of [...entryTexts(e), e.name]) {
        expect(doseLikePhrase(text), `${e.id}: ${text}`).toBeNull();
      }
    }
  });

  it.each(TKIS)('%s says pills and that the care team explains how to take them', (id) => {
    const e = entry(id);
    expect(e.drug?.howGiven.text).toMatch(/\bpills\b/i);
    expect(e.drug?.howGiven.text).toMatch(/care team/);
    expect(e.explanation).toMatch(/\bpills\b/);
    expect(e.explanation).toMatch(/care team will tell you how to take them/);
  });
});

describe('side effects under the source’s own heading', () => {
  it('flags a TKI card that lists the lower blood counts as common', () => {
    const tki = entry('imatinib');
    const broken: GlossaryEntry = {
      ...tki,
      sideEffects: {
        ...tki.sideEffects!,
        common: [...tki.sideEffects!.common, ...(tki.sideEffects!.otherPossible ?? [])],
      },
    };
    expect(misfiledSideEffects(broken)).toHaveLength(1);
    expect(misfiledSideEffects(broken)[0]).toMatch(/Other possible side effects include/);
  });

  it('finds no side effect under the wrong heading in the glossary', () => {
    for (const e of GLOSSARY) expect(misfiledSideEffects(e), e.id).toEqual([]);
  });

  it.each([...TKIS, 'tyrosine-kinase-inhibitor'])(
    '%s lists lower red blood cell and platelet counts as other possible, at the start of treatment',
    (id) => {
      const se = entry(id).sideEffects!;
      const other = (se.otherPossible ?? []).map((f) => f.text).join(' ');
      expect(other).toMatch(/lower red blood cell and platelet counts at the start of treatment/i);
      expect(se.common.map((f) => f.text).join(' ')).not.toMatch(/red blood|platelet/i);
      expect(se.common.map((f) => f.text)).toContain(
        'Swelling around the eyes or in the hands or feet.',
      );
    },
  );
});

describe('every fact has a source', () => {
  const sourceIds = new Set(SOURCES.map((s) => s.id));

  it('gives every entry an explanation made of sourced facts', () => {
    for (const e of GLOSSARY) {
      expect(e.explanationFacts?.length, e.id).toBeGreaterThan(0);
      expect(e.explanationFacts!.map((f) => f.text).join(' '), e.id).toBe(e.explanation);
    }
  });

  it('names a known source for every fact, and a checked address and date for every source', () => {
    for (const e of GLOSSARY) {
      expect(sourceIds.has(e.source), e.id).toBe(true);
      for (const f of entryFacts(e))
        expect(sourceIds.has(f.source), `${e.id}: ${f.text}`).toBe(true);
    }
    for (const s of SOURCES) {
      expect(s.url, s.id).toMatch(/^https:\/\//);
      // A printed revision date, or else the publisher's version and the day we read it.
      expect(s.lastRevised !== null || (s.accessed !== undefined && s.accessed !== ''), s.id).toBe(
        true,
      );
    }
  });

  it('uses every listed source somewhere', () => {
    const used = new Set(GLOSSARY.flatMap((e) => citedFacts(e).map((f) => f.source)));
    for (const s of SOURCES) expect(used.has(s.id), s.id).toBe(true);
  });

  it('rejects a fact without a source', () => {
    const e = entry('remission');
    const broken = {
      ...e,
      explanationFacts: [{ text: e.explanation }],
    };
    const problems = findGlossaryProblems([broken], SOURCES);
    expect(problems.map((p) => p.field)).toContain('explanationFacts[0].source');
  });

  it('cites the immunotherapy page at its real address', () => {
    const immuno = SOURCES.find((s) => s.id === 'acs-immunotherapy-all')!;
    expect(immuno.url).toBe(
      'https://www.cancer.org/cancer/types/acute-lymphocytic-leukemia/treating/monoclonal-antibodies.html',
    );
  });
});

describe('blinatumomab’s boxed warning', () => {
  const se = entry('blinatumomab').sideEffects!;

  it('names CRS and nervous system problems from the label, citing the label', () => {
    const warning = se.serious.find((f) => /boxed warning/.test(f.text));
    expect(warning?.source).toBe('fda-label-blincyto');
    expect(warning?.text).toMatch(/cytokine release syndrome \(CRS\)/);
    expect(warning?.text).toMatch(/nervous system/);
  });

  it('puts the nervous-system signs under "call your care team"', () => {
    const signs = se.callCareTeam.map((f) => f.text).join(' ');
    for (const sign of [/seizure/, /trouble speaking/, /confusion/, /loss of balance/]) {
      expect(signs).toMatch(sign);
    }
  });
});

describe('tone: what to do first, stark facts once', () => {
  const STARK = /risk of death|life-threatening/i;

  it.each(GLOSSARY.map((e) => [e.id, e] as const))(
    '%s says a stark fact at most once, and after a care-team line',
    (_id, e) => {
      const texts = entryTexts(e);
      const stark = texts.filter((t) => STARK.test(t));
      expect(stark.length).toBeLessThanOrEqual(1);
      for (const t of stark) {
        const starkAt = t.search(STARK);
        const careAt = t.search(/care team/);
        expect(careAt, t).toBeGreaterThanOrEqual(0);
        expect(careAt, t).toBeLessThan(starkAt);
      }
    },
  );
});
