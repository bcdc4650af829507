/**
 * Cells, markers and cell therapies that students meet next to the source document (#17): bone
 * marrow, blasts, lymphocytes (B and T cells), CD19 and CD22, stem cell transplants, and the two
 * CAR T-cell therapies for B-cell ALL. Both levels each. Writing rules: see the top of concepts.ts.
 *
 * Guarded forms: bare "blast" (a blast of wind) is not a form, only "blast cell", "lymphoblast"
 * and "leukemic blast". "B cell" and "T cell" match in exact case only ("b cell" is rare, but a
 * lower-case "t cell" turns up in other fields). Pronunciations are the usual US respellings; they
 * are not from the sources.
 */
import {
  AAMDS_GLOSSARY as AAMDS,
  ACS_IMMUNO,
  ACS_STEM_CELL_TRANSPLANT as ACS_SCT,
  ASH_2015_PH_ALL,
  BUTT_ICANS_REVIEW as BUTT,
  CAR_T_VS_BITE,
  CD22_DATASHEET,
  FDA_BESPONSA,
  HPO_B_CELLS,
  INOTUZUMAB_REVIEW,
  NCCN_PATIENTS_ALL as NCCN,
  NCI_ALL_LYMPHOBLASTS,
  NHGRI_LYMPHOCYTE as NHGRI,
  NOVARTIS_KYMRIAH,
  TECARTUS_APPROVAL_2021 as TECARTUS,
} from '../sources';
import type { GlossaryEntry } from '../types';
import { explained, fact } from './facts';

export const CELL_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'bone-marrow',
    name: 'Bone marrow',
    category: 'disease',
    forms: [{ text: 'bone marrow' }],
    summary:
      'Bone marrow is the soft, spongy tissue inside most bones, where blood cells are made.',
    ...explained(
      fact('It makes red blood cells, white blood cells and platelets.', NCCN),
      fact('ALL starts in the bone marrow.', NCCN),
      fact(
        'In ALL, too many young white blood cells fill the blood and bone marrow.',
        NCI_ALL_LYMPHOBLASTS,
      ),
    ),
    student: {
      summary: fact(
        'The blood-forming tissue in the cavities of bones, where young blood cells, including blasts, develop.',
        AAMDS,
      ),
      facts: [
        fact(
          'The pivotal tisagenlecleucel trial (ELIANA) required at least 5% lymphoblasts in the marrow.',
          NOVARTIS_KYMRIAH,
        ),
        fact(
          'The same trial counted complete remission with MRD-negative bone marrow as a secondary end point.',
          NOVARTIS_KYMRIAH,
        ),
      ],
    },
    related: [
      'blast',
      'acute-lymphocytic-leukemia',
      'stem-cell-transplant',
      'minimal-residual-disease',
    ],
    source: NCCN,
  },
  {
    id: 'blast',
    name: 'Blast (blast cell)',
    category: 'disease',
    forms: [
      { text: 'blast cell' },
      { text: 'lymphoblast' },
      { text: 'leukemic blast' },
      { text: 'leukemia blast' },
    ],
    summary: 'A blast is a very young white blood cell that has not grown up yet.',
    ...explained(
      fact('Blasts normally grow into working blood cells in the bone marrow.', AAMDS),
      fact(
        'In ALL, too many young white blood cells called lymphoblasts build up in the blood and marrow.',
        NCI_ALL_LYMPHOBLASTS,
      ),
    ),
    student: {
      summary: fact(
        'An immature precursor cell; in ALL, the malignant lymphoblasts that accumulate in blood and marrow.',
        NCI_ALL_LYMPHOBLASTS,
      ),
      facts: [
        fact(
          'The marrow blast count grades myeloid disease: 20 blasts in 100 marrow cells marks acute myeloid leukemia rather than MDS.',
          AAMDS,
        ),
        fact(
          'CD19 is on B-lineage cells from the earliest stages through B-cell blasts, which makes it a target in B-ALL.',
          HPO_B_CELLS,
        ),
      ],
    },
    related: ['bone-marrow', 'lymphocyte', 'acute-lymphocytic-leukemia'],
    source: AAMDS,
  },
  {
    id: 'lymphocyte',
    name: 'Lymphocyte',
    category: 'disease',
    forms: [{ text: 'lymphocyte' }],
    summary: 'A lymphocyte is a kind of white blood cell that is part of the immune system.',
    ...explained(
      fact('The two main kinds are B cells and T cells.', NHGRI),
      fact('ALL is a cancer of young lymphocytes.', NCCN),
    ),
    student: {
      summary: fact(
        'The white blood cells of adaptive immunity, in two main lines: B cells (antibodies) and T cells (killing infected or cancerous cells).',
        NHGRI,
      ),
      facts: [
        fact('B cells are lymphocytes derived from the bone marrow.', HPO_B_CELLS),
        fact(
          'ALL is a fast-growing disease with too many immature lymphoid cells (lymphoblasts) in blood and marrow.',
          NCI_ALL_LYMPHOBLASTS,
        ),
      ],
    },
    related: ['b-cell', 't-cell', 'acute-lymphocytic-leukemia', 'blast'],
    source: NHGRI,
  },
  {
    id: 'b-cell',
    name: 'B cell',
    category: 'disease',
    forms: [
      { text: 'B cell', caseSensitive: true },
      { text: 'B lymphocyte', caseSensitive: true },
    ],
    summary: 'A B cell is a kind of lymphocyte that makes antibodies.',
    ...explained(
      fact('Antibodies help the body attack germs and toxins.', NHGRI),
      fact('B-cell ALL starts in young B cells.', NCCN),
      fact(
        'Some drugs for B-cell ALL find the leukemia cells by CD19, a protein on B cells.',
        ACS_IMMUNO,
      ),
    ),
    student: {
      summary: fact(
        'A bone marrow-derived lymphocyte whose main job in adaptive immunity is making antibodies.',
        HPO_B_CELLS,
      ),
      facts: [
        fact('CD19 is a pan-B-cell marker; CD20 marks mature B cells.', HPO_B_CELLS),
        fact(
          'B-cell aplasia after inotuzumab ozogamicin adds to the risk of infection.',
          INOTUZUMAB_REVIEW,
        ),
      ],
    },
    related: ['lymphocyte', 't-cell', 'b-cell-all', 'cd19', 'cd22'],
    source: NHGRI,
  },
  {
    id: 't-cell',
    name: 'T cell',
    category: 'disease',
    forms: [
      { text: 'T cell', caseSensitive: true },
      { text: 'T lymphocyte', caseSensitive: true },
    ],
    summary: 'A T cell is a kind of lymphocyte that can kill infected or cancer cells.',
    ...explained(
      fact(
        'T cells destroy the body’s own cells that viruses have taken over or that have become cancer.',
        NHGRI,
      ),
      fact(
        'Blinatumomab brings T cells close to leukemia cells so they can attack them.',
        ACS_IMMUNO,
      ),
    ),
    student: {
      summary: fact(
        'The lymphocyte of cell-mediated immunity, which destroys virus-infected and malignant cells.',
        NHGRI,
      ),
      facts: [
        fact(
          'CAR T-cell therapy engineers a patient’s own T cells to recognize CD19 on B-ALL cells.',
          NOVARTIS_KYMRIAH,
        ),
        fact(
          'Blinatumomab and CD19 CAR T cells both redirect T cells against CD19 in relapsed or refractory B-ALL.',
          CAR_T_VS_BITE,
        ),
      ],
    },
    related: ['lymphocyte', 'b-cell', 'car-t-cell-therapy', 'blinatumomab'],
    source: NHGRI,
  },
  {
    id: 'cd19',
    name: 'CD19',
    category: 'gene',
    forms: [{ text: 'CD19', caseSensitive: true }],
    summary: 'CD19 is a protein on the outside of B cells and of most B-cell leukemia cells.',
    ...explained(
      fact('Blinatumomab finds leukemia cells by holding on to CD19.', ACS_IMMUNO),
      fact('Most CAR T-cell therapies are made to find CD19 too.', BUTT),
    ),
    student: {
      summary: fact('A pan-B-cell surface marker.', HPO_B_CELLS),
      facts: [
        fact('Most approved CAR T-cell products target CD19.', BUTT),
        fact(
          'Blinatumomab (a CD19-directed CD3 T-cell engager) and tisagenlecleucel share CD19 as their target.',
          CAR_T_VS_BITE,
        ),
      ],
    },
    related: ['b-cell', 'blinatumomab', 'car-t-cell-therapy', 'cd22'],
    source: ACS_IMMUNO,
  },
  {
    id: 'cd22',
    name: 'CD22',
    category: 'gene',
    forms: [{ text: 'CD22', caseSensitive: true }],
    summary: 'CD22 is a protein on the outside of B cells and many B-cell leukemia cells.',
    ...explained(
      fact('A drug called inotuzumab uses it to find the leukemia cells.', FDA_BESPONSA),
      fact('Then it carries a drug that kills cells into them.', FDA_BESPONSA),
    ),
    student: {
      summary: fact(
        'A transmembrane glycoprotein of the immunoglobulin superfamily (Siglec-2) on B cells.',
        CD22_DATASHEET,
      ),
      facts: [
        fact(
          'It is in the cytoplasm of pro-B and pre-B cells and on the surface of mature B cells, but not on plasma cells.',
          CD22_DATASHEET,
        ),
        fact('It is thought to set the threshold for B-cell receptor signaling.', CD22_DATASHEET),
        fact(
          'Loss or change of CD22 is one mechanism of resistance to inotuzumab ozogamicin.',
          INOTUZUMAB_REVIEW,
        ),
      ],
    },
    related: ['inotuzumab-ozogamicin', 'b-cell', 'cd19', 'antibody-drug-conjugate'],
    source: FDA_BESPONSA,
  },
  {
    id: 'stem-cell-transplant',
    name: 'Stem cell transplant',
    category: 'treatment',
    forms: [
      { text: 'stem cell transplant' },
      { text: 'stem cell transplantation' },
      { text: 'hematopoietic stem cell transplant' },
      { text: 'hematopoietic stem cell transplantation' },
      { text: 'bone marrow transplant' },
      { text: 'HSCT', caseSensitive: true },
    ],
    summary:
      'A stem cell transplant puts new blood-making cells into the body after the bone marrow has been destroyed.',
    ...explained(
      fact('The marrow may be destroyed by chemo, radiation or disease.', ACS_SCT),
      fact('The stem cells can come from bone marrow or from the blood.', ACS_SCT),
      fact('They may be the patient’s own, or come from someone else, called a donor.', ACS_SCT),
      fact(
        'If you might have a transplant after inotuzumab ozogamicin, talk about it with your care team.',
        FDA_BESPONSA,
      ),
    ),
    student: {
      summary: fact(
        'Hematopoietic stem cell transplant (HSCT) restocks marrow destroyed by chemotherapy, radiation or disease; autologous or allogeneic.',
        ACS_SCT,
      ),
      facts: [
        fact(
          'In adult Ph+ ALL, allogeneic transplant remained the only curative option in 2015, and TKIs let more patients reach it.',
          ASH_2015_PH_ALL,
        ),
        fact(
          'Sinusoidal obstruction syndrome after inotuzumab ozogamicin is most common when HSCT follows it.',
          INOTUZUMAB_REVIEW,
        ),
      ],
    },
    related: ['bone-marrow', 'inotuzumab-ozogamicin', 'ph-positive-all', 'remission'],
    source: ACS_SCT,
  },
  {
    id: 'tisagenlecleucel',
    name: 'Tisagenlecleucel',
    category: 'drug',
    forms: [{ text: 'tisagenlecleucel' }, { text: 'Kymriah', brand: true }],
    pronunciation: 'tis-a-jen-LEK-loo-sel',
    summary:
      'Tisagenlecleucel (Kymriah) is a CAR T-cell therapy for B-cell ALL in children and young adults.',
    ...explained(
      fact('It is made from the patient’s own T cells, changed to find CD19.', NOVARTIS_KYMRIAH),
      fact(
        'It is for people up to 25 years old whose ALL did not respond, or has come back more than once.',
        NOVARTIS_KYMRIAH,
      ),
      fact('It is given at a certified treatment center.', NOVARTIS_KYMRIAH),
    ),
    drug: {
      drugClass: fact('CAR T-cell therapy, a kind of immunotherapy.', NOVARTIS_KYMRIAH),
      target: fact('CD19, a protein on B cells and on B-cell leukemia cells.', NOVARTIS_KYMRIAH),
      howGiven: fact('Into a vein, as a drip, at a certified treatment center.', NOVARTIS_KYMRIAH),
    },
    sideEffects: {
      common: [
        fact(
          'Cytokine release syndrome (CRS), with fever and low blood pressure.',
          NOVARTIS_KYMRIAH,
        ),
      ],
      serious: [
        fact(
          'Its label has a boxed warning for CRS and for nervous system problems. Get help right away if you notice signs.',
          NOVARTIS_KYMRIAH,
        ),
      ],
      callCareTeam: [
        fact('Any sign of CRS, such as a fever, at any time after treatment.', NOVARTIS_KYMRIAH),
      ],
      notes: [],
    },
    student: {
      summary: fact(
        'A CD19-directed genetically modified autologous T-cell immunotherapy.',
        NOVARTIS_KYMRIAH,
      ),
      facts: [
        fact(
          'Label: patients up to 25 years with B-cell precursor ALL that is refractory or in second or later relapse.',
          NOVARTIS_KYMRIAH,
        ),
        fact('Approved in 2017 as the first FDA-approved commercial cellular therapy.', BUTT),
        fact('Approval rested on ELIANA, a single-arm global phase II trial.', NOVARTIS_KYMRIAH),
      ],
      properTerms: [
        fact(
          'CRS here shows as fever, hypotension, hypoxia and tachycardia, sometimes with organ dysfunction and coagulopathy.',
          NOVARTIS_KYMRIAH,
        ),
      ],
      monitoring: [
        fact(
          'Patients stay near the certified center for weeks after infusion, and tocilizumab is kept on site.',
          NOVARTIS_KYMRIAH,
        ),
      ],
    },
    related: ['car-t-cell-therapy', 'cytokine-release-syndrome', 'icans', 'cd19', 'b-cell-all'],
    source: NOVARTIS_KYMRIAH,
  },
  {
    id: 'brexucabtagene-autoleucel',
    name: 'Brexucabtagene autoleucel',
    category: 'drug',
    forms: [
      { text: 'brexucabtagene autoleucel' },
      { text: 'brexucabtagene' },
      { text: 'Tecartus', brand: true },
    ],
    pronunciation: 'brex-ue-KAB-ta-jeen aw-toe-LOO-sel',
    summary:
      'Brexucabtagene autoleucel (Tecartus) is a CAR T-cell therapy for adults with B-cell ALL.',
    ...explained(
      fact('It is for adults whose ALL came back or did not respond to treatment.', TECARTUS),
      fact('It is a CAR T-cell therapy made to find CD19.', TECARTUS),
      fact('It is given once, as a drip into a vein, after a short course of chemo.', TECARTUS),
    ),
    drug: {
      drugClass: fact('CAR T-cell therapy, a kind of immunotherapy.', TECARTUS),
      target: fact('CD19, a protein on B-cell leukemia cells.', TECARTUS),
      howGiven: fact('One drip into a vein, after a short course of chemo.', TECARTUS),
    },
    sideEffects: {
      common: [
        fact('Fever.', TECARTUS),
        fact('Cytokine release syndrome (CRS).', TECARTUS),
        fact('Low blood pressure.', TECARTUS),
        fact('Confusion or other brain problems.', TECARTUS),
        fact('Nausea, chills, headache and tiredness.', TECARTUS),
      ],
      serious: [
        fact(
          'Its label has a boxed warning for CRS and for nervous system problems. Get help right away if you notice signs.',
          TECARTUS,
        ),
      ],
      callCareTeam: [],
      notes: [],
    },
    student: {
      summary: fact(
        'A CD19-directed CAR T-cell therapy, approved in October 2021 for adults with R/R B-cell precursor ALL.',
        TECARTUS,
      ),
      facts: [
        fact(
          'In ZUMA-3, 28 of 54 evaluable patients (52%) reached complete response within 3 months.',
          TECARTUS,
        ),
        fact(
          'CRS occurred in 92% (grade 3 or higher in 26%) and neurologic toxicities in 87% (grade 3 or higher in 35%).',
          TECARTUS,
        ),
      ],
      properTerms: [
        fact(
          'Frequent reactions include encephalopathy, tachycardia, febrile neutropenia, hypoxia and tremor.',
          TECARTUS,
        ),
      ],
    },
    related: [
      'car-t-cell-therapy',
      'tisagenlecleucel',
      'cytokine-release-syndrome',
      'icans',
      'cd19',
    ],
    source: TECARTUS,
  },
];
