/**
 * The drugs of the source document, and the TKI drug class.
 * Writing rules: see the top of concepts.ts.
 *
 * The five TKIs share their facts: the source document gives them for the class only (daily pills,
 * the same common side effects, no drug-specific serious ones). So they are built by one function
 * and say, instead of inventing, that serious side effects differ by drug.
 *
 * Pronunciations follow the usual US respellings of these names; they are not from the sources.
 */
import { ACS_IMMUNO, ACS_TARGETED, FDA_BESPONSA } from '../sources';
import type { Fact, GlossaryEntry, SideEffects, SourceId } from '../types';

const fact = (text: string, source: SourceId): Fact => ({ text, source });
const targeted = (text: string): Fact => fact(text, ACS_TARGETED);

/** The side effects the source document gives for all TKIs. */
function tkiSideEffects(): SideEffects {
  return {
    common: [
      targeted('Diarrhea.'),
      targeted('Nausea (feeling sick to your stomach).'),
      targeted('Muscle pain.'),
      targeted('Feeling very tired (fatigue).'),
      targeted('Skin rash.'),
      targeted('Swelling (edema) of the hands, the feet, or the skin around the eyes.'),
      targeted('Fewer red blood cells and platelets than normal, mostly early in treatment.'),
    ],
    serious: [
      targeted(
        'More serious side effects can happen. They differ from one TKI to another, so ask your care team what to watch for.',
      ),
    ],
    // The source names no warning signs for TKIs.
    callCareTeam: [],
    notes: [
      targeted('Diarrhea, nausea, muscle pain, tiredness and rash are usually mild.'),
      targeted('Side effects can be stronger when the dose is higher than usual.'),
      targeted('If one TKI does not work, or stops working, another TKI may be tried.'),
    ],
  };
}

/** Both antibody drugs are listed with immunotherapy, and also count as targeted therapy. */
const ALSO_TARGETED = targeted(
  'It is one of the immunotherapy drugs for ALL. Because it attaches to certain parts of leukemia cells, it can also count as a targeted drug.',
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
    summary: `${name} (${brandList}) is a targeted drug called a TKI, used to treat ALL whose leukemia cells have the Philadelphia chromosome (Ph+ ALL).`,
    explanation:
      `${name} blocks the abnormal BCR-ABL protein. ` +
      'This protein pushes Ph+ leukemia cells to keep growing. ' +
      `${name} is taken by mouth as a pill every day. ` +
      'Adding it to chemo makes it more likely that the leukemia goes into remission. ' +
      'Staying on it can also help stop the leukemia from returning. ' +
      'If it does not work, or stops working, another TKI may be tried.',
    drug: {
      drugClass: targeted('Tyrosine kinase inhibitor (TKI), a kind of targeted therapy.'),
      target: targeted(
        'The abnormal BCR-ABL protein, which helps leukemia cells that have the Philadelphia chromosome grow.',
      ),
      howGiven: targeted('A pill taken by mouth every day.'),
    },
    sideEffects: tkiSideEffects(),
    related: [
      'tyrosine-kinase-inhibitor',
      'bcr-abl',
      'philadelphia-chromosome',
      'ph-positive-all',
      'edema',
      'low-platelet-count',
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
    summary:
      'A tyrosine kinase inhibitor (TKI) is a kind of targeted drug that blocks certain proteins that help cancer cells grow.',
    explanation:
      'In Ph+ ALL, TKIs attack the abnormal BCR-ABL protein. ' +
      'Five of them are imatinib (Gleevec), dasatinib (Sprycel), nilotinib (Tasigna), ponatinib (Iclusig) and bosutinib (Bosulif). ' +
      'They are pills taken every day. ' +
      'Adding a TKI to chemo helps more people reach remission. ' +
      'If one TKI does not work, or stops working, another may be tried.',
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
    summary:
      'Blinatumomab (Blincyto) is an immunotherapy drug that helps the immune system attack leukemia cells in some cases of B-cell ALL.',
    explanation:
      'Blinatumomab is a lab-made antibody that grabs two proteins at the same time. ' +
      'One is CD19, found on B cells and on some leukemia cells. ' +
      'The other is CD3, found on T cells, which are immune cells. ' +
      'By pulling the two cells together, it helps the T cells attack the leukemia. ' +
      'It may be used when ALL returns, or when it no longer responds to treatment. ' +
      'It is also part of some treatment plans after chemo.',
    drug: {
      drugClass: fact('Monoclonal antibody, a kind of immunotherapy.', ACS_IMMUNO),
      target: fact(
        'CD19, found on B cells and some leukemia cells, and CD3, found on T cells (immune cells). It holds on to both at the same time.',
        ACS_IMMUNO,
      ),
      howGiven: fact(
        'Into a vein, as a slow drip that runs nonstop for 4 weeks. It may be given again after 2 weeks off. Treatment usually begins in a hospital or clinic, since serious side effects happen most often near the start.',
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
        fact('Low white blood cell counts, which make serious infections more likely.', ACS_IMMUNO),
        fact(
          'Nervous system problems, such as seizures, trouble speaking or slurred speech, passing out, confusion, or loss of balance.',
          ACS_IMMUNO,
        ),
        fact('Infusion reactions (reactions to the drip), which can be serious.', ACS_IMMUNO),
      ],
      callCareTeam: [
        fact(
          'Signs of an infusion reaction: feeling dizzy or light-headed (from low blood pressure), headache, nausea, fever or chills, shortness of breath, or wheezing. Tell your care team right away.',
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
      'Inotuzumab ozogamicin (Besponsa) is an antibody linked to a cell-killing drug, used for B-cell ALL that has returned or no longer responds to treatment.',
    explanation:
      'The antibody part finds leukemia cells by a protein called CD22 on the outside. ' +
      'It then carries the cell-killing drug inside the cell. ' +
      'It is given into a vein. ' +
      'Its label has a boxed warning, the strongest kind of warning on a drug label. ' +
      'The warning is about liver damage. ' +
      'It also warns of a higher risk of death from causes other than leukemia after a stem cell transplant. ' +
      'A stem cell transplant is a treatment that replaces the cells that make blood.',
    drug: {
      drugClass: fact(
        'Antibody-drug conjugate: an antibody joined to a drug that kills cells.',
        FDA_BESPONSA,
      ),
      target: fact('CD22, a protein on the outside of leukemia cells.', FDA_BESPONSA),
      howGiven: fact('Into a vein (IV).', FDA_BESPONSA),
    },
    sideEffects: {
      common: [
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
          'Liver damage, including veno-occlusive disease (VOD), in which small veins in the liver get blocked. This is in the boxed warning.',
          FDA_BESPONSA,
        ),
        fact(
          'After a stem cell transplant, a higher risk of death from causes other than leukemia. This is also in the boxed warning.',
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
      'low-platelet-count',
      'low-white-blood-cell-count',
    ],
    source: FDA_BESPONSA,
  },
];
