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
 * "Neurological toxicity" and "neurologic toxicity" are not forms of ICANS (#24): vincristine,
 * methotrexate and blinatumomab cause nervous system harm too, and ICANS is only one kind of it.
 *
 * Sources (#24): primary only (FDA labels and notices, NCI, LLS, peer-reviewed papers).
 */
import {
  ACS_IMMUNO,
  ASH_2015_PH_ALL,
  ASH_HOW_I_TREAT_PH_ALL,
  BUTT_ICANS_REVIEW as BUTT,
  FDA_AUCATZYL_LABEL as AUCATZYL_LABEL,
  CRS_REVIEW,
  DAILYMED_BESPONSA_2024,
  FDA_BLINCYTO,
  FDA_CAR_T_BOXED_WARNING_2024 as FDA_2024,
  FDA_KYMRIAH_APPROVAL_SUMMARY as KYMRIAH_SUMMARY,
  FDA_TASIGNA_LABEL as TASIGNA_LABEL,
  FDA_TECARTUS_ALL_2021 as TECARTUS_2021,
  LLS_GLOSSARY as LLS,
  MASIELLO_FLUID_RETENTION as MASIELLO,
  MILLER_PONATINIB_REVIEW as MILLER,
  NCI_CAR_T,
  NCI_CRS,
  NCI_CTCAE_V5 as CTCAE,
  NCI_DICTIONARY_BREXUCABTAGENE as NCI_BREXU,
  QT_ONCOLOGY_REVIEW as QT_REVIEW,
  SIGMUND_RR_ALL_REVIEW as SIGMUND,
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
          'Tisagenlecleucel, approved in August 2017, is for B-cell precursor ALL in patients up to 25 years of age only.',
          KYMRIAH_SUMMARY,
        ),
        fact(
          'For adults with R/R B-cell precursor ALL, the CAR T-cell therapy brexucabtagene autoleucel was approved in October 2021.',
          TECARTUS_2021,
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
    ),
    student: {
      summary: fact(
        'Residual leukemia below the reach of routine tests, detectable only by sensitive molecular techniques.',
        LLS,
      ),
      facts: [
        fact('In adult Ph+ ALL, MRD screening refines risk stratification.', ASH_2015_PH_ALL),
        fact(
          'In the trial behind tisagenlecleucel’s approval, every complete remission had MRD below 0.01%.',
          KYMRIAH_SUMMARY,
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
      fact(
        'Of the TKIs used for ALL, ponatinib (Iclusig) is the one that works against it.',
        MILLER,
      ),
    ),
    student: {
      summary: fact('The gatekeeper mutation of the BCR-ABL kinase domain.', MILLER),
      facts: [
        fact('It causes about 20% of resistant or relapsed CML cases.', MILLER),
        fact(
          'In 2014, ponatinib was the only approved TKI able to inhibit BCR-ABL carrying T315I.',
          MILLER,
        ),
        fact(
          'In adult Ph+ ALL, resistant and compound mutations, T315I above all, remain a main clinical challenge.',
          ASH_2015_PH_ALL,
        ),
      ],
    },
    related: ['bcr-abl', 'ponatinib', 'tyrosine-kinase-inhibitor', 'ph-positive-all'],
    source: MILLER,
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
    summary:
      'QT prolongation means the heart takes longer than it should to recharge between beats, as seen on a heart test.',
    ...explained(
      fact('It is a slow recharge, not a change in the heartbeat’s rhythm itself.', QT_REVIEW),
      fact('But in rare cases it can lead to a fast heart rhythm that can be serious.', QT_REVIEW),
      fact('Many medicines can cause it.', QT_REVIEW),
      fact(
        'Nilotinib (Tasigna) has a boxed warning about it, a warning printed in a box at the top of its label.',
        TASIGNA_LABEL,
      ),
      fact('So your care team checks the salts in your blood.', TASIGNA_LABEL),
    ),
    student: {
      summary: fact(
        'A longer QT interval on the ECG, the mark of delayed (abnormal) ventricular repolarization.',
        QT_REVIEW,
      ),
      facts: [
        fact(
          'Drugs cause it by acting on cardiac ion channels; rarely it leads to torsades de pointes, which the QT length predicts poorly.',
          QT_REVIEW,
        ),
        fact(
          'QT monitoring is part of drug development, and a large QT increase can keep a drug from approval.',
          QT_REVIEW,
        ),
        fact('Nilotinib’s boxed warning pairs QT prolongation with sudden deaths.', TASIGNA_LABEL),
        fact(
          'The label of inotuzumab ozogamicin, an antibody-drug conjugate, lists it among its warnings too.',
          DAILYMED_BESPONSA_2024,
        ),
      ],
      monitoring: [
        fact(
          'With nilotinib: potassium and magnesium are checked and corrected before and during treatment, because low levels add to the risk.',
          TASIGNA_LABEL,
        ),
      ],
    },
    related: ['nilotinib', 'dasatinib', 'tyrosine-kinase-inhibitor'],
    source: QT_REVIEW,
  },
  {
    id: 'pleural-effusion',
    name: 'Pleural effusion',
    category: 'side-effect',
    forms: [{ text: 'pleural effusion' }],
    summary: 'A pleural effusion is fluid that builds up between the lungs and the chest wall.',
    ...explained(
      fact('Extra fluid collects in the space around the lungs.', CTCAE),
      fact('It can cause shortness of breath, a cough or chest pain.', CTCAE),
      fact('Some TKIs can cause it, most of all dasatinib.', MASIELLO),
      fact('Learn its signs, and tell your care team if you notice them.', MASIELLO),
    ),
    student: {
      summary: fact(
        'An increase in the amount of fluid within the pleural cavity, graded in NCI’s CTCAE.',
        CTCAE,
      ),
      facts: [
        fact(
          'Among TKIs it is most tied to dasatinib, though imatinib and nilotinib also carry a fluid-retention risk.',
          MASIELLO,
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
    source: CTCAE,
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
      fact(
        'Blinatumomab’s label has a boxed warning about CRS, a warning printed in a box at the top.',
        FDA_BLINCYTO,
      ),
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
    // Not bare "neurotoxicity" (pesticides, metals, venoms), nor "neurological toxicity": other
    // drugs harm the nerves too, and ICANS is only one kind of such harm.
    forms: [
      { text: 'immune effector cell-associated neurotoxicity syndrome' },
      { text: 'ICANS', caseSensitive: true },
    ],
    summary:
      'ICANS is a group of brain and nerve problems that can come after CAR T-cell therapy and some other drugs.',
    ...explained(
      fact(
        'It can start during cytokine release syndrome (a strong immune reaction), or after it ends.',
        AUCATZYL_LABEL,
      ),
      fact('Shaking and confusion are common signs of it.', TECARTUS_2021),
      fact('It can be severe, so your care team watches for it closely.', BUTT),
      fact(
        'Blinatumomab can also cause brain and nerve problems, such as confusion or trouble speaking.',
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
          'Severe ICANS carries significant morbidity and mortality; treatment is mainly corticosteroids and supportive care.',
          BUTT,
        ),
        fact(
          'Obecabtagene autoleucel’s boxed warning: ICANS, including fatal or life-threatening reactions, concurrent with CRS or after it resolves.',
          AUCATZYL_LABEL,
        ),
        fact(
          'Blinatumomab’s boxed warning names ICANS among its neurological toxicities.',
          FDA_BLINCYTO,
        ),
      ],
      properTerms: [
        fact(
          'With brexucabtagene autoleucel in adult ALL, neurologic toxicities occurred in 87% (grade 3 or higher in 35%).',
          TECARTUS_2021,
        ),
      ],
      monitoring: [
        fact(
          'Because treatment is mainly supportive, early identification matters; predictive biomarkers are being proposed.',
          BUTT,
        ),
      ],
    },
    related: ['cytokine-release-syndrome', 'car-t-cell-therapy', 'blinatumomab'],
    source: BUTT,
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
      fact(
        'In the lab, they get a gene for a CAR, a special receptor: a part on the outside of the cell that grabs one protein.',
        NCI_CAR_T,
      ),
      fact('Millions of these cells are grown, then given back through a vein.', NCI_CAR_T),
      fact('The CAR T cells attach to a protein on cancer cells and kill them.', NCI_CAR_T),
      fact(
        'Tisagenlecleucel is approved for B-cell ALL in people up to 25 years old.',
        KYMRIAH_SUMMARY,
      ),
      fact('Brexucabtagene autoleucel is approved for adults with B-cell ALL.', TECARTUS_2021),
      fact('It can cause cytokine release syndrome, a strong immune reaction with fever.', NCI_CRS),
    ),
    student: {
      summary: fact(
        'Autologous T cells genetically engineered to express a chimeric antigen receptor against a surface antigen on cancer cells, then infused.',
        NCI_CAR_T,
      ),
      facts: [
        fact(
          'A CAR is a laboratory-made receptor; for brexucabtagene autoleucel it binds CD19 on leukemia cells.',
          NCI_BREXU,
        ),
        fact(
          'Tisagenlecleucel was approved in 2017 for B-cell precursor ALL up to age 25, on a single-arm trial in 63 children and young adults.',
          KYMRIAH_SUMMARY,
        ),
        fact(
          'Brexucabtagene autoleucel was approved in 2021 for adults, on ZUMA-3, a single-arm multicenter trial (complete response in 28 of 54).',
          TECARTUS_2021,
        ),
        fact(
          'Since April 2024 the FDA requires a boxed warning for T-cell malignancies on all CD19- and BCMA-directed autologous CAR T-cell therapies.',
          FDA_2024,
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
      'tisagenlecleucel',
      'brexucabtagene-autoleucel',
    ],
    source: NCI_CAR_T,
  },
];
