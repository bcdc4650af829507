/**
 * Terms that surround the source document and that students meet next to it (#17): the course of
 * the disease (relapse, refractory, MRD), a resistance mutation (T315I), effects named on the
 * labels (QT prolongation, pleural effusion, CRS, ICANS) and CAR T-cell therapy. Each has both
 * levels. Writing rules: see the top of concepts.ts.
 *
 * Guarded forms: "relapse", "refractory" and "neurotoxicity" have everyday or other-field senses
 * (a relapse into smoking, refractory bricks, a refractory period, a pesticide's neurotoxicity), so
 * only the phrases that name the disease or the syndrome are forms, never the bare words. "CRS",
 * "MRD" and "ICANS" are exact-case abbreviations, so the all-capitals guard applies to them.
 */
import {
  ACS_IMMUNO,
  ASH_2015_PH_ALL,
  ASH_HOW_I_TREAT_PH_ALL,
  AZANZA_TKI_REVIEW as AZANZA,
  BMS_SPRYCEL_2019,
  BUTT_ICANS_REVIEW as BUTT,
  CAR_T_VS_BITE,
  CRS_REVIEW,
  DAILYMED_BESPONSA_2024,
  FDA_BLINCYTO,
  GARDP_QT,
  ICANS_CHAPTER,
  LLS_GLOSSARY as LLS,
  MASIELLO_FLUID_RETENTION as MASIELLO,
  MAYO_QT,
  MEDTHORITY_ICLUSIG_2013,
  MILLER_PONATINIB_REVIEW as MILLER,
  MOALMANAC_BLINCYTO_MRD,
  MOALMANAC_ICLUSIG_ALL,
  NCI_CAR,
  NCI_CAR_T,
  NCI_CRS,
  NOVARTIS_TASIGNA,
  PFIZER_BOSULIF,
  SIGMUND_RR_ALL_REVIEW as SIGMUND,
  UMLS_PLEURAL_EFFUSION as UMLS,
} from '../sources';
import type { GlossaryEntry } from '../types';
import { explained, fact } from './facts';

export const AROUND_TREATMENT_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'relapsed-refractory',
    name: 'Relapsed or refractory',
    category: 'disease',
    forms: [
      { text: 'relapsed or refractory' },
      { text: 'relapsed/refractory' },
      // Exact case for ALL, so the sentence-start spelling is a form of its own.
      { text: 'relapsed ALL', caseSensitive: true },
      { text: 'Relapsed ALL', caseSensitive: true },
      { text: 'refractory ALL', caseSensitive: true },
      { text: 'Refractory ALL', caseSensitive: true },
      { text: 'relapsed leukemia' },
      { text: 'refractory leukemia' },
      { text: 'relapsed acute lymphoblastic leukemia' },
      { text: 'refractory acute lymphoblastic leukemia' },
      { text: 'leukemia relapse' },
      { text: 'relapsed disease' },
      { text: 'refractory disease' },
    ],
    summary:
      'Relapsed means the leukemia came back; refractory means treatment did not help it much.',
    ...explained(
      fact('A relapse is when a disease that got better starts to grow again.', LLS),
      fact(
        'Refractory disease does not go away, or gets only a bit better, after the first treatment.',
        LLS,
      ),
      fact(
        'Some drugs are used when ALL comes back or stops getting better with treatment.',
        ACS_IMMUNO,
      ),
    ),
    student: {
      summary: fact(
        'Relapsed disease responded to therapy and then progressed; refractory disease did not respond, or barely, to initial therapy (together: R/R).',
        LLS,
      ),
      facts: [
        fact(
          'Most adults with B-ALL reach complete remission on intensive multi-agent chemotherapy, yet up to two-thirds later relapse.',
          SIGMUND,
        ),
        fact(
          'Adult R/R B-ALL has a poor prognosis; blinatumomab, inotuzumab ozogamicin and tisagenlecleucel were all approved for it within six years.',
          SIGMUND,
        ),
      ],
    },
    related: ['remission', 'blinatumomab', 'inotuzumab-ozogamicin', 'car-t-cell-therapy'],
    source: LLS,
  },
  {
    id: 'minimal-residual-disease',
    name: 'Minimal residual disease (MRD)',
    category: 'disease',
    forms: [
      { text: 'minimal residual disease' },
      { text: 'measurable residual disease' },
      { text: 'MRD', caseSensitive: true },
    ],
    summary: 'MRD means a few leukemia cells are still left after treatment.',
    ...explained(
      fact('Its full name is minimal residual disease.', LLS),
      fact('Only very sensitive lab tests can find these few cells.', LLS),
      fact('It is also called measurable residual disease.', ASH_HOW_I_TREAT_PH_ALL),
      fact(
        'Blinatumomab is approved for some people with B-cell ALL who are in remission but still have MRD.',
        MOALMANAC_BLINCYTO_MRD,
      ),
    ),
    student: {
      summary: fact(
        'Residual leukemia below the reach of routine tests, detectable only by sensitive molecular techniques.',
        LLS,
      ),
      facts: [
        fact('In adult Ph+ ALL, MRD screening refines risk stratification.', ASH_2015_PH_ALL),
        fact(
          'Blincyto is approved at an MRD of 0.1% or more in CD19-positive B-cell precursor ALL in first or second complete remission.',
          MOALMANAC_BLINCYTO_MRD,
        ),
        fact(
          'Ponatinib’s accelerated approval in newly diagnosed Ph+ ALL rests on MRD-negative complete remission at the end of induction.',
          MOALMANAC_ICLUSIG_ALL,
        ),
      ],
    },
    related: ['remission', 'relapsed-refractory', 'blinatumomab', 'ponatinib'],
    source: LLS,
  },
  {
    id: 't315i',
    name: 'T315I mutation',
    category: 'gene',
    // Digits inside, so the all-capitals guard does not apply; exact case keeps "t315i" out.
    forms: [{ text: 'T315I', caseSensitive: true }],
    summary: 'T315I is a change in the BCR-ABL gene that most TKIs cannot work against.',
    ...explained(
      fact(
        'In Ph+ ALL, it is one of the changes that can make a TKI stop working.',
        ASH_2015_PH_ALL,
      ),
      fact('Of the five TKIs, only ponatinib (Iclusig) works against it.', AZANZA),
    ),
    student: {
      summary: fact('The gatekeeper mutation of the BCR-ABL kinase domain.', MILLER),
      facts: [
        fact('It causes about 20% of resistant or relapsed CML cases.', MILLER),
        fact('Among the five BCR-ABL TKIs, only ponatinib is active against it.', AZANZA),
        fact(
          'Iclusig’s 2013 label revision named T315I-positive CML and T315I-positive Ph+ ALL.',
          MEDTHORITY_ICLUSIG_2013,
        ),
        fact(
          'In adult Ph+ ALL, resistant and compound mutations, T315I above all, remain a main clinical challenge.',
          ASH_2015_PH_ALL,
        ),
      ],
    },
    related: ['bcr-abl', 'ponatinib', 'tyrosine-kinase-inhibitor', 'ph-positive-all'],
    source: AZANZA,
  },
  {
    id: 'qt-prolongation',
    name: 'QT prolongation',
    category: 'side-effect',
    // "QT" in any other case is not the heart measure.
    forms: [
      { text: 'QT prolongation', caseSensitive: true },
      { text: 'QTc prolongation', caseSensitive: true },
      { text: 'QT interval prolongation', caseSensitive: true },
      { text: 'prolonged QT interval', caseSensitive: true },
      { text: 'prolonged QT', caseSensitive: true },
    ],
    summary: 'QT prolongation is a change in the heart’s rhythm that shows on a heart test (ECG).',
    ...explained(
      fact('The heart takes longer than usual to recharge between beats.', MAYO_QT),
      fact('A large change can lead to a fast, abnormal heart rhythm.', GARDP_QT),
      fact('Some medicines can cause it, including some antibiotics.', GARDP_QT),
      fact(
        'Nilotinib (Tasigna) has a boxed warning about it, so the heart is checked with an ECG before and during treatment.',
        NOVARTIS_TASIGNA,
      ),
    ),
    student: {
      summary: fact(
        'Lengthening of the QT interval on the ECG, roughly the time from the start of ventricular contraction to the end of relaxation.',
        GARDP_QT,
      ),
      facts: [
        fact(
          'Excessive prolongation can trigger tachyarrhythmias, so regulators usually ask for data on a new drug’s QT effect.',
          GARDP_QT,
        ),
        fact(
          'Nilotinib’s boxed warning pairs it with sudden deaths; hypokalemia, hypomagnesemia and long QT syndrome rule nilotinib out.',
          NOVARTIS_TASIGNA,
        ),
        fact('Dasatinib’s label lists it among its warnings too.', BMS_SPRYCEL_2019),
        fact(
          'So does the label of inotuzumab ozogamicin, an antibody-drug conjugate.',
          DAILYMED_BESPONSA_2024,
        ),
      ],
      monitoring: [
        fact(
          'With nilotinib: QTc by ECG before and during treatment, with potassium and magnesium kept in range.',
          NOVARTIS_TASIGNA,
        ),
      ],
    },
    related: ['nilotinib', 'dasatinib', 'tyrosine-kinase-inhibitor'],
    source: MAYO_QT,
  },
  {
    id: 'pleural-effusion',
    name: 'Pleural effusion',
    category: 'side-effect',
    forms: [{ text: 'pleural effusion' }],
    summary: 'A pleural effusion is fluid that builds up between the lungs and the chest wall.',
    ...explained(
      fact('Thin layers of tissue cover the lungs and line the inside of the chest.', UMLS),
      fact(
        'When extra fluid collects between them, it can cause shortness of breath, a cough or chest pain.',
        UMLS,
      ),
      fact('Some TKIs can cause it, most of all dasatinib.', MASIELLO),
      fact('Learn its signs, and tell your care team if you notice them.', MASIELLO),
    ),
    student: {
      summary: fact(
        'Excess fluid in the pleural cavity: a sign of disease, not a diagnosis in itself.',
        UMLS,
      ),
      facts: [
        fact(
          'Causes include lung infection, congestive heart failure, pleural or lung tumors, connective tissue disorders and trauma.',
          UMLS,
        ),
        fact(
          'Among TKIs it is most tied to dasatinib, though imatinib and nilotinib also carry a fluid-retention risk.',
          MASIELLO,
        ),
        fact(
          'Bosutinib’s fluid retention can also present as pleural or pericardial effusion.',
          PFIZER_BOSULIF,
        ),
      ],
      monitoring: [
        fact(
          'On dasatinib, patients with risk factors for effusion are followed more closely.',
          MASIELLO,
        ),
      ],
    },
    related: ['dasatinib', 'bosutinib', 'edema', 'tyrosine-kinase-inhibitor'],
    source: UMLS,
  },
  {
    id: 'cytokine-release-syndrome',
    name: 'Cytokine release syndrome (CRS)',
    category: 'side-effect',
    forms: [{ text: 'cytokine release syndrome' }, { text: 'CRS', caseSensitive: true }],
    summary:
      'Cytokine release syndrome (CRS) is a reaction that can happen after some kinds of immune treatment.',
    ...explained(
      fact('Immune cells quickly put a lot of cytokines into the blood.', NCI_CRS),
      fact('Cytokines are substances the immune system uses to do many jobs.', NCI_CRS),
      fact('Signs include fever, nausea, headache and rash.', NCI_CRS),
      fact(
        'A fast heartbeat, low blood pressure and trouble breathing can also be signs.',
        NCI_CRS,
      ),
      fact('Most reactions are mild, but some are severe.', NCI_CRS),
      fact('Blinatumomab’s label has a boxed warning about CRS.', FDA_BLINCYTO),
    ),
    student: {
      summary: fact(
        'A systemic inflammatory response to a large, rapid release of cytokines such as IL-6 and IFN-γ.',
        CRS_REVIEW,
      ),
      facts: [
        fact(
          'It follows monoclonal and bispecific antibodies and adoptive T-cell therapies such as CAR T cells.',
          CRS_REVIEW,
        ),
        fact(
          'Corticosteroids and tocilizumab can reverse it, though immunosuppression may blunt the therapy’s effect.',
          CRS_REVIEW,
        ),
      ],
      properTerms: [
        fact(
          'Typical signs: fever, chills, nausea, headache, rash, hypotension and dyspnea.',
          CRS_REVIEW,
        ),
      ],
    },
    related: ['blinatumomab', 'car-t-cell-therapy', 'icans', 'immunotherapy'],
    source: NCI_CRS,
  },
  {
    id: 'icans',
    // Spelled out, so the study deck's "What does ICANS stand for?" card is right.
    name: 'Immune effector cell-associated neurotoxicity syndrome (ICANS)',
    category: 'side-effect',
    // Not bare "neurotoxicity": that word is also used of pesticides, metals and venoms.
    forms: [
      { text: 'immune effector cell-associated neurotoxicity syndrome' },
      { text: 'ICANS', caseSensitive: true },
      { text: 'neurological toxicity' },
      { text: 'neurologic toxicity' },
    ],
    summary:
      'ICANS is a group of brain and nerve problems that can happen after CAR T-cell therapy and similar treatments.',
    ...explained(
      fact(
        'Early signs include shaking, confusion, and trouble finding words or writing.',
        ICANS_CHAPTER,
      ),
      fact('It can get worse and lead to seizures.', ICANS_CHAPTER),
      fact(
        'It often starts around the same time as cytokine release syndrome, or soon after.',
        ICANS_CHAPTER,
      ),
      fact('Most cases go away, often with early treatment.', ICANS_CHAPTER),
      fact(
        'Blinatumomab can also cause nervous system problems, such as confusion or trouble speaking.',
        ACS_IMMUNO,
      ),
    ),
    student: {
      summary: fact(
        'Immune effector cell-associated neurotoxicity syndrome: a neuropsychiatric complication of CAR T-cell and related therapies.',
        BUTT,
      ),
      facts: [
        fact(
          'Cytokines from macrophages and monocytes are thought to raise vascular permeability and activate endothelium, breaking down the blood-brain barrier.',
          ICANS_CHAPTER,
        ),
        fact(
          'Onset averages about 5 days after CAR T-cell infusion, but about 10% of cases begin more than 3 weeks later.',
          ICANS_CHAPTER,
        ),
        fact(
          'Severe ICANS carries significant morbidity and mortality; treatment is mainly corticosteroids and supportive care.',
          BUTT,
        ),
      ],
      properTerms: [
        fact(
          'Early: tremor, speech hesitancy progressing to aphasia, and dysgraphia. Gravest: status epilepticus and cerebral edema.',
          ICANS_CHAPTER,
        ),
      ],
      monitoring: [
        fact(
          'Patients are monitored proactively for subtle changes in cognition, speech and handwriting.',
          ICANS_CHAPTER,
        ),
      ],
    },
    related: ['cytokine-release-syndrome', 'car-t-cell-therapy', 'blinatumomab'],
    source: ICANS_CHAPTER,
  },
  {
    id: 'car-t-cell-therapy',
    name: 'CAR T-cell therapy',
    category: 'treatment',
    forms: [
      { text: 'CAR T-cell therapy', caseSensitive: true },
      { text: 'CAR T cell', caseSensitive: true },
      { text: 'CAR T', caseSensitive: true },
      { text: 'chimeric antigen receptor T-cell therapy' },
      { text: 'chimeric antigen receptor T cell' },
      { text: 'chimeric antigen receptor' },
    ],
    summary:
      'CAR T-cell therapy changes a patient’s own T cells in a lab so they can find and kill cancer cells.',
    ...explained(
      fact('First, T cells are taken from the patient’s blood.', NCI_CAR_T),
      fact('In the lab, they get a gene for a special receptor called a CAR.', NCI_CAR_T),
      fact('Millions of these cells are grown, then given back through a vein.', NCI_CAR_T),
      fact('The CAR T cells attach to a protein on cancer cells and kill them.', NCI_CAR_T),
      fact(
        'Tisagenlecleucel is a CAR T-cell therapy approved for some children and young adults with B-cell ALL.',
        CAR_T_VS_BITE,
      ),
      fact('It can cause cytokine release syndrome.', NCI_CRS),
    ),
    student: {
      summary: fact(
        'Autologous T cells genetically engineered to express a chimeric antigen receptor against a surface antigen on cancer cells, then infused.',
        NCI_CAR_T,
      ),
      facts: [
        fact(
          'A CAR is a laboratory-made receptor that binds a given protein on cancer cells.',
          NCI_CAR,
        ),
        fact(
          'Tisagenlecleucel (2017) was the first FDA-approved commercial cellular therapy; most CAR T products target CD19.',
          BUTT,
        ),
        fact(
          'Blinatumomab and CD19 CAR T cells share a target in R/R B-ALL, yet CAR T trials report complete remission in 67% to 100%.',
          CAR_T_VS_BITE,
        ),
      ],
      properTerms: [
        fact('Immune effector cell-associated neurotoxicity syndrome (ICANS) can follow it.', BUTT),
      ],
    },
    related: [
      'cytokine-release-syndrome',
      'icans',
      'immunotherapy',
      'b-cell-all',
      'relapsed-refractory',
    ],
    source: NCI_CAR_T,
  },
];
