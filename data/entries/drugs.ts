/**
 * The drugs of the source document, and the TKI drug class.
 * Writing rules: see the top of concepts.ts.
 *
 * The ACS page gives the TKIs' common side effects for the group only, so each TKI card shows that
 * list under "Common side effects of TKIs as a group" (sideEffects.commonOfGroup), never as the
 * drug's own list. What sets each drug apart comes from its own US label (openFDA or DailyMed) or
 * from LLS: what it is approved for, its boxed warning and the signs to call about. No number or
 * timing of pills: the care team explains that.
 *
 * Respellings ("Say it") come from NCI's dictionary on cancer.gov where we could read it, else from
 * LLS's drug pages; a drug whose respelling no primary source gave us shows none.
 */
import {
  ACS_IMMUNO,
  ACS_TARGETED,
  BCU_DASATINIB,
  DAILYMED_BESPONSA_2024,
  DAILYMED_ICLUSIG,
  DAILYMED_ICLUSIG_MEDGUIDE,
  DAILYMED_TASIGNA_MEDGUIDE,
  FDA_BESPONSA,
  FDA_BLINCYTO,
  FRANQUIZ_BLINATUMOMAB_REVIEW as FRANQUIZ,
  IJMPO_DASATINIB_REVIEW,
  IMATINIB_REVIEW,
  INOTUZUMAB_REVIEW,
  DEININGER_PONATINIB_MUTATIONS as DEININGER,
  LLS_ASCIMINIB_2021,
  LLS_DASATINIB,
  LLS_IMATINIB,
  LLS_PONATINIB,
  MASIELLO_FLUID_RETENTION as MASIELLO,
  MILLER_PONATINIB_REVIEW,
  NCI_CRS,
  NCI_DICT_IMATINIB,
  OPENFDA_BOSUTINIB,
  OPENFDA_TASIGNA,
  SWEET_BOSUTINIB_REVIEW as SWEET,
} from '../sources';
import type { Fact, GlossaryEntry, SideEffects, SourceId, StudentLevel } from '../types';
import { explained, fact } from './facts';

/**
 * What a boxed warning is, said once on each card that has one, citing that drug's label.
 */
const boxedWarningIs = (label: SourceId): Fact =>
  fact(
    'A boxed warning is a warning set in a box at the top of a drug label, for its most serious risks.',
    label,
  );

/** Of the five older BCR-ABL TKIs, only ponatinib covers T315I: said on each of the other four. */
const NOT_T315I = fact(
  'It does not inhibit BCR-ABL1 carrying the T315I mutation: in 2014 ponatinib was the only approved TKI that did.',
  MILLER_PONATINIB_REVIEW,
);

/** Asciminib, the BCR-ABL TKI approved after the five, for CML only. */
const ASCIMINIB = fact(
  'Asciminib (Scemblix), approved in 2021, is also active against T315I, but its approvals are for Ph+ CML, not for ALL.',
  LLS_ASCIMINIB_2021,
);

const targeted = (text: string): Fact => fact(text, ACS_TARGETED);

/** The side effects the ACS page gives for all TKIs, under the source's own headings. */
function tkiGroupSideEffects(): Pick<SideEffects, 'common' | 'otherPossible'> {
  return {
    common: [
      targeted('Diarrhea.'),
      targeted('Nausea (feeling sick to your stomach).'),
      targeted('Muscle pain.'),
      targeted('Feeling tired (fatigue).'),
      targeted('Skin rash.'),
      targeted('Swelling around the eyes or in the hands or feet.'),
    ],
    // The source: "Other possible side effects include lower red blood cell and platelet counts
    // at the start of treatment." Not common ones.
    otherPossible: [
      targeted('Lower red blood cell and platelet counts at the start of treatment.'),
    ],
  };
}

const TKI_NOTES: readonly Fact[] = [
  targeted('Diarrhea, nausea, muscle pain, tiredness and rash are usually mild.'),
  targeted('All of these side effects can get worse at higher than usual doses of the drug.'),
  targeted('If one TKI does not work, or stops working, another TKI may be tried.'),
];

const TKI_SERIOUS_VARY = targeted(
  'Other, more serious side effects can happen. They depend on which TKI is used, so ask your care team what to watch for.',
);

/** Both antibody drugs are listed with immunotherapy, and also count as targeted therapy. */
const ALSO_TARGETED = targeted(
  'It is one of the immunotherapy drugs for ALL. It attaches to certain parts of leukemia cells, so it can also count as a targeted drug.',
);

interface TkiSpec {
  id: string;
  name: string;
  /** The respelling and where it comes from; left out where no primary source gave one. */
  say?: { pronunciation: string; source: SourceId };
  /** Generic-name forms, the first being the name itself. */
  generic: string[];
  brands: string[];
  /** What the drug is approved for in the US, from its label or LLS. */
  approvedFor: Fact;
  /** Serious side effects of this drug (its boxed warning first), before the group's line. */
  serious?: Fact[];
  /** Signs to call the care team about, from the drug's Medication Guide or LLS. */
  callCareTeam?: Fact[];
  /** What sets this TKI apart, from its label and reviews. */
  student: StudentLevel;
}

function tkiEntry(spec: TkiSpec): GlossaryEntry {
  const { id, name, say, generic, brands, approvedFor, student } = spec;
  const brandList = brands.join(' or ');
  return {
    id,
    name,
    category: 'drug',
    forms: [...generic.map((text) => ({ text })), ...brands.map((text) => ({ text, brand: true }))],
    ...(say && { pronunciation: say.pronunciation, pronunciationSource: say.source }),
    summary: `${name} (${brandList}) is a TKI, a targeted drug that blocks the abnormal BCR-ABL protein.`,
    ...explained(
      targeted(
        `The BCR-ABL protein helps leukemia cells that have the Philadelphia chromosome grow.`,
      ),
      approvedFor,
      targeted('It is taken as pills. Your care team will tell you how to take them.'),
      targeted(
        'In Ph+ ALL, adding a TKI to chemo makes it more likely that the leukemia goes away.',
      ),
      targeted('Staying on a TKI can help keep the leukemia from coming back.'),
    ),
    drug: {
      drugClass: targeted('Tyrosine kinase inhibitor (TKI), a kind of targeted therapy.'),
      target: targeted(
        'The abnormal BCR-ABL protein, which helps leukemia cells that have the Philadelphia chromosome grow.',
      ),
      howGiven: targeted('Pills taken by mouth. Your care team will explain how to take them.'),
    },
    sideEffects: {
      ...tkiGroupSideEffects(),
      commonOfGroup: 'TKIs',
      serious: [...(spec.serious ?? []), TKI_SERIOUS_VARY],
      callCareTeam: spec.callCareTeam ?? [],
      notes: [...TKI_NOTES],
    },
    student,
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
    summary: 'A TKI is a targeted drug that blocks a protein that helps some leukemia cells grow.',
    ...explained(
      targeted('In Ph+ ALL, TKIs attack the abnormal BCR-ABL protein.'),
      targeted('Imatinib, dasatinib, nilotinib, ponatinib and bosutinib are TKIs.'),
      targeted('They are taken as pills. Your care team will tell you how to take them.'),
      targeted('Adding a TKI to chemo helps more people reach remission.'),
      targeted('If one TKI does not work, or stops working, another may be tried.'),
    ),
    sideEffects: {
      ...tkiGroupSideEffects(),
      serious: [TKI_SERIOUS_VARY],
      // The source names no warning signs for TKIs as a group; each drug's card has its own.
      callCareTeam: [],
      notes: [...TKI_NOTES],
    },
    student: {
      summary: fact(
        'Inhibitors of the BCR-ABL tyrosine kinase, the abnormal protein made by the BCR-ABL gene of the Philadelphia chromosome (t(9;22)).',
        ACS_TARGETED,
      ),
      facts: [
        fact('By 2014, five BCR-ABL1 TKIs were approved for CML.', SWEET),
        fact(
          'Kinase-domain mutations in BCR-ABL1 can make first- and second-generation TKIs stop working.',
          DEININGER,
        ),
        fact(
          'In 2014 ponatinib was the only approved TKI that inhibits BCR-ABL1 with the T315I mutation.',
          MILLER_PONATINIB_REVIEW,
        ),
        ASCIMINIB,
      ],
    },
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
    say: { pronunciation: 'ih-MA-tih-nib', source: NCI_DICT_IMATINIB },
    generic: ['imatinib', 'imatinib mesylate'],
    // Gleevec in the US; Glivec in many other countries.
    brands: ['Gleevec', 'Glivec'],
    approvedFor: fact(
      'In the US it is approved for Ph+ ALL in adults whose ALL came back or did not respond, and, with chemo, in children with newly found Ph+ ALL.',
      LLS_IMATINIB,
    ),
    student: {
      summary: fact(
        'A tyrosine kinase inhibitor that blocks the protein made by the BCR-ABL oncogene; it is also used for GIST and some other conditions.',
        NCI_DICT_IMATINIB,
      ),
      facts: [
        fact(
          'It sits in the ATP-binding site of the BCR-ABL oncoprotein, so the kinase cannot phosphorylate its substrates.',
          IMATINIB_REVIEW,
        ),
        fact(
          'Ph+ ALL on its label: adults with relapsed or refractory Ph+ ALL, and children with newly diagnosed Ph+ ALL in combination with chemotherapy.',
          LLS_IMATINIB,
        ),
        NOT_T315I,
      ],
      properTerms: [
        fact('Fluid retention: imatinib, like nilotinib and dasatinib, can cause it.', MASIELLO),
      ],
      monitoring: [
        fact(
          'Patients learn the signs of fluid retention and pleural effusion, and report them.',
          MASIELLO,
        ),
      ],
    },
  }),
  tkiEntry({
    id: 'dasatinib',
    name: 'Dasatinib',
    say: { pronunciation: 'da-SAT-i-nib', source: LLS_DASATINIB },
    generic: ['dasatinib'],
    brands: ['Sprycel'],
    approvedFor: fact(
      'In the US it is approved for some Ph+ ALL in adults, and, with chemo, for children with newly found Ph+ ALL.',
      BCU_DASATINIB,
    ),
    serious: [
      fact(
        'Dasatinib can cause fluid to build up around the lungs (pleural effusion). This can make it hard to breathe.',
        MASIELLO,
      ),
    ],
    callCareTeam: [
      fact('Shortness of breath that gets worse.', LLS_DASATINIB),
      fact('Swelling, or gaining weight fast.', LLS_DASATINIB),
      fact('Fever.', LLS_DASATINIB),
      fact('Bleeding, or bruising easily.', LLS_DASATINIB),
    ],
    student: {
      summary: fact(
        'A second-generation BCR-ABL tyrosine kinase inhibitor.',
        IJMPO_DASATINIB_REVIEW,
      ),
      facts: [
        fact(
          'Ph+ ALL on its label: adults whose Ph+ ALL resisted, or who could not tolerate, earlier treatment; and children 1 year and older with newly diagnosed Ph+ ALL, with chemotherapy.',
          BCU_DASATINIB,
        ),
        fact(
          'Its main toxicities are cytopenias, cardiovascular effects and pleural effusion.',
          IJMPO_DASATINIB_REVIEW,
        ),
        NOT_T315I,
      ],
      properTerms: [
        fact(
          'Pleural effusion: fluid around the lungs, the fluid-retention effect most linked to dasatinib.',
          MASIELLO,
        ),
        fact(
          'Pulmonary arterial hypertension (PAH): high blood pressure in the arteries of the lungs, a rare but serious risk.',
          BCU_DASATINIB,
        ),
      ],
      monitoring: [
        fact(
          'Watch for fluid retention and pleural effusion, more closely in patients with risk factors for effusion.',
          MASIELLO,
        ),
      ],
    },
  }),
  tkiEntry({
    id: 'nilotinib',
    name: 'Nilotinib',
    generic: ['nilotinib'],
    brands: ['Tasigna'],
    approvedFor: fact(
      'In the US it is approved for a different leukemia, chronic myeloid leukemia (CML) with the Philadelphia chromosome. It is not approved for ALL.',
      DAILYMED_TASIGNA_MEDGUIDE,
    ),
    serious: [
      fact(
        'Its label has a boxed warning about the heart. Your care team checks your heart with ECG tests before and during treatment.',
        OPENFDA_TASIGNA,
      ),
      boxedWarningIs(OPENFDA_TASIGNA),
      fact(
        'Nilotinib can slow the way the heart recharges between beats (QT prolongation). This can cause an uneven heartbeat, and sudden deaths have happened.',
        OPENFDA_TASIGNA,
      ),
    ],
    callCareTeam: [
      fact('Feeling lightheaded or faint.', DAILYMED_TASIGNA_MEDGUIDE),
      fact('An uneven heartbeat.', DAILYMED_TASIGNA_MEDGUIDE),
    ],
    student: {
      summary: fact(
        'A BCR-ABL tyrosine kinase inhibitor approved in the US for Ph+ chronic myeloid leukemia.',
        DAILYMED_TASIGNA_MEDGUIDE,
      ),
      facts: [
        fact(
          'Not approved for Ph+ ALL: its Medication Guide names no use but Ph+ CML.',
          DAILYMED_TASIGNA_MEDGUIDE,
        ),
        NOT_T315I,
      ],
      properTerms: [
        fact(
          'QT prolongation: a longer QT interval on the ECG. Its boxed warning covers QT prolongation and sudden deaths.',
          OPENFDA_TASIGNA,
        ),
      ],
      monitoring: [
        fact(
          'ECGs measure the QTc at baseline and periodically during treatment.',
          OPENFDA_TASIGNA,
        ),
        fact(
          'Potassium and magnesium are checked, and low levels corrected, before and during treatment.',
          OPENFDA_TASIGNA,
        ),
      ],
    },
  }),
  tkiEntry({
    id: 'ponatinib',
    name: 'Ponatinib',
    say: { pronunciation: 'poe-NA-ti-nib', source: LLS_PONATINIB },
    generic: ['ponatinib'],
    brands: ['Iclusig'],
    approvedFor: fact(
      'In the US it is approved for Ph+ ALL in adults: with chemo for newly found ALL, or alone in some cases, such as ALL with the T315I change.',
      LLS_PONATINIB,
    ),
    serious: [
      fact(
        'Its label has a boxed warning. It is about blocked arteries, blood clots in veins, heart failure and liver damage.',
        DAILYMED_ICLUSIG,
      ),
      boxedWarningIs(DAILYMED_ICLUSIG),
      fact(
        'Blocked blood vessels can lead to a heart attack or stroke. Get help right away if you notice the signs below.',
        DAILYMED_ICLUSIG_MEDGUIDE,
      ),
    ],
    callCareTeam: [
      fact('Chest pain or pressure.', DAILYMED_ICLUSIG_MEDGUIDE),
      fact('Pain in your arms, legs, back, neck or jaw.', DAILYMED_ICLUSIG_MEDGUIDE),
      fact('Shortness of breath.', DAILYMED_ICLUSIG_MEDGUIDE),
      fact('Numbness or weakness on one side of your body.', DAILYMED_ICLUSIG_MEDGUIDE),
      fact('Trouble talking.', DAILYMED_ICLUSIG_MEDGUIDE),
      fact('Leg swelling.', DAILYMED_ICLUSIG_MEDGUIDE),
      fact('Loss of vision, or seeing less well.', DAILYMED_ICLUSIG_MEDGUIDE),
    ],
    student: {
      summary: fact(
        'A third-generation, pan-BCR-ABL tyrosine kinase inhibitor.',
        MILLER_PONATINIB_REVIEW,
      ),
      facts: [
        fact(
          'In 2014 it was the only approved TKI active against T315I, a gatekeeper mutation behind about 20% of resistant or relapsed CML.',
          MILLER_PONATINIB_REVIEW,
        ),
        ASCIMINIB,
        fact(
          'Ph+ ALL on its label: newly diagnosed Ph+ ALL with chemotherapy, an accelerated approval based on MRD-negative complete remission at the end of induction.',
          LLS_PONATINIB,
        ),
        fact(
          'Also as monotherapy for Ph+ ALL when no other kinase inhibitor is indicated, or when it is T315I-positive.',
          LLS_PONATINIB,
        ),
        fact(
          'Its sales were suspended in 2013 for serious side effects, then resumed for fewer patients with an expanded boxed warning.',
          MILLER_PONATINIB_REVIEW,
        ),
      ],
      properTerms: [
        fact(
          'Arterial occlusive events (AOEs): arteries narrowing or closing in the heart, brain or limbs. They lead its boxed warning.',
          DAILYMED_ICLUSIG,
        ),
        fact(
          'The boxed warning also covers venous thromboembolic events (VTEs), heart failure and hepatotoxicity.',
          DAILYMED_ICLUSIG,
        ),
      ],
      monitoring: [
        fact(
          'Watch for arterial occlusive events, venous clots and heart failure, and monitor liver function tests.',
          DAILYMED_ICLUSIG,
        ),
      ],
    },
  }),
  tkiEntry({
    id: 'bosutinib',
    name: 'Bosutinib',
    generic: ['bosutinib'],
    brands: ['Bosulif'],
    approvedFor: fact(
      'In the US it is approved for a different leukemia, chronic myeloid leukemia (CML) with the Philadelphia chromosome. It is not approved for ALL.',
      OPENFDA_BOSUTINIB,
    ),
    student: {
      summary: fact(
        'A dual SRC-ABL1 tyrosine kinase inhibitor that works in the presence of most kinase-domain mutations.',
        SWEET,
      ),
      facts: [
        fact(
          'Not approved for Ph+ ALL: its label lists Ph+ chronic myelogenous leukemia only.',
          OPENFDA_BOSUTINIB,
        ),
        fact('Its main side effects are gastrointestinal upsets.', SWEET),
        NOT_T315I,
      ],
    },
  }),
  {
    id: 'blinatumomab',
    name: 'Blinatumomab',
    category: 'drug',
    forms: [{ text: 'blinatumomab' }, { text: 'Blincyto', brand: true }],
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
          'Its label has a boxed warning for cytokine release syndrome (CRS) and for nervous system problems, one kind being ICANS. Call your care team right away if you notice the signs below. These problems can be severe or life-threatening.',
          FDA_BLINCYTO,
        ),
        boxedWarningIs(FDA_BLINCYTO),
        fact(
          'Cytokine release syndrome (CRS) is a strong reaction of the immune system to the treatment.',
          NCI_CRS,
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
    student: {
      summary: fact(
        'A bispecific T-cell engager (BiTE) antibody that binds CD19 and CD3.',
        FRANQUIZ,
      ),
      facts: [
        fact(
          'It links cytotoxic CD3-positive T lymphocytes to CD19-positive lymphoblasts.',
          FRANQUIZ,
        ),
        fact(
          'It has improved outcomes in relapsed or refractory and in MRD-positive B-cell ALL.',
          FRANQUIZ,
        ),
      ],
      properTerms: [
        fact(
          'Cytokine release syndrome (CRS) and neurological toxicities, including immune effector cell-associated neurotoxicity syndrome (ICANS): the two risks of its boxed warning.',
          FDA_BLINCYTO,
        ),
      ],
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
      // The label's most common reactions (20% or more of patients, section 6.1), in plain words.
      common: [
        fact('Low platelets, which help the blood clot.', FDA_BESPONSA),
        fact('Low white blood cells, which fight germs.', FDA_BESPONSA),
        fact('Infections.', FDA_BESPONSA),
        fact('Low red blood cells (anemia).', FDA_BESPONSA),
        fact('Feeling tired.', FDA_BESPONSA),
        fact('Bleeding.', FDA_BESPONSA),
        fact('Fever, also with low white blood cells.', FDA_BESPONSA),
        fact('Nausea.', FDA_BESPONSA),
        fact('Headache.', FDA_BESPONSA),
        fact('Belly pain.', FDA_BESPONSA),
        fact('Changes in liver blood tests.', FDA_BESPONSA),
      ],
      serious: [
        boxedWarningIs(FDA_BESPONSA),
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
    student: {
      summary: fact(
        'A CD22-directed antibody-drug conjugate: a humanized anti-CD22 monoclonal antibody carrying calicheamicin.',
        INOTUZUMAB_REVIEW,
      ),
      facts: [
        fact(
          'The cytotoxic calicheamicin payload is joined to the antibody by an acid-labile linker.',
          INOTUZUMAB_REVIEW,
        ),
        fact(
          'It is active in relapsed or refractory B-cell precursor ALL, alone or with chemotherapy.',
          INOTUZUMAB_REVIEW,
        ),
        fact(
          'Resistance has been tied to loss or change of CD22 and to high BCL-2.',
          INOTUZUMAB_REVIEW,
        ),
        fact(
          'Its label lists QT interval prolongation among its warnings and precautions (section 5.5, revised March 2024).',
          DAILYMED_BESPONSA_2024,
        ),
      ],
      properTerms: [
        fact(
          'Sinusoidal obstruction syndrome (SOS), also called veno-occlusive disease: its main liver toxicity, most of all when a stem cell transplant follows.',
          INOTUZUMAB_REVIEW,
        ),
        fact(
          'Myelosuppression and B-cell aplasia, which raise the risk of infection.',
          INOTUZUMAB_REVIEW,
        ),
      ],
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
