/**
 * The glossary must cover every drug, brand name and named concept of the source document,
 * ACS "Targeted Therapy for Acute Lymphocytic Leukemia (ALL)" (rev. 2018-10-17), and the two drugs
 * it sends readers on to. The project keeps no copy of the source text, so the names are listed
 * here by hand.
 */
import { GLOSSARY, findEntryByForm, getEntry } from '../index';
import type { Fact, GlossaryEntry } from '../types';

const TARGETED = 'acs-targeted-therapy-all';

/** Generic name -> brand names, as the source document gives them (plus Glivec, see drugs.ts). */
const DRUGS: Record<string, { id: string; brands: string[] }> = {
  imatinib: { id: 'imatinib', brands: ['Gleevec', 'Glivec'] },
  dasatinib: { id: 'dasatinib', brands: ['Sprycel'] },
  nilotinib: { id: 'nilotinib', brands: ['Tasigna'] },
  ponatinib: { id: 'ponatinib', brands: ['Iclusig'] },
  bosutinib: { id: 'bosutinib', brands: ['Bosulif'] },
  blinatumomab: { id: 'blinatumomab', brands: ['Blincyto'] },
  'inotuzumab ozogamicin': { id: 'inotuzumab-ozogamicin', brands: ['Besponsa'] },
};
const TKIS = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'bosutinib'];

/** Named concepts of the source document, as it writes them -> the entry that explains them. */
const CONCEPTS: Record<string, string> = {
  'acute lymphocytic leukemia': 'acute-lymphocytic-leukemia',
  'acute lymphoblastic leukemia': 'acute-lymphocytic-leukemia',
  ALL: 'acute-lymphocytic-leukemia',
  'targeted therapy': 'targeted-therapy',
  'targeted drugs': 'targeted-therapy',
  chemotherapy: 'chemotherapy',
  chemo: 'chemotherapy',
  immunotherapy: 'immunotherapy',
  'Philadelphia chromosome': 'philadelphia-chromosome',
  'Ph+ ALL': 'ph-positive-all',
  'Philadelphia chromosome-positive ALL': 'ph-positive-all',
  'BCR-ABL': 'bcr-abl',
  'tyrosine kinase inhibitors': 'tyrosine-kinase-inhibitor',
  TKIs: 'tyrosine-kinase-inhibitor',
  TKI: 'tyrosine-kinase-inhibitor',
  remission: 'remission',
  // Side effects worth a card of their own.
  edema: 'edema',
  'low platelet counts': 'low-platelet-count',
  'lower platelet counts': 'low-platelet-count',
  'low red blood cell counts': 'low-red-blood-cell-count',
  // The source's own wording of two side effects.
  'swelling around the eyes or in the hands or feet': 'edema',
  'lower red blood cell and platelet counts': 'low-blood-counts',
  // Named in the extra sources for the two antibody drugs.
  'B-cell ALL': 'b-cell-all',
  'monoclonal antibody': 'monoclonal-antibody',
  'antibody-drug conjugate': 'antibody-drug-conjugate',
  'veno-occlusive disease': 'veno-occlusive-disease',
  'infusion reactions': 'infusion-reaction',
  'low white blood cell counts': 'low-white-blood-cell-count',
};

/** The TKI side effects the source calls common: each must appear in every TKI card's common list. */
const TKI_SIDE_EFFECTS = [
  /diarrhea/i,
  /nausea/i,
  /muscle pain/i,
  /fatigue|tired/i,
  /rash/i,
  /swelling around the eyes or in the hands or feet/i,
];
/** ...and the ones it calls "other possible". */
const TKI_OTHER_POSSIBLE = [/red blood cell/i, /platelet/i, /at the start of treatment/i];

const text = (facts: Fact[]) => facts.map((f) => f.text).join(' ');
const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};

describe('coverage of the source document', () => {
  it.each(Object.entries(DRUGS))('has a drug entry for %s and its brand names', (generic, want) => {
    const e = entry(want.id);
    expect(e.category).toBe('drug');
    expect(findEntryByForm(generic)?.id).toBe(want.id);
    for (const brand of want.brands) {
      expect(findEntryByForm(brand)?.id, brand).toBe(want.id);
      expect(e.forms.find((f) => f.text === brand)?.brand, brand).toBe(true);
    }
    // Only brand names are marked as brands.
    expect(e.forms.filter((f) => f.brand).map((f) => f.text)).toEqual(want.brands);
  });

  it.each(Object.entries(CONCEPTS))('explains "%s"', (name, id) => {
    expect(findEntryByForm(name)?.id).toBe(id);
  });

  it('has the issue’s spellings of BCR-ABL, Ph+ and ALL', () => {
    for (const t of ['BCR-ABL1', 'BCR::ABL1', 'BCR/ABL', 'BCR/ABL1', 'BCR ABL']) {
      expect(findEntryByForm(t)?.id, t).toBe('bcr-abl');
    }
    for (const t of ['Ph+', 'Ph-positive', 'Philadelphia chromosome-positive']) {
      expect(findEntryByForm(t)?.id, t).toBe('philadelphia-chromosome');
    }
    expect(findEntryByForm('imatinib mesylate')?.id).toBe('imatinib');
    // The matcher highlights this plural, so the look-up (the matcher's answer) agrees.
    expect(findEntryByForm('targeted therapies')?.id).toBe('targeted-therapy');
    expect(findEntryByForm('acute lymphoblastic leukaemia')?.id).toBe('acute-lymphocytic-leukemia');
  });

  it('marks every form with ALL, TKI or Ph as case-sensitive', () => {
    for (const e of GLOSSARY) {
      for (const f of e.forms) {
        if (/\bALL\b|TKI|\bPh\b/.test(f.text))
          expect(f.caseSensitive, `${e.id}: ${f.text}`).toBe(true);
      }
    }
  });

  it('links each TKI to the TKI class, BCR-ABL and the Philadelphia chromosome', () => {
    for (const id of TKIS) {
      expect(entry(id).related).toEqual(
        expect.arrayContaining(['tyrosine-kinase-inhibitor', 'bcr-abl', 'philadelphia-chromosome']),
      );
      expect(entry('tyrosine-kinase-inhibitor').related).toContain(id);
    }
  });

  it.each(TKIS)('gives %s the facts the source gives for all TKIs', (id) => {
    const e = entry(id);
    expect(e.drug?.drugClass.text).toMatch(/tyrosine kinase inhibitor \(TKI\)/i);
    expect(e.drug?.target.text).toMatch(/BCR-ABL/);
    expect(e.drug?.howGiven.text).toMatch(/pills/i);
    expect(e.drug?.howGiven.text).not.toMatch(/every day|daily/i);
    const se = e.sideEffects!;
    for (const pattern of TKI_SIDE_EFFECTS) expect(text(se.common)).toMatch(pattern);
    for (const pattern of TKI_OTHER_POSSIBLE) expect(text(se.otherPossible ?? [])).toMatch(pattern);
    // The general points: usually mild, worse at higher doses, another TKI may be tried.
    expect(text(se.notes)).toMatch(/mild/i);
    expect(text(se.notes)).toMatch(/higher than usual doses/i);
    expect(text(se.notes)).toMatch(/another TKI/i);
    // The ACS gives these for the group: the card heads them as the group's, not the drug's own.
    expect(se.commonOfGroup).toBe('TKIs');
    // The group's line on serious side effects comes last; anything before it is the drug's own,
    // from its own label (the ACS names no serious side effect for any one TKI).
    expect(text(se.serious.slice(-1))).toMatch(/depend on which TKI/i);
    for (const f of se.serious.slice(0, -1)) expect(f.source).not.toBe(TARGETED);
    // The group's facts come from the source document.
    const facts = [
      e.drug!.drugClass,
      e.drug!.target,
      e.drug!.howGiven,
      ...se.common,
      ...(se.otherPossible ?? []),
      ...se.serious.slice(-1),
      ...se.notes,
    ];
    for (const f of facts) expect(f.source).toBe(TARGETED);
    expect(e.source).toBe(TARGETED);
  });

  it('gives blinatumomab its targets, way of giving and serious side effects', () => {
    const e = entry('blinatumomab');
    expect(e.source).toBe('acs-immunotherapy-all');
    expect(e.drug?.drugClass.text).toMatch(/monoclonal antibody/i);
    expect(e.drug?.target.text).toMatch(/CD19/);
    expect(e.drug?.target.text).toMatch(/CD3/);
    expect(e.drug?.howGiven.text).toMatch(/vein/i);
    expect(text(e.sideEffects!.serious)).toMatch(/infection/i);
    expect(text(e.sideEffects!.callCareTeam)).toMatch(/seizure/i);
    expect(text(e.sideEffects!.callCareTeam)).toMatch(/infusion reaction/i);
  });

  it('gives inotuzumab ozogamicin its target and boxed warning', () => {
    const e = entry('inotuzumab-ozogamicin');
    expect(e.source).toBe('fda-label-besponsa');
    expect(e.drug?.drugClass.text).toMatch(/antibody-drug conjugate/i);
    expect(e.drug?.target.text).toMatch(/CD22/);
    expect(e.drug?.howGiven.text).toMatch(/vein/i);
    expect(text(e.sideEffects!.serious)).toMatch(/veno-occlusive disease/i);
    expect(text(e.sideEffects!.serious)).toMatch(/stem cell transplant/i);
    expect(text(e.sideEffects!.callCareTeam)).toMatch(/yellow skin/i);
  });

  it('says of both antibody drugs that they also count as targeted therapy, citing the source', () => {
    for (const id of ['blinatumomab', 'inotuzumab-ozogamicin']) {
      const notes = entry(id).sideEffects!.notes;
      expect(
        notes.some((n) => n.source === TARGETED && /targeted/i.test(n.text)),
        id,
      ).toBe(true);
      expect(entry(id).related).toContain('targeted-therapy');
    }
  });
});
