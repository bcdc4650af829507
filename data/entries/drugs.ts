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
import {
  ACS_IMMUNO,
  ACS_TARGETED,
  AZANZA_TKI_REVIEW as AZANZA,
  BCU_DASATINIB,
  BMS_SPRYCEL_2019,
  CLUSTERMED_BESPONSA,
  DAILYMED_BESPONSA_2024,
  FDA_BESPONSA,
  FDA_BLINCYTO,
  FRANQUIZ_BLINATUMOMAB_REVIEW as FRANQUIZ,
  GLOBALRPH_TASIGNA,
  IMATINIB_REVIEW,
  INOTUZUMAB_REVIEW,
  LIVERTOX_BOSUTINIB,
  LIVERTOX_DASATINIB,
  LIVERTOX_NILOTINIB,
  LIVERTOX_PONATINIB,
  MASIELLO_FLUID_RETENTION as MASIELLO,
  MEDTHORITY_ICLUSIG_2013,
  MILLER_PONATINIB_REVIEW,
  MOALMANAC_BLINCYTO_MRD,
  MOALMANAC_GLEEVEC_ALL,
  MOALMANAC_ICLUSIG_ALL,
  NOVARTIS_TASIGNA,
  OPENFDA_BOSUTINIB,
  PFIZER_BOSULIF,
  RXWIKI_GLEEVEC_CHILDREN,
  TAKEDA_ICLUSIG,
} from '../sources';
import type { Fact, GlossaryEntry, SideEffects, StudentLevel } from '../types';
import { explained, fact } from './facts';

/** Of the five BCR-ABL TKIs, only ponatinib covers T315I: said on each of the other four. */
const NOT_T315I = fact(
  'It does not inhibit BCR-ABL1 carrying the T315I mutation; of the five BCR-ABL TKIs, only ponatinib is active against it.',
  AZANZA,
);

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
  /** What sets this TKI apart, from its label and reviews (the patient level is the class's). */
  student: StudentLevel;
}

function tkiEntry({ id, name, pronunciation, generic, brands, student }: TkiSpec): GlossaryEntry {
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
    student: {
      summary: fact(
        'Small-molecule inhibitors of BCR-ABL, the tyrosine kinase made by the fusion gene of the t(9;22) translocation (the Philadelphia chromosome).',
        LIVERTOX_DASATINIB,
      ),
      facts: [
        fact(
          'BCR-ABL is constitutively active: it drives cell growth and proliferation without the usual controls.',
          LIVERTOX_DASATINIB,
        ),
        fact(
          'Five are approved in the US: imatinib (2001), dasatinib (2006), nilotinib (2007), bosutinib (2012) and ponatinib (2012).',
          LIVERTOX_DASATINIB,
        ),
        fact('Resistance often comes from mutations in the kinase itself.', LIVERTOX_DASATINIB),
        fact('Of the five, only ponatinib is active against the T315I mutation.', AZANZA),
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
    pronunciation: 'i-MAT-in-ib',
    generic: ['imatinib', 'imatinib mesylate'],
    // Gleevec in the US; Glivec in many other countries.
    brands: ['Gleevec', 'Glivec'],
    student: {
      summary: fact(
        'The first BCR-ABL tyrosine kinase inhibitor approved in the US (2001), before dasatinib, nilotinib, bosutinib and ponatinib.',
        LIVERTOX_DASATINIB,
      ),
      facts: [
        fact(
          'It sits in the ATP-binding site of the BCR-ABL oncoprotein, so the kinase cannot phosphorylate its substrates.',
          IMATINIB_REVIEW,
        ),
        fact(
          'Ph+ ALL on its label: adults with relapsed or refractory Ph+ ALL.',
          MOALMANAC_GLEEVEC_ALL,
        ),
        fact(
          'The FDA also approved it for children with newly diagnosed Ph+ ALL.',
          RXWIKI_GLEEVEC_CHILDREN,
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
    pronunciation: 'da-SA-ti-nib',
    generic: ['dasatinib'],
    brands: ['Sprycel'],
    student: {
      summary: fact('A second-generation BCR-ABL tyrosine kinase inhibitor.', BMS_SPRYCEL_2019),
      facts: [
        fact(
          'A multi-kinase inhibitor: besides BCR-ABL it acts on SRC, c-KIT and ephrin receptors. US approval 2006.',
          LIVERTOX_DASATINIB,
        ),
        fact(
          'Ph+ ALL on its label: adults whose Ph+ ALL resisted, or who could not tolerate, earlier treatment; and children 1 year and older with newly diagnosed Ph+ ALL, with chemotherapy.',
          BCU_DASATINIB,
        ),
        fact(
          'Its label warnings include myelosuppression, bleeding, fluid retention, pulmonary arterial hypertension and QT prolongation.',
          BMS_SPRYCEL_2019,
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
    pronunciation: 'nye-LOE-ti-nib',
    generic: ['nilotinib'],
    brands: ['Tasigna'],
    student: {
      summary: fact(
        'A selective BCR-ABL tyrosine kinase inhibitor, structurally related to imatinib.',
        LIVERTOX_NILOTINIB,
      ),
      facts: [
        fact(
          'US approval 2007, first for Ph+ CML resistant to or intolerant of treatment that included imatinib.',
          LIVERTOX_NILOTINIB,
        ),
        fact(
          'Not approved for Ph+ ALL: its indications are Ph+ chronic myeloid leukemia only.',
          NOVARTIS_TASIGNA,
        ),
        fact(
          'Its label warnings include pancreatitis with raised serum lipase, hepatotoxicity, and cardiac and arterial vascular occlusive events.',
          GLOBALRPH_TASIGNA,
        ),
        NOT_T315I,
      ],
      properTerms: [
        fact(
          'QT prolongation: a longer QT interval on the ECG. Its boxed warning covers QT prolongation and sudden deaths.',
          NOVARTIS_TASIGNA,
        ),
      ],
      monitoring: [
        fact('ECGs measure the QTc before treatment and during it.', NOVARTIS_TASIGNA),
        fact(
          'Potassium and magnesium are checked, and low levels corrected, before and during treatment.',
          NOVARTIS_TASIGNA,
        ),
      ],
    },
  }),
  tkiEntry({
    id: 'ponatinib',
    name: 'Ponatinib',
    pronunciation: 'poe-NA-ti-nib',
    generic: ['ponatinib'],
    brands: ['Iclusig'],
    student: {
      summary: fact(
        'A third-generation, pan-BCR-ABL tyrosine kinase inhibitor.',
        MILLER_PONATINIB_REVIEW,
      ),
      facts: [
        fact('Of the five BCR-ABL TKIs, it is the only one active against T315I.', AZANZA),
        fact(
          'Ph+ ALL on its label: a 2013 revision named T315I-positive Ph+ ALL, and Ph+ ALL for which no other TKI is indicated.',
          MEDTHORITY_ICLUSIG_2013,
        ),
        fact(
          'In 2024 it gained accelerated approval with chemotherapy for adults with newly diagnosed Ph+ ALL, based on MRD-negative complete remission after induction.',
          MOALMANAC_ICLUSIG_ALL,
        ),
        fact(
          'It was withdrawn after severe vascular thrombosis was seen, then approved again for fewer uses.',
          LIVERTOX_PONATINIB,
        ),
      ],
      properTerms: [
        fact(
          'Arterial occlusive events (AOEs): arteries narrowing or closing in the heart, brain or limbs. They lead its boxed warning.',
          TAKEDA_ICLUSIG,
        ),
        fact(
          'The boxed warning also covers venous thromboembolic events (VTEs), heart failure and hepatotoxicity.',
          TAKEDA_ICLUSIG,
        ),
      ],
      monitoring: [
        fact(
          'Watch for signs of arterial occlusion, venous clots and heart failure, and test liver function before and during treatment.',
          TAKEDA_ICLUSIG,
        ),
      ],
    },
  }),
  tkiEntry({
    id: 'bosutinib',
    name: 'Bosutinib',
    pronunciation: 'boe-SUE-ti-nib',
    generic: ['bosutinib'],
    brands: ['Bosulif'],
    student: {
      summary: fact(
        'A dual BCR-ABL and SRC kinase inhibitor, the fourth BCR-ABL TKI approved in the US.',
        LIVERTOX_BOSUTINIB,
      ),
      facts: [
        fact(
          'Not approved for Ph+ ALL: its label lists Ph+ chronic myelogenous leukemia only.',
          OPENFDA_BOSUTINIB,
        ),
        NOT_T315I,
      ],
      properTerms: [
        fact(
          'Gastrointestinal toxicity: diarrhea, nausea, vomiting and abdominal pain, usually early on.',
          PFIZER_BOSULIF,
        ),
        fact('Hepatotoxicity: raised ALT or AST, usually early in treatment.', PFIZER_BOSULIF),
        fact('Fluid retention, which can show as pericardial or pleural effusion.', PFIZER_BOSULIF),
      ],
      monitoring: [
        fact(
          'Liver enzyme tests early in treatment, more often when transaminases rise.',
          PFIZER_BOSULIF,
        ),
        fact(
          'Complete blood counts, for thrombocytopenia, anemia and neutropenia.',
          PFIZER_BOSULIF,
        ),
        fact('Kidney function at the start and during treatment.', PFIZER_BOSULIF),
      ],
    },
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
    student: {
      summary: fact(
        'A bispecific CD19-directed CD3 T-cell engager (BiTE).',
        MOALMANAC_BLINCYTO_MRD,
      ),
      facts: [
        fact(
          'It links cytotoxic CD3-positive T lymphocytes to CD19-positive lymphoblasts.',
          FRANQUIZ,
        ),
        fact(
          'Its label includes CD19-positive B-cell precursor ALL in first or second complete remission with MRD of 0.1% or more.',
          MOALMANAC_BLINCYTO_MRD,
        ),
        fact(
          'It has improved outcomes in relapsed or refractory and in MRD-positive B-cell ALL.',
          FRANQUIZ,
        ),
      ],
      properTerms: [
        fact(
          'Cytokine release syndrome (CRS) and neurological toxicities: the two risks of its boxed warning.',
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
        fact(
          'In the randomized relapsed or refractory ALL study, QTcF rose by 60 ms or more in 3% on inotuzumab and 2% on chemotherapy.',
          CLUSTERMED_BESPONSA,
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
