/**
 * The drugs of the source document, and the TKI drug class.
 * Writing rules: see the top of concepts.ts.
 *
 * The five TKIs share their facts: the source document gives them for the class only (taken as
 * pills, the same common side effects, no drug-specific serious ones). So they are built by one
 * function and say, instead of inventing, that serious side effects depend on the drug. The
 * source gives no number or timing of pills, so neither do we: the care team explains that.
 *
 * Pronunciations follow the usual US respellings of these names; they are not from the sources.
 */
import { ACS_IMMUNO, ACS_TARGETED, FDA_BESPONSA, FDA_BLINCYTO } from '../sources';
import type { Fact, GlossaryEntry, SideEffects } from '../types';
import { explained, fact } from './facts';

const targeted = (text: string): Fact => fact(text, ACS_TARGETED);

/** The side effects the source document gives for all TKIs, under the source's own headings. */
function tkiSideEffects(): SideEffects {
  return {
    common: [
      targeted('Diarrhea.'),
      targeted('Nausea (feeling sick to your stomach).'),
      targeted('Muscle pain.'),
      targeted('Feeling very tired (fatigue).'),
      targeted('Skin rash.'),
      targeted('Swelling around the eyes or in the hands or feet.'),
    ],
    // The source: "Other possible side effects include lower red blood cell and platelet counts
    // at the start of treatment." Not common ones.
    otherPossible: [
      targeted('Lower red blood cell and platelet counts at the start of treatment.'),
    ],
    serious: [
      targeted(
        'Other, more serious side effects can happen. They depend on which TKI is used, so ask your care team what to watch for.',
      ),
    ],
    // The source names no warning signs for TKIs.
    callCareTeam: [],
    notes: [
      targeted('Diarrhea, nausea, muscle pain, tiredness and rash are usually mild.'),
      targeted('All of these side effects can get worse at higher than usual doses of the drug.'),
      targeted('If one TKI does not work, or stops working, another TKI may be tried.'),
    ],
  };
}

/** Both antibody drugs are listed with immunotherapy, and also count as targeted therapy. */
const ALSO_TARGETED = targeted(
  'It is one of the immunotherapy drugs for ALL. It attaches to certain parts of leukemia cells, so it can also count as a targeted drug.',
);

interface TkiSpec {
  id: string;
  name: string;
  pronunciation: string;
  /** Generic-name forms, the first being the name itself. */
  generic: string[];
  brands: string[];
}

function tkiEntry({ id, name, pronunciation, generic, brands }: TkiSpec): GlossaryEntry {
  const brandList = brands.join(' or ');
  return {
    id,
    name,
    category: 'drug',
    forms: [...generic.map((text) => ({ text })), ...brands.map((text) => ({ text, brand: true }))],
    pronunciation,
    summary: `${name} (${brandList}) is a TKI, a targeted drug for ALL that has the Philadelphia chromosome.`,
    ...explained(
      targeted(
        `${name} blocks the abnormal BCR-ABL protein, which helps these leukemia cells grow.`,
      ),
      targeted('It is taken as pills. Your care team will tell you how to take them.'),
      targeted('Adding it to chemo makes it more likely that the leukemia goes away.'),
      targeted('Staying on it can help keep the leukemia from coming back.'),
      targeted('If it does not work, or stops working, another TKI may be tried.'),
    ),
    drug: {
      drugClass: targeted('Tyrosine kinase inhibitor (TKI), a kind of targeted therapy.'),
      target: targeted(
        'The abnormal BCR-ABL protein, which helps leukemia cells that have the Philadelphia chromosome grow.',
      ),
      howGiven: targeted('Pills taken by mouth. Your care team will explain how to take them.'),
    },
    sideEffects: tkiSideEffects(),
    related: [
      'tyrosine-kinase-inhibitor',
      'bcr-abl',
      'philadelphia-chromosome',
      'ph-positive-all',
      'edema',
      'low-blood-counts',
    ],
    source: ACS_TARGETED,
  };
}

export const DRUG_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'tyrosine-kinase-inhibitor',
    name: 'Tyrosine kinase inhibitor (TKI)',
    category: 'treatment',
    forms: [
      { text: 'tyrosine kinase inhibitor' },
      // Case-sensitive, so "tki" inside other words never matches.
      { text: 'TKI', caseSensitive: true },
    ],
    pronunciation: 'TY-roh-seen KY-nays in-HIB-ih-ter',
    summary: 'A TKI is a targeted drug that blocks a protein that helps some leukemia cells grow.',
    ...explained(
      targeted('In Ph+ ALL, TKIs attack the abnormal BCR-ABL protein.'),
      targeted('Imatinib, dasatinib, nilotinib, ponatinib and bosutinib are TKIs.'),
      targeted('They are taken as pills. Your care team will tell you how to take them.'),
      targeted('Adding a TKI to chemo helps more people reach remission.'),
      targeted('If one TKI does not work, or stops working, another may be tried.'),
    ),
    sideEffects: tkiSideEffects(),
    related: [
      'bcr-abl',
      'philadelphia-chromosome',
      'ph-positive-all',
      'targeted-therapy',
      'imatinib',
      'dasatinib',
      'nilotinib',
      'ponatinib',
      'bosutinib',
    ],
    source: ACS_TARGETED,
  },
  tkiEntry({
    id: 'imatinib',
    name: 'Imatinib',
    pronunciation: 'i-MAT-in-ib',
    generic: ['imatinib', 'imatinib mesylate'],
    // Gleevec in the US; Glivec in many other countries.
    brands: ['Gleevec', 'Glivec'],
  }),
  tkiEntry({
    id: 'dasatinib',
    name: 'Dasatinib',
    pronunciation: 'da-SA-ti-nib',
    generic: ['dasatinib'],
    brands: ['Sprycel'],
  }),
  tkiEntry({
    id: 'nilotinib',
    name: 'Nilotinib',
    pronunciation: 'nye-LOE-ti-nib',
    generic: ['nilotinib'],
    brands: ['Tasigna'],
  }),
  tkiEntry({
    id: 'ponatinib',
    name: 'Ponatinib',
    pronunciation: 'poe-NA-ti-nib',
    generic: ['ponatinib'],
    brands: ['Iclusig'],
  }),
  tkiEntry({
    id: 'bosutinib',
    name: 'Bosutinib',
    pronunciation: 'boe-SUE-ti-nib',
    generic: ['bosutinib'],
    brands: ['Bosulif'],
  }),
  {
    id: 'blinatumomab',
    name: 'Blinatumomab',
    category: 'drug',
    forms: [{ text: 'blinatumomab' }, { text: 'Blincyto', brand: true }],
    pronunciation: 'blin-a-TOOM-oh-mab',
    summary: 'Blinatumomab (Blincyto) is an immunotherapy drug for some types of B-cell ALL.',
    ...explained(
      fact('It is an antibody made in a lab. It holds on to two proteins at once.', ACS_IMMUNO),
      fact('One is CD19, found on B cells and on some leukemia cells.', ACS_IMMUNO),
      fact('The other is CD3, found on immune cells called T cells.', ACS_IMMUNO),
      fact(
        'Pulling the two cells together is thought to help the T cells attack the leukemia.',
        ACS_IMMUNO,
      ),
      fact(
        'It may be used when ALL comes back or stops responding to other treatment.',
        ACS_IMMUNO,
      ),
      fact('It may also be part of a later phase of treatment, after chemo.', ACS_IMMUNO),
    ),
    drug: {
      drugClass: fact('Monoclonal antibody, a kind of immunotherapy.', ACS_IMMUNO),
      target: fact(
        'CD19, found on B cells and some leukemia cells, and CD3, found on T cells (immune cells). It holds on to both at the same time.',
        ACS_IMMUNO,
      ),
      howGiven: fact(
        'Into a vein, as a slow drip that runs without stopping for weeks, with breaks between rounds. The first part is usually given in a hospital or clinic, since serious side effects are most common early on.',
        ACS_IMMUNO,
      ),
    },
    sideEffects: {
      common: [
        fact('Fever.', ACS_IMMUNO),
        fact('Headache.', ACS_IMMUNO),
        fact('Swelling of the hands and feet.', ACS_IMMUNO),
        fact('Nausea (feeling sick to your stomach).', ACS_IMMUNO),
        fact('Shaking (tremor).', ACS_IMMUNO),
        fact('Rash.', ACS_IMMUNO),
        fact('Constipation.', ACS_IMMUNO),
        fact('Low potassium in the blood.', ACS_IMMUNO),
      ],
      serious: [
        // What to do first, then the stark fact, once.
        fact(
          'Its label has a boxed warning for cytokine release syndrome (CRS) and for nervous system problems. Call your care team right away if you notice the signs below. These problems can be severe or life-threatening.',
          FDA_BLINCYTO,
        ),
        fact('Low white blood cell counts, which make serious infections more likely.', ACS_IMMUNO),
        fact('Infusion reactions (reactions to the drip), which can be serious.', ACS_IMMUNO),
      ],
      callCareTeam: [
        fact(
          'Signs of nervous system problems: a seizure, trouble speaking or slurred speech, passing out, confusion, or loss of balance.',
          ACS_IMMUNO,
        ),
        fact(
          'Signs of CRS, such as fever, headache, nausea, weakness, or feeling dizzy from low blood pressure.',
          FDA_BLINCYTO,
        ),
        fact(
          'Signs of an infusion reaction: feeling dizzy or light-headed, headache, nausea, fever or chills, shortness of breath, or wheezing.',
          ACS_IMMUNO,
        ),
      ],
      notes: [ALSO_TARGETED],
    },
    related: [
      'immunotherapy',
      'monoclonal-antibody',
      'b-cell-all',
      'targeted-therapy',
      'infusion-reaction',
      'low-white-blood-cell-count',
    ],
    source: ACS_IMMUNO,
  },
  {
    id: 'inotuzumab-ozogamicin',
    name: 'Inotuzumab ozogamicin',
    category: 'drug',
    forms: [
      { text: 'inotuzumab ozogamicin' },
      { text: 'inotuzumab' },
      { text: 'Besponsa', brand: true },
    ],
    pronunciation: 'in-oh-TOOZ-ue-mab oh-zoe-GAM-i-sin',
    summary:
      'Inotuzumab ozogamicin (Besponsa) is a drug for B-cell ALL that came back or did not respond to treatment.',
    ...explained(
      fact('It is an antibody joined to a drug that kills cells.', FDA_BESPONSA),
      fact('The antibody finds leukemia cells by a protein called CD22.', FDA_BESPONSA),
      fact('Then it carries the drug into the cell.', FDA_BESPONSA),
      fact('It is given into a vein.', FDA_BESPONSA),
      fact('Its label has a boxed warning about liver damage.', FDA_BESPONSA),
      fact(
        'Learn the signs of liver damage, and tell your care team at once if you notice them.',
        FDA_BESPONSA,
      ),
    ),
    drug: {
      drugClass: fact(
        'Antibody-drug conjugate: an antibody joined to a drug that kills cells.',
        FDA_BESPONSA,
      ),
      target: fact('CD22, a protein on the outside of leukemia cells.', FDA_BESPONSA),
      howGiven: fact('Into a vein (IV).', FDA_BESPONSA),
    },
    sideEffects: {
      // Our source lists these as "other side effects", not as the most common ones.
      common: [],
      otherPossible: [
        fact(
          'Low blood cell counts, such as low platelets and low white blood cells.',
          FDA_BESPONSA,
        ),
        fact('Tiredness.', FDA_BESPONSA),
        fact('Fever.', FDA_BESPONSA),
        fact('Nausea.', FDA_BESPONSA),
        fact('Headache.', FDA_BESPONSA),
        fact('Belly pain.', FDA_BESPONSA),
      ],
      serious: [
        fact(
          'Liver damage, such as veno-occlusive disease (VOD), in which small veins in the liver get blocked. This is in the boxed warning.',
          FDA_BESPONSA,
        ),
        // What to do first, then the stark fact, once on the card.
        fact(
          'If a stem cell transplant is planned, talk about it with your care team. The boxed warning says the risk of death from causes other than leukemia is higher after a transplant.',
          FDA_BESPONSA,
        ),
        fact('Low blood counts can lead to infections or bleeding.', FDA_BESPONSA),
        fact('Infusion reactions (reactions to the drip).', FDA_BESPONSA),
      ],
      callCareTeam: [
        fact('Yellow skin or yellow eyes.', FDA_BESPONSA),
        fact('Dark urine.', FDA_BESPONSA),
        fact('Belly pain or swelling.', FDA_BESPONSA),
        fact('Gaining weight fast.', FDA_BESPONSA),
        fact('Bleeding or bruising.', FDA_BESPONSA),
      ],
      notes: [ALSO_TARGETED],
    },
    related: [
      'antibody-drug-conjugate',
      'b-cell-all',
      'immunotherapy',
      'targeted-therapy',
      'veno-occlusive-disease',
      'infusion-reaction',
      'low-blood-counts',
      'low-white-blood-cell-count',
    ],
    source: FDA_BESPONSA,
  },
];
