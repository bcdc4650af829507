/**
 * Issue #24 for the cells, CAR T-cell and "around treatment" entries: each wrong or misleading
 * fact the audit found is pinned here by a rule over the real glossary, so it cannot come back.
 * Every rule failed on the glossary as it was before the fix (checked by hand when written).
 */
import { GLOSSARY, SOURCES, entryFacts, getEntry, studentFacts } from '../index';
import type { Fact, GlossaryEntry } from '../types';
import { entryTexts } from './text-helpers';

const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};
/** Every fact of an entry, patient and student level. */
const allFacts = (e: GlossaryEntry): Fact[] => [...entryFacts(e), ...studentFacts(e)];
const allTexts = (e: GlossaryEntry): string[] => [e.summary, ...allFacts(e).map((f) => f.text)];

/** The entries this part of #24 owns. */
const OWNED = [
  'relapsed-refractory',
  'minimal-residual-disease',
  't315i',
  'qt-prolongation',
  'pleural-effusion',
  'cytokine-release-syndrome',
  'icans',
  'car-t-cell-therapy',
  'bone-marrow',
  'blast',
  'lymphocyte',
  'b-cell',
  't-cell',
  'cd19',
  'cd22',
  'stem-cell-transplant',
  'tisagenlecleucel',
  'brexucabtagene-autoleucel',
];
const CAR_T_DRUGS = ['tisagenlecleucel', 'brexucabtagene-autoleucel'];

describe('E2: tisagenlecleucel is not approved for adults', () => {
  it('never pairs tisagenlecleucel with adults, unless the same fact keeps it to age 25', () => {
    for (const e of GLOSSARY) {
      for (const text of allTexts(e)) {
        if (/tisagenlecleucel|Kymriah/i.test(text) && /\badults?\b|\badult\b/i.test(text)) {
          expect(text, `${e.id}: ${text}`).toMatch(/\b25\b/);
        }
      }
    }
  });

  it('names the CAR T-cell therapy approved for adults, and when', () => {
    for (const id of ['immunotherapy', 'relapsed-refractory']) {
      const text = studentFacts(entry(id))
        .map((f) => f.text)
        .join(' ');
      expect(text, id).toMatch(/brexucabtagene autoleucel[^.]*2021|2021[^.]*brexucabtagene/);
      expect(text, id).toMatch(/tisagenlecleucel[^.]*(?:up to (?:age )?25|25 years)/i);
    }
  });
});

describe('E3: no "first commercial cellular therapy"', () => {
  it('is said nowhere (sipuleucel-T came first, in 2010)', () => {
    for (const e of GLOSSARY) {
      for (const text of allTexts(e)) {
        expect(text, e.id).not.toMatch(/first\b[^.]*commercial cellular therapy/i);
      }
    }
  });
});

describe('E5: the CAR T-cell boxed warnings include T-cell cancers (FDA, April 2024)', () => {
  it.each(CAR_T_DRUGS)('%s says so on the patient card, citing the FDA notice', (id) => {
    const serious = entry(id).sideEffects!.serious;
    const fact = serious.find((f) => /cancers of T cells/.test(f.text));
    expect(fact?.source).toBe('fda-2024-car-t-t-cell-malignancies');
    expect(fact?.text).toMatch(/boxed warning/);
  });
});

describe('E6: Kymriah without its removed REMS', () => {
  it('no longer speaks of a certified center or tocilizumab kept on site', () => {
    for (const e of GLOSSARY) {
      for (const text of allTexts(e)) {
        expect(text, e.id).not.toMatch(/certified treatment center|near the certified center/i);
        expect(text, e.id).not.toMatch(/kept on site/i);
      }
    }
  });

  it('tells students the REMS was removed in June 2025, from the current label', () => {
    const fact = studentFacts(entry('tisagenlecleucel')).find((f) => /REMS/.test(f.text));
    expect(fact?.text).toMatch(/removed in June 2025/);
    expect(fact?.source).toBe('openfda-kymriah-label');
  });
});

describe('M4: "neurological toxicity" is not ICANS', () => {
  it('is no form of the ICANS entry (vincristine and methotrexate harm nerves too)', () => {
    const forms = entry('icans').forms.map((f) => f.text.toLowerCase());
    expect(forms.filter((f) => /neurolog/.test(f))).toEqual([]);
  });
});

describe('M5: cells and proteins are not diseases or genes', () => {
  it.each(['bone-marrow', 'blast', 'lymphocyte', 'b-cell', 't-cell', 'cd19', 'cd22'])(
    '%s is of the kind "cells and body"',
    (id) => {
      expect(entry(id).category).toBe('body');
    },
  );
});

describe('M7: QT prolongation is a slow recharge, not a rhythm change', () => {
  it('says what it is, and that it can lead to a serious rhythm', () => {
    const e = entry('qt-prolongation');
    expect(e.summary).not.toMatch(/rhythm/);
    expect(e.summary).toMatch(/recharge/);
    expect(e.explanation).toMatch(/not a change in the heartbeat’s rhythm/);
    expect(e.explanation).toMatch(/can lead to a fast heart rhythm/);
  });
});

describe('M8: warning signs where a card tells you to act on them', () => {
  it('gives every card that speaks of signs a list of signs to call about', () => {
    // "…if you notice the signs below": the old pattern matched no card, so nothing was checked.
    const speaking = GLOSSARY.filter((e) =>
      [...(e.sideEffects?.serious ?? []), ...(e.sideEffects?.notes ?? [])].some((f) =>
        /if you notice (?:any |the |these )?signs/i.test(f.text),
      ),
    );
    expect(speaking.map((e) => e.id)).toEqual(
      expect.arrayContaining(['ponatinib', 'blinatumomab']),
    );
    for (const e of speaking) expect(e.sideEffects!.callCareTeam.length, e.id).toBeGreaterThan(0);
  });

  it.each(CAR_T_DRUGS)('%s lists signs of CRS and of nervous system problems', (id) => {
    const signs = entry(id)
      .sideEffects!.callCareTeam.map((f) => f.text)
      .join(' ');
    expect(signs).toMatch(/fever/);
    expect(signs).toMatch(/confusion/);
  });

  it('takes Kymriah’s signs from its Medication Guide', () => {
    for (const f of entry('tisagenlecleucel').sideEffects!.callCareTeam) {
      expect(f.source, f.text).toBe('dailymed-kymriah-medication-guide');
    }
  });
});

describe('M9: CAR T-cell results without a one-sided comparison', () => {
  it('drops the "67% to 100%" figure and its point/counterpoint source', () => {
    for (const id of OWNED) {
      for (const f of allFacts(entry(id))) {
        expect(f.text, id).not.toMatch(/67\s*%?\s*(?:to|-|–)\s*100/);
        expect(f.source, `${id}: ${f.text}`).not.toBe('blood-advances-car-t-vs-bite');
      }
    }
  });

  it('says what kind of trials the approvals rested on', () => {
    const text = studentFacts(entry('car-t-cell-therapy'))
      .map((f) => f.text)
      .join(' ');
    expect(text.match(/single-arm/g)?.length).toBe(2);
    expect(text).not.toMatch(/\byet\b|better than|\bvs\.?\b/i);
  });
});

describe('jargon on the patient cards, explained once', () => {
  const patientText = (e: GlossaryEntry): string => entryTexts(e).join(' ');

  it.each(OWNED)('%s explains "boxed warning", "receptor" and CRS where it uses them', (id) => {
    const text = patientText(entry(id));
    if (/boxed warning/.test(text)) expect(text).toMatch(/a warning printed in a box/);
    if (/\breceptor\b/.test(text)) expect(text).toMatch(/grabs|holds on to/);
    if (/cytokine release syndrome/i.test(text)) {
      expect(text).toMatch(/immune reaction|cytokines/);
    }
  });
});

describe('primary sources only', () => {
  /** Secondary copies and vendor pages these entries used to cite. */
  const SECONDARY = [
    'novartis-hcp-kymriah-all',
    'drugsnews-tecartus-approval-2021',
    'umls-pleural-effusion',
    'mayo-prolonged-qt-interval',
    'nci-dictionary-chimeric-antigen-receptor',
    'nhgri-talking-glossary-lymphocyte',
    'hpo-b-cells-rgd',
    'reddot-cd22-antibody-datasheet',
    'aamds-glossary-blast-cell',
    'nci-definition-all-lymphoblasts',
    'moalmanac-blincyto-mrd',
    'moalmanac-iclusig-ph-all',
    'medthority-iclusig-label-2013',
    'novartis-hcp-tasigna',
    'bms-sprycel-pediatric-ph-all-2019',
    'pfizer-hcp-bosulif',
    'blood-advances-car-t-vs-bite',
    'gardp-revive-qt-prolongation',
    'springer-icans-chapter',
    'azanza-2018-tki-pharmacology',
    'nccn-patients-all',
  ];

  it.each(OWNED)('%s cites none of the secondary sources', (id) => {
    const e = entry(id);
    for (const f of allFacts(e)) expect(SECONDARY, `${id}: ${f.text}`).not.toContain(f.source);
    expect(SECONDARY).not.toContain(e.source);
  });

  it('records, for every label these entries cite, its revision as read and the day it was read', () => {
    const cited = new Set(OWNED.flatMap((id) => allFacts(entry(id)).map((f) => f.source)));
    const labels = SOURCES.filter(
      (s) => cited.has(s.id) && /^(?:openfda|dailymed)-/.test(s.id) && s.accessed === '2026-12-06',
    );
    expect(labels.map((s) => s.id).sort()).toEqual([
      'dailymed-kymriah-medication-guide',
      'openfda-aucatzyl-label',
      'openfda-kymriah-label',
      'openfda-tasigna-label',
      'openfda-tecartus-label',
    ]);
    for (const s of labels) expect(s.lastRevised ?? s.version, s.id).toBeTruthy();
  });

  it('says Tecartus the way NCI’s dictionary does', () => {
    expect(entry('brexucabtagene-autoleucel').pronunciation).toBe(
      'brek-suh-KAB-tuh-jeen AW-toh-LOO-sel',
    );
  });
});
