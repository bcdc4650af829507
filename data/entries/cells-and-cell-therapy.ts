/**
 * Cells, markers and cell therapies that students meet next to the source document (#17): bone
 * marrow, blasts, lymphocytes (B and T cells), CD19 and CD22, stem cell transplants, and the two
 * CAR T-cell therapies for B-cell ALL. Both levels each. Writing rules: see the top of concepts.ts.
 *
 * Sources (#24): primary only. Cells from the NCI dictionary and the ACS; the
 * two CAR T-cell therapies from their FDA labels (openFDA, DailyMed), FDA notices and the FDA's own
 * approval summary. What no primary source we could read says was dropped (tisagenlecleucel's
 * respelling is kept, unsourced, until NCI's dictionary page for it can be read).
 *
 * Guarded forms: bare "blast" (a blast of wind) is not a form, only "blast cell", "lymphoblast"
 * and "leukemic blast". "B cell" and "T cell" match in exact case only ("b cell" is rare, but a
 * lower-case "t cell" turns up in other fields).
 */
import {
  ACS_IMMUNO,
  ACS_STEM_CELL_TRANSPLANT as ACS_SCT,
  ASH_2015_PH_ALL,
  DAILYMED_KYMRIAH_MEDGUIDE as KYMRIAH_GUIDE,
  FDA_BESPONSA,
  FDA_CAR_T_BOXED_WARNING_2024 as FDA_2024,
  FDA_KYMRIAH_APPROVAL_SUMMARY as KYMRIAH_SUMMARY,
  FDA_KYMRIAH_LABEL as KYMRIAH_LABEL,
  FDA_TECARTUS_ALL_2021 as TECARTUS_2021,
  FDA_TECARTUS_LABEL as TECARTUS_LABEL,
  INOTUZUMAB_REVIEW,
  NCI_CRS,
  NCI_DICTIONARY_B_TERMS as NCI_B,
  NCI_DICTIONARY_BONE_MARROW as NCI_MARROW,
  NCI_DICTIONARY_BREXUCABTAGENE as NCI_BREXU,
} from '../sources';
import type { GlossaryEntry } from '../types';
import { explained, fact } from './facts';

export const CELL_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'bone-marrow',
    name: 'Bone marrow',
    category: 'body',
    forms: [{ text: 'bone marrow' }],
    summary:
      'Bone marrow is the soft, spongy tissue in the center of most bones, where blood cells are made.',
    ...explained(
      fact(
        'Red marrow holds blood stem cells that can become red blood cells, white blood cells or platelets.',
        NCI_MARROW,
      ),
      fact('Yellow marrow is mostly fat.', NCI_MARROW),
      fact('In B-cell ALL, too many young B cells fill the bone marrow and the blood.', NCI_B),
    ),
    student: {
      summary: fact(
        'Soft, highly vascular tissue in the center of most bones: red marrow holds the blood stem cells, yellow marrow is mostly fat.',
        NCI_MARROW,
      ),
      facts: [
        fact(
          'Yellow marrow also holds stem cells that can become cartilage, fat or bone cells.',
          NCI_MARROW,
        ),
        fact(
          'B-cell ALL is defined by too many B-cell lymphoblasts in marrow and blood; it is the most common type of ALL.',
          NCI_B,
        ),
      ],
    },
    related: [
      'blast',
      'acute-lymphocytic-leukemia',
      'stem-cell-transplant',
      'minimal-residual-disease',
    ],
    source: NCI_MARROW,
  },
  {
    id: 'blast',
    name: 'Blast (blast cell)',
    category: 'body',
    forms: [
      { text: 'blast cell' },
      { text: 'lymphoblast' },
      { text: 'leukemic blast' },
      { text: 'leukemia blast' },
    ],
    summary: 'A blast is a very young blood cell that has not grown up yet.',
    ...explained(
      fact('Lymphoblasts are young white blood cells.', NCI_B),
      fact(
        'In B-cell ALL, far too many of them are found in the bone marrow and the blood.',
        NCI_B,
      ),
    ),
    student: {
      summary: fact(
        'An immature blood cell; in B-cell ALL, the B-cell lymphoblasts that crowd marrow and blood.',
        NCI_B,
      ),
      facts: [fact('B-cell ALL is the most common type of ALL.', NCI_B)],
    },
    related: ['bone-marrow', 'lymphocyte', 'acute-lymphocytic-leukemia'],
    source: NCI_B,
  },
  {
    id: 'lymphocyte',
    name: 'Lymphocyte',
    category: 'body',
    forms: [{ text: 'lymphocyte' }],
    summary: 'A lymphocyte is a kind of white blood cell that is part of the immune system.',
    ...explained(
      fact('B cells are lymphocytes that make antibodies.', NCI_B),
      fact(
        'T cells are another kind of immune cell; CAR T-cell therapy is made from them.',
        NCI_BREXU,
      ),
      fact('ALL is a cancer of young lymphocytes, called lymphoblasts.', NCI_B),
    ),
    student: {
      summary: fact(
        'A white blood cell of the immune system; B lymphocytes make antibodies and develop from stem cells in the marrow.',
        NCI_B,
      ),
      facts: [
        fact(
          'In B-cell ALL, B-cell lymphoblasts, immature lymphocytes, build up in marrow and blood.',
          NCI_B,
        ),
      ],
    },
    related: ['b-cell', 't-cell', 'acute-lymphocytic-leukemia', 'blast'],
    source: NCI_B,
  },
  {
    id: 'b-cell',
    name: 'B cell',
    category: 'body',
    forms: [
      { text: 'B cell', caseSensitive: true },
      { text: 'B lymphocyte', caseSensitive: true },
    ],
    summary: 'A B cell is a kind of white blood cell that makes antibodies.',
    ...explained(
      fact('B cells are part of the immune system.', NCI_B),
      fact('They grow from stem cells in the bone marrow.', NCI_B),
      fact(
        'Some drugs for B-cell ALL find the leukemia cells by CD19, a protein on B cells.',
        ACS_IMMUNO,
      ),
    ),
    student: {
      summary: fact(
        'A lymphocyte of the immune system that makes antibodies; it develops from stem cells in the bone marrow.',
        NCI_B,
      ),
      facts: [
        fact('B-cell ALL, the most common type of ALL, is a cancer of B-cell lymphoblasts.', NCI_B),
        fact(
          'B-cell aplasia after inotuzumab ozogamicin adds to the risk of infection.',
          INOTUZUMAB_REVIEW,
        ),
      ],
    },
    related: ['lymphocyte', 't-cell', 'b-cell-all', 'cd19', 'cd22'],
    source: NCI_B,
  },
  {
    id: 't-cell',
    name: 'T cell',
    category: 'body',
    forms: [
      { text: 'T cell', caseSensitive: true },
      { text: 'T lymphocyte', caseSensitive: true },
    ],
    summary: 'A T cell is a kind of immune cell that can be used to kill cancer cells.',
    ...explained(
      fact(
        'Blinatumomab brings T cells close to leukemia cells so they can attack them.',
        ACS_IMMUNO,
      ),
      fact(
        'In CAR T-cell therapy, your own T cells are changed in a lab so they can find cancer cells.',
        NCI_BREXU,
      ),
    ),
    student: {
      summary: fact(
        'An immune system cell, the one that CAR T-cell therapy engineers with a chimeric antigen receptor.',
        NCI_BREXU,
      ),
      facts: [
        fact(
          'CAR T-cell therapy adds a gene for a chimeric antigen receptor to a patient’s own T cells, then grows them in large numbers.',
          NCI_BREXU,
        ),
        fact(
          'T-cell cancers, some carrying the CAR, have followed CD19- and BCMA-directed CAR T-cell therapy, so the FDA required a boxed warning in 2024.',
          FDA_2024,
        ),
      ],
    },
    related: ['lymphocyte', 'b-cell', 'car-t-cell-therapy', 'blinatumomab'],
    source: NCI_BREXU,
  },
  {
    id: 'cd19',
    name: 'CD19',
    category: 'body',
    forms: [{ text: 'CD19', caseSensitive: true }],
    summary: 'CD19 is a protein on the outside of B cells and of most B-cell leukemia cells.',
    ...explained(
      fact('Blinatumomab finds leukemia cells by holding on to CD19.', ACS_IMMUNO),
      fact('So do some CAR T-cell therapies, which use your own T cells.', NCI_BREXU),
    ),
    student: {
      summary: fact(
        'A B-cell surface protein, the target of blinatumomab and of the CD19 CAR T-cell therapies.',
        ACS_IMMUNO,
      ),
      facts: [
        fact(
          'Tisagenlecleucel is a CD19-directed, genetically modified, autologous T-cell immunotherapy.',
          KYMRIAH_SUMMARY,
        ),
        fact(
          'Brexucabtagene autoleucel binds CD19, found on some lymphoma and leukemia cells.',
          NCI_BREXU,
        ),
      ],
    },
    related: ['b-cell', 'blinatumomab', 'car-t-cell-therapy', 'cd22'],
    source: ACS_IMMUNO,
  },
  {
    id: 'cd22',
    name: 'CD22',
    category: 'body',
    forms: [{ text: 'CD22', caseSensitive: true }],
    summary: 'CD22 is a protein on the outside of B cells and many B-cell leukemia cells.',
    ...explained(
      fact('A drug called inotuzumab uses it to find the leukemia cells.', FDA_BESPONSA),
      fact('Then it carries a drug that kills cells into them.', FDA_BESPONSA),
    ),
    student: {
      summary: fact(
        'A B-cell surface protein, the target of the antibody-drug conjugate inotuzumab ozogamicin.',
        FDA_BESPONSA,
      ),
      facts: [
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
      'Tisagenlecleucel (Kymriah) is a CAR T-cell therapy for B-cell ALL in children and young people up to 25 years old.',
    ...explained(
      fact('It is made from the patient’s own white blood cells.', KYMRIAH_GUIDE),
      fact(
        'The cells are changed in a lab so they find CD19, a protein on B-cell leukemia cells.',
        KYMRIAH_SUMMARY,
      ),
      fact(
        'It is for people up to 25 years old whose ALL came back or did not go away with other treatment.',
        KYMRIAH_GUIDE,
      ),
      fact(
        'It is not approved for adults over 25 with ALL; another CAR T-cell therapy is.',
        TECARTUS_2021,
      ),
    ),
    drug: {
      drugClass: fact('CAR T-cell therapy, a kind of immunotherapy.', KYMRIAH_SUMMARY),
      target: fact('CD19, a protein on B cells and on B-cell leukemia cells.', KYMRIAH_SUMMARY),
      howGiven: fact('Into a vein, as a drip, after a short course of chemo.', KYMRIAH_SUMMARY),
    },
    sideEffects: {
      common: [
        fact(
          'Cytokine release syndrome (CRS): immune cells let out a flood of cytokines, which can bring fever and low blood pressure.',
          NCI_CRS,
        ),
      ],
      serious: [
        fact(
          'CRS and nervous system problems can be severe, so your care team watches for them closely.',
          KYMRIAH_SUMMARY,
        ),
        fact(
          'Its FDA label has a boxed warning, a warning printed in a box at the top of the label.',
          KYMRIAH_LABEL,
        ),
        fact(
          'Since 2024 the boxed warning also covers new cancers of T cells after this kind of treatment.',
          FDA_2024,
        ),
      ],
      callCareTeam: [
        fact(
          'Call your care team or get emergency help at once for trouble breathing, a fever, chills, or feeling dizzy.',
          KYMRIAH_GUIDE,
        ),
        fact(
          'Do the same for confusion, which can be a sign of a nervous system problem.',
          KYMRIAH_GUIDE,
        ),
        fact(
          'Also call for bad nausea, throwing up, diarrhea, or bad muscle or joint pain.',
          KYMRIAH_GUIDE,
        ),
      ],
      notes: [
        fact('Tell any doctor who treats you that you have had this treatment.', KYMRIAH_GUIDE),
      ],
    },
    student: {
      summary: fact(
        'A CD19-directed genetically modified autologous T-cell immunotherapy.',
        KYMRIAH_SUMMARY,
      ),
      facts: [
        fact(
          'FDA approval (August 2017): patients up to 25 years with B-cell precursor ALL that is refractory or in second or later relapse.',
          KYMRIAH_SUMMARY,
        ),
        fact(
          'Approval rested on a single-arm trial: 63% of 63 children and young adults reached complete remission, all with MRD below 0.01%.',
          KYMRIAH_SUMMARY,
        ),
        fact(
          'Its REMS was removed in June 2025, so treatment no longer depends on a REMS-certified center.',
          KYMRIAH_LABEL,
        ),
      ],
      properTerms: [
        fact(
          'Boxed warning (class-wide since 2024): T-cell malignancies, including CAR-positive tumors, after CD19- or BCMA-directed autologous CAR T cells.',
          FDA_2024,
        ),
      ],
      monitoring: [
        fact(
          'In the approval trial, CRS occurred in 79% and neurologic events in 65%.',
          KYMRIAH_SUMMARY,
        ),
      ],
    },
    related: ['car-t-cell-therapy', 'cytokine-release-syndrome', 'icans', 'cd19', 'b-cell-all'],
    source: KYMRIAH_LABEL,
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
    pronunciation: 'brek-suh-KAB-tuh-jeen AW-toh-LOO-sel',
    summary:
      'Brexucabtagene autoleucel (Tecartus) is a CAR T-cell therapy for adults with B-cell ALL.',
    ...explained(
      fact(
        'It is for adults whose ALL came back or did not get better with other treatment.',
        NCI_BREXU,
      ),
      fact('It is made from the patient’s own T cells, a kind of white blood cell.', NCI_BREXU),
      fact(
        'In a lab, the cells get a gene for a special receptor that holds on to CD19, a protein on the leukemia cells.',
        NCI_BREXU,
      ),
      fact(
        'It is given once, as a drip into a vein, after a short course of chemo.',
        TECARTUS_2021,
      ),
    ),
    drug: {
      drugClass: fact('CAR T-cell therapy, a kind of immunotherapy.', NCI_BREXU),
      target: fact('CD19, a protein on B-cell leukemia cells.', NCI_BREXU),
      howGiven: fact('One drip into a vein, after a short course of chemo.', TECARTUS_2021),
    },
    sideEffects: {
      common: [
        fact('Fever.', TECARTUS_2021),
        fact(
          'Cytokine release syndrome (CRS), a strong immune reaction that can bring fever and low blood pressure.',
          NCI_CRS,
        ),
        fact('Low blood pressure.', TECARTUS_2021),
        fact('Confusion or other brain problems.', TECARTUS_2021),
        fact('Nausea, chills, headache and feeling tired.', TECARTUS_2021),
      ],
      serious: [
        fact(
          'Its FDA label has a boxed warning, a warning printed in a box at the top of the label, about CRS and nervous system problems.',
          TECARTUS_LABEL,
        ),
        fact(
          'Since 2024 the boxed warning also covers new cancers of T cells after this kind of treatment.',
          FDA_2024,
        ),
      ],
      callCareTeam: [
        fact(
          'Call your care team at once for a fever, trouble breathing, a fast heartbeat or feeling dizzy, which can be signs of CRS.',
          NCI_CRS,
        ),
        fact(
          'Call at once for confusion or shaking, which can be signs that the brain and nerves are affected.',
          TECARTUS_2021,
        ),
      ],
      notes: [],
    },
    student: {
      summary: fact(
        'A CD19-directed CAR T-cell therapy, approved in October 2021 for adults with R/R B-cell precursor ALL.',
        TECARTUS_2021,
      ),
      facts: [
        fact(
          'ZUMA-3 was a single-arm, multicenter trial: 28 of 54 evaluable patients (52%) reached complete response within 3 months.',
          TECARTUS_2021,
        ),
        fact(
          'CRS occurred in 92% (grade 3 or higher in 26%) and neurologic toxicities in 87% (grade 3 or higher in 35%).',
          TECARTUS_2021,
        ),
      ],
      properTerms: [
        fact(
          'Boxed warning: cytokine release syndrome, neurologic toxicities, and secondary hematological malignancies.',
          TECARTUS_LABEL,
        ),
        fact(
          'Frequent reactions include encephalopathy, tachycardia, febrile neutropenia, hypoxia and tremor.',
          TECARTUS_2021,
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
    source: TECARTUS_LABEL,
  },
];
