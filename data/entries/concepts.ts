/**
 * Diseases, genes and kinds of treatment.
 *
 * Writing rules for every entry (a hematology teacher reviews them):
 * - Our own words, US grade 8 or below by Flesch-Kincaid (data/__tests__/readability.test.ts):
 *   short sentences, one idea each, common words, medical words explained.
 * - Every sentence of an explanation is a Fact with its own source; the summary comes from the
 *   entry's `source`. No general knowledge from memory: if no listed source says it, leave it out.
 * - No doses or schedules, and no advice beyond "talk to your care team". What to do comes
 *   before a stark fact, and a stark fact is said once.
 *
 * Forms: the matcher adds separator variants (hyphen, non-breaking hyphen, en dash, space),
 * plurals, possessives and a trailing ® or ™, so list only spellings that differ otherwise.
 * Any form holding an abbreviation that is also an everyday word ("ALL" / "all", "Ph" / "pH",
 * "TKI" inside a word) is caseSensitive.
 */
import {
  ACS_IMMUNO,
  ACS_TARGETED,
  ASH_2015_PH_ALL,
  BBMT_ALL_RESPONSE as BBMT,
  CAR_T_VS_BITE,
  DAILYMED_BESPONSA_2024,
  FDA_BESPONSA,
  FDA_BLINCYTO,
  FDA_KYMRIAH_APPROVAL_SUMMARY,
  FDA_TECARTUS_ALL_2021,
  FRANQUIZ_BLINATUMOMAB_REVIEW as FRANQUIZ,
  GLEISSNER_BCR_ABL as GLEISSNER,
  INOTUZUMAB_REVIEW,
  LARSON_CALGB_8811 as CALGB_8811,
  LLS_GLOSSARY as LLS,
  MOORMAN_CYTOGENETICS as MOORMAN,
  LLS_ALL_CHEMOTHERAPY as LLS_CHEMO,
  NCI_CTCAE_V5 as CTCAE,
  NCI_FUSION_GENE,
  NCI_IMMUNOCONJUGATE,
  NCI_MONOCLONAL_ANTIBODY,
  NCI_PDQ_ALL_PATIENT as PDQ_PATIENT,
  NCI_PH_POSITIVE,
} from '../sources';
import type { GlossaryEntry } from '../types';
import { explained, fact } from './facts';

export const CONCEPT_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'acute-lymphocytic-leukemia',
    name: 'Acute lymphocytic leukemia (ALL)',
    category: 'disease',
    forms: [
      { text: 'acute lymphocytic leukemia' },
      { text: 'acute lymphoblastic leukemia' },
      { text: 'acute lymphoid leukemia' },
      // British spellings.
      { text: 'acute lymphocytic leukaemia' },
      { text: 'acute lymphoblastic leukaemia' },
      { text: 'acute lymphoid leukaemia' },
      // Never "all": the everyday word is everywhere.
      { text: 'ALL', caseSensitive: true },
    ],
    summary: 'ALL is a cancer of the blood and bone marrow that grows fast without treatment.',
    ...explained(
      fact('Bone marrow is in the middle of most bones.', PDQ_PATIENT),
      fact('It holds the stem cells that grow into new blood cells.', PDQ_PATIENT),
      fact(
        'In ALL, the marrow makes too many lymphocytes, a kind of white blood cell.',
        PDQ_PATIENT,
      ),
      fact('These cells do not fight germs well.', PDQ_PATIENT),
      fact('Another name for ALL is acute lymphoblastic leukemia.', ACS_IMMUNO),
    ),
    student: {
      summary: fact(
        'A leukemia in which the marrow turns out too many lymphoid cells (lymphoblasts and B or T lymphocytes) that fail as immune cells and crowd out normal blood cells.',
        PDQ_PATIENT,
      ),
      facts: [
        fact(
          'In a population-based adult cohort, survival was worse with older age and with t(9;22), t(4;11), low hypodiploidy/near-triploidy or a complex karyotype.',
          MOORMAN,
        ),
      ],
      properTerms: [
        fact(
          'Extramedullary disease: leukemia outside the marrow, such as in the CNS; its absence is one criterion of complete remission.',
          BBMT,
        ),
      ],
      monitoring: [
        fact(
          'Response is judged on marrow blasts, circulating blasts, neutrophil and platelet recovery, and extramedullary sites.',
          BBMT,
        ),
      ],
    },
    related: [
      'ph-positive-all',
      'b-cell-all',
      'chemotherapy',
      'targeted-therapy',
      'immunotherapy',
      'remission',
    ],
    source: PDQ_PATIENT,
  },
  {
    id: 'ph-positive-all',
    name: 'Philadelphia chromosome-positive ALL (Ph+ ALL)',
    category: 'disease',
    // One phrase, so it gets its own card; it links to both of its parts.
    forms: [
      { text: 'Ph+ ALL', caseSensitive: true },
      { text: 'Ph+ALL', caseSensitive: true },
      { text: 'Ph-positive ALL', caseSensitive: true },
      { text: 'Philadelphia chromosome-positive ALL', caseSensitive: true },
      { text: 'Philadelphia-positive ALL', caseSensitive: true },
      { text: 'Philadelphia chromosome-positive acute lymphocytic leukemia' },
      { text: 'Philadelphia chromosome-positive acute lymphoblastic leukemia' },
      { text: 'Philadelphia chromosome-positive acute lymphoblastic leukaemia' },
    ],
    summary:
      'Ph+ ALL is a type of ALL in which the leukemia cells have the Philadelphia chromosome.',
    ...explained(
      fact('About 1 in 4 adults with ALL have this type.', ACS_TARGETED),
      fact('The Philadelphia chromosome holds an abnormal gene called BCR-ABL.', ACS_TARGETED),
      fact('This gene makes a protein that helps the leukemia cells grow.', ACS_TARGETED),
      fact('Drugs called TKIs attack that protein.', ACS_TARGETED),
      fact('Adding a TKI to chemo makes it more likely that the leukemia goes away.', ACS_TARGETED),
      fact('Staying on a TKI can also help keep it from coming back.', ACS_TARGETED),
    ),
    student: {
      summary: fact('ALL with the t(9;22)(q34;q11) translocation in its blasts.', MOORMAN),
      facts: [
        fact(
          'In a population-based adult series its incidence rose with each decade of age, to 24% at 40–49 years, and then levelled off.',
          MOORMAN,
        ),
        fact(
          'In German multicenter trials, 37% of adults with CD10-positive B-precursor ALL were BCR-ABL positive: p190 in 77%, p210 in 20%, both in 3%.',
          GLEISSNER,
        ),
        fact(
          'BCR-ABL positivity went with older age and higher white cell counts at diagnosis.',
          GLEISSNER,
        ),
        fact(
          'In those trials of chemotherapy alone (reported in 2002), it meant fewer initial responses (68.4% against 84.6%) and poorer 3-year disease-free survival.',
          GLEISSNER,
        ),
      ],
      monitoring: [
        fact(
          'At diagnosis, BCR-ABL RT-PCR detects the translocation quickly and with high sensitivity.',
          GLEISSNER,
        ),
        fact('In adults, MRD assessment is used to refine the risk group.', ASH_2015_PH_ALL),
      ],
    },
    related: [
      'acute-lymphocytic-leukemia',
      'philadelphia-chromosome',
      'bcr-abl',
      'tyrosine-kinase-inhibitor',
      'remission',
    ],
    source: ACS_TARGETED,
  },
  {
    id: 'b-cell-all',
    name: 'B-cell ALL',
    category: 'disease',
    forms: [
      { text: 'B-cell ALL', caseSensitive: true },
      { text: 'B-ALL', caseSensitive: true },
      { text: 'B-cell precursor ALL', caseSensitive: true },
      { text: 'B-cell acute lymphoblastic leukemia' },
      { text: 'B-cell acute lymphocytic leukemia' },
      { text: 'B-cell precursor acute lymphoblastic leukemia' },
    ],
    summary:
      'B-cell ALL is a type of ALL that starts in young B cells, one kind of white blood cell.',
    ...explained(
      fact(
        'B cells and T cells are two kinds of lymphocytes, a type of white blood cell.',
        PDQ_PATIENT,
      ),
      fact('B cells make antibodies that help fight germs.', PDQ_PATIENT),
      fact('Blinatumomab (Blincyto) is used for some types of B-cell ALL.', ACS_IMMUNO),
      fact('It finds the leukemia cells by a protein called CD19 on B cells.', ACS_IMMUNO),
    ),
    student: {
      summary: fact(
        'ALL arising from B-lineage lymphoid cells, whose blasts carry B-cell surface proteins such as CD19, the target of blinatumomab.',
        ACS_IMMUNO,
      ),
      facts: [
        fact(
          'Inotuzumab’s label covers relapsed or refractory CD22-positive B-cell precursor ALL, in adults and in children from age 1.',
          DAILYMED_BESPONSA_2024,
        ),
      ],
    },
    related: [
      'acute-lymphocytic-leukemia',
      'blinatumomab',
      'inotuzumab-ozogamicin',
      'immunotherapy',
    ],
    source: PDQ_PATIENT,
  },
  {
    id: 'philadelphia-chromosome',
    name: 'Philadelphia chromosome (Ph)',
    category: 'gene',
    // Bare "Ph" is left out: it is the start of too many words and names.
    forms: [
      { text: 'Philadelphia chromosome' },
      { text: 'Ph chromosome', caseSensitive: true },
      { text: 'Ph+', caseSensitive: true },
      { text: 'Ph-positive', caseSensitive: true },
      { text: 'Philadelphia chromosome-positive' },
      { text: 'Philadelphia-positive' },
      { text: 'Ph-negative', caseSensitive: true },
      { text: 'Philadelphia chromosome-negative' },
      { text: 'Philadelphia-negative' },
    ],
    summary:
      'The Philadelphia chromosome is an abnormal chromosome in the leukemia cells of some people with ALL.',
    ...explained(
      fact(
        'The Philadelphia chromosome forms when chromosomes 9 and 22 swap pieces.',
        ACS_TARGETED,
      ),
      fact('The swap makes a new gene called BCR-ABL.', ACS_TARGETED),
      fact('About 1 in 4 adults with ALL have it in their leukemia cells.', ACS_TARGETED),
      fact('Their leukemia is called Ph+ ALL.', ACS_TARGETED),
    ),
    student: {
      summary: fact(
        'The chromosome 22 that receives part of the ABL1 gene from chromosome 9, creating the BCR::ABL1 fusion gene.',
        NCI_PH_POSITIVE,
      ),
      facts: [
        fact(
          'It is the most frequent cytogenetic abnormality of human leukemia, found in over 95% of CML.',
          GLEISSNER,
        ),
        fact('It also occurs in some cases of ALL and of AML.', NCI_PH_POSITIVE),
        fact(
          'Its fusion protein can drive immature white cells to proliferate without control in marrow and blood.',
          NCI_PH_POSITIVE,
        ),
      ],
      properTerms: [
        fact(
          'Ph-positive and Ph-negative: whether or not a leukemia’s cells carry it, which may guide treatment planning.',
          NCI_PH_POSITIVE,
        ),
      ],
      monitoring: [
        fact(
          'RT-PCR for BCR-ABL transcripts is a fast, sensitive way to detect it at diagnosis.',
          GLEISSNER,
        ),
      ],
    },
    related: [
      'bcr-abl',
      'ph-positive-all',
      'tyrosine-kinase-inhibitor',
      'acute-lymphocytic-leukemia',
    ],
    source: ACS_TARGETED,
  },
  {
    id: 'bcr-abl',
    name: 'BCR-ABL',
    category: 'gene',
    // Not case-sensitive: "bcr-abl" is no everyday word, and papers write "Bcr-Abl" for the protein.
    forms: [
      { text: 'BCR-ABL' },
      { text: 'BCR-ABL1' },
      { text: 'BCR::ABL1' },
      { text: 'BCR::ABL' },
      { text: 'BCR/ABL' },
      { text: 'BCR/ABL1' },
    ],
    summary: 'BCR-ABL is an abnormal gene that helps some leukemia cells grow.',
    ...explained(
      fact('It forms when chromosomes 9 and 22 swap pieces.', ACS_TARGETED),
      fact('This swap makes the Philadelphia chromosome.', ACS_TARGETED),
      fact('Cells with the BCR-ABL gene make an abnormal protein.', ACS_TARGETED),
      fact('The protein helps the cells grow.', ACS_TARGETED),
      fact('Drugs called TKIs attack this protein.', ACS_TARGETED),
    ),
    student: {
      summary: fact(
        'The BCR::ABL1 fusion gene, formed when part of ABL1 on chromosome 9 joins BCR on chromosome 22; its protein can drive immature white cells to proliferate.',
        NCI_PH_POSITIVE,
      ),
      facts: [
        fact(
          'Its abnormal protein is what the tyrosine kinase inhibitors (TKIs) attack.',
          ACS_TARGETED,
        ),
        fact(
          'Fusion genes like it arise when DNA from one chromosome moves to another, and their fusion proteins can drive some cancers.',
          NCI_FUSION_GENE,
        ),
        fact(
          'Two transcripts dominate in adult B-precursor ALL: p190 (77% of positive cases) and p210 (20%).',
          GLEISSNER,
        ),
      ],
      monitoring: [fact('RT-PCR detects BCR-ABL transcripts and tells p190 from p210.', GLEISSNER)],
    },
    related: ['philadelphia-chromosome', 'ph-positive-all', 'tyrosine-kinase-inhibitor'],
    source: ACS_TARGETED,
  },
  {
    id: 'targeted-therapy',
    name: 'Targeted therapy',
    category: 'treatment',
    // Not "targeted" alone: far too common a word.
    forms: [
      { text: 'targeted therapy' },
      { text: 'targeted drug' },
      { text: 'targeted cancer therapy' },
      { text: 'targeted treatment' },
    ],
    summary: 'Targeted therapy uses drugs that attack certain parts of cancer cells.',
    ...explained(
      fact('These drugs are not the same as standard chemo.', ACS_TARGETED),
      fact('They sometimes work when chemo does not.', ACS_TARGETED),
      fact('Their side effects are often different.', ACS_TARGETED),
      fact('For Ph+ ALL, the targeted drugs are called TKIs.', ACS_TARGETED),
      fact('Some immunotherapy drugs for ALL count as targeted drugs too.', ACS_TARGETED),
      fact('That is because they attach to certain parts of leukemia cells.', ACS_TARGETED),
    ),
    student: {
      summary: fact(
        'Drug treatment directed at specific parts of cancer cells, distinct from standard cytotoxic chemotherapy and often with a different toxicity profile.',
        ACS_TARGETED,
      ),
      facts: [
        fact(
          'In ALL, the BCR-ABL TKIs for Ph+ disease are targeted drugs, and the antibodies blinatumomab and inotuzumab ozogamicin may be counted as such too.',
          ACS_TARGETED,
        ),
      ],
      properTerms: [
        fact(
          'Immunoconjugate: an antibody chemically linked to a toxin, radioactive molecule or drug, which its antibody carries to cancer cells.',
          NCI_IMMUNOCONJUGATE,
        ),
      ],
    },
    related: [
      'tyrosine-kinase-inhibitor',
      'chemotherapy',
      'immunotherapy',
      'blinatumomab',
      'inotuzumab-ozogamicin',
    ],
    source: ACS_TARGETED,
  },
  {
    id: 'chemotherapy',
    name: 'Chemotherapy (chemo)',
    category: 'treatment',
    forms: [{ text: 'chemotherapy' }, { text: 'chemo' }],
    summary: 'Chemotherapy, or chemo, is the main drug treatment for ALL, given in phases.',
    ...explained(
      fact('The first phase uses several drugs together.', LLS_CHEMO),
      fact(
        'Its goal is a remission, when the usual tests no longer find leukemia in the marrow.',
        LLS_CHEMO,
      ),
      fact('Targeted drugs are not the same as chemo.', ACS_TARGETED),
      fact('They attack certain parts of cancer cells.', ACS_TARGETED),
      fact(
        'In Ph+ ALL, adding a TKI to chemo makes it more likely that the leukemia goes away.',
        ACS_TARGETED,
      ),
    ),
    student: {
      summary: fact(
        'Cytotoxic drug therapy, the mainstay of ALL treatment, given in phases that begin with multi-agent remission induction.',
        LLS_CHEMO,
      ),
      facts: [
        fact(
          'CALGB 8811 (chemotherapy alone, reported in 1995) induced adults with cyclophosphamide, daunorubicin, vincristine, prednisone and L-asparaginase; 85% of 197 reached complete remission.',
          CALGB_8811,
        ),
        fact(
          'Remission rates fell with age in that study: 94% under 30, 85% at 30–59 and 39% at 60 or older.',
          CALGB_8811,
        ),
        fact(
          'Post-remission therapy there comprised consolidation, CNS prophylaxis, late intensification and maintenance.',
          CALGB_8811,
        ),
      ],
      properTerms: [
        fact('Induction: the first phase, meant to bring about remission.', LLS_CHEMO),
        fact(
          'CNS-directed therapy (CNS prophylaxis): treatment given through the whole course to stop leukemia cells spreading to the brain and spinal cord.',
          LLS_CHEMO,
        ),
      ],
    },
    related: ['targeted-therapy', 'tyrosine-kinase-inhibitor', 'remission'],
    source: LLS_CHEMO,
  },
  {
    id: 'immunotherapy',
    name: 'Immunotherapy',
    category: 'treatment',
    forms: [{ text: 'immunotherapy' }],
    summary:
      'Immunotherapy uses medicines that help your own immune system find and kill cancer cells.',
    ...explained(
      fact('Some of these drugs for ALL are antibodies made in a lab.', ACS_IMMUNO),
      fact('Blinatumomab (Blincyto) is one of them.', ACS_IMMUNO),
      fact(
        'It brings leukemia cells and T cells, a kind of immune cell, close together.',
        ACS_IMMUNO,
      ),
      fact('This is thought to help the immune system attack the leukemia.', ACS_IMMUNO),
    ),
    student: {
      summary: fact(
        'Treatment that turns the patient’s own immune system against cancer cells; for ALL it includes monoclonal antibodies such as blinatumomab and inotuzumab ozogamicin.',
        ACS_IMMUNO,
      ),
      facts: [
        fact(
          'CAR T-cell therapy is immunotherapy too: tisagenlecleucel, approved in 2017, is for B-cell precursor ALL up to age 25 only.',
          FDA_KYMRIAH_APPROVAL_SUMMARY,
        ),
        fact(
          'For adults with R/R B-cell precursor ALL, the CAR T-cell therapy brexucabtagene autoleucel was approved in October 2021.',
          FDA_TECARTUS_ALL_2021,
        ),
        fact(
          'The BiTE blinatumomab and CD19-directed CAR T cells share one principle: T cells redirected to CD19.',
          CAR_T_VS_BITE,
        ),
      ],
      properTerms: [
        fact(
          'Cytokine release syndrome (CRS): fever, tachypnea, headache, tachycardia, hypotension, rash or hypoxia caused by released cytokines.',
          CTCAE,
        ),
        fact(
          'ICANS (immune effector cell-associated neurotoxicity syndrome): named with CRS in blinatumomab’s boxed warning.',
          FDA_BLINCYTO,
        ),
      ],
      monitoring: [
        fact(
          'CTCAE grades CRS from fever alone through hypotension and hypoxia; at grade 3 they need a pressor or at least 40% oxygen.',
          CTCAE,
        ),
      ],
    },
    related: ['monoclonal-antibody', 'blinatumomab', 'inotuzumab-ozogamicin', 'targeted-therapy'],
    source: ACS_IMMUNO,
  },
  {
    id: 'monoclonal-antibody',
    name: 'Monoclonal antibody',
    category: 'treatment',
    // "mAb" is left out: rare outside papers, and easy to mistake.
    forms: [{ text: 'monoclonal antibody' }],
    summary:
      'A monoclonal antibody is an antibody made in a lab to attack one target, such as a protein on leukemia cells.',
    ...explained(
      fact('Antibodies are proteins that the immune system makes to fight germs.', ACS_IMMUNO),
      fact('Blinatumomab (Blincyto) is a special kind of these drugs.', ACS_IMMUNO),
      fact('It holds on to two proteins at once.', ACS_IMMUNO),
      fact('One is CD19, found on B cells. The other is CD3, found on T cells.', ACS_IMMUNO),
    ),
    student: {
      summary: fact(
        'A laboratory-made protein built to bind one antigen, used alone or to carry drugs, toxins or radioactive substances to cells.',
        NCI_MONOCLONAL_ANTIBODY,
      ),
      facts: [
        fact('They serve in diagnosis as well as in treatment.', NCI_MONOCLONAL_ANTIBODY),
        fact(
          'Inotuzumab ozogamicin is built on a humanized anti-CD22 monoclonal antibody.',
          INOTUZUMAB_REVIEW,
        ),
        fact(
          'Blinatumomab is bispecific: it binds CD19 on B cells and CD3 on T cells at the same time.',
          ACS_IMMUNO,
        ),
      ],
      properTerms: [
        fact(
          'Antigen: the target an antibody binds, for example on the surface of cancer cells.',
          NCI_MONOCLONAL_ANTIBODY,
        ),
        fact(
          'Bispecific T-cell engager (BiTE): in blinatumomab, a construct linking CD3-positive T cells to CD19-positive lymphoblasts.',
          FRANQUIZ,
        ),
      ],
    },
    related: ['immunotherapy', 'blinatumomab', 'antibody-drug-conjugate'],
    source: ACS_IMMUNO,
  },
  {
    id: 'antibody-drug-conjugate',
    name: 'Antibody-drug conjugate',
    category: 'treatment',
    // "ADC" is left out: it means many other things on the web.
    forms: [{ text: 'antibody-drug conjugate' }],
    summary: 'An antibody-drug conjugate is an antibody joined to a drug that kills cells.',
    ...explained(
      fact('The antibody part works like a guide.', FDA_BESPONSA),
      fact('It finds cells that have a certain protein on the outside.', FDA_BESPONSA),
      fact('Then it carries the drug into those cells.', FDA_BESPONSA),
      fact('Inotuzumab ozogamicin (Besponsa) is one of these drugs.', FDA_BESPONSA),
      fact('Its antibody finds a protein called CD22 on leukemia cells.', FDA_BESPONSA),
    ),
    student: {
      summary: fact(
        'A kind of immunoconjugate: a monoclonal antibody chemically linked to a cytotoxic drug, which the antibody steers to cancer cells.',
        NCI_IMMUNOCONJUGATE,
      ),
      facts: [
        fact(
          'Inotuzumab ozogamicin’s label calls it a CD22-directed antibody and cytotoxic drug conjugate.',
          DAILYMED_BESPONSA_2024,
        ),
      ],
    },
    related: ['inotuzumab-ozogamicin', 'monoclonal-antibody', 'b-cell-all'],
    source: FDA_BESPONSA,
  },
  {
    id: 'remission',
    name: 'Remission',
    // A state of the disease, so "disease" rather than "treatment".
    category: 'disease',
    forms: [{ text: 'remission' }],
    summary: 'Remission means the signs of the cancer have gone away, most often after treatment.',
    ...explained(
      fact('In complete remission, the usual tests find no sign of leukemia.', LLS),
      fact('Very sensitive tests may still find a few leukemia cells.', LLS),
      fact('This is called minimal residual disease (MRD).', LLS),
      fact('If the leukemia grows again after treatment, doctors call it a relapse.', LLS),
      fact('In Ph+ ALL, adding a TKI to chemo makes remission more likely.', ACS_TARGETED),
      fact('Staying on a TKI can help keep the leukemia from coming back.', ACS_TARGETED),
    ),
    student: {
      summary: fact(
        'Complete remission (CR) in ALL: under 5% marrow blasts, no circulating blasts, recovered neutrophils and platelets, and no extramedullary disease.',
        BBMT,
      ),
      facts: [
        fact(
          'The count thresholds are neutrophils of at least 1.0 × 10⁹/L and platelets of at least 100 × 10⁹/L.',
          BBMT,
        ),
        fact(
          'CR with incomplete count recovery (CRi) meets the other criteria without those counts.',
          BBMT,
        ),
        fact(
          'Cytogenetic CR adds a normal karyotype; molecular CR adds loss of the molecular abnormality.',
          BBMT,
        ),
      ],
      monitoring: [
        fact(
          'MRD testing looks for leukemia below the reach of routine tests in a patient in CR.',
          LLS,
        ),
      ],
    },
    related: [
      'ph-positive-all',
      'chemotherapy',
      'tyrosine-kinase-inhibitor',
      'minimal-residual-disease',
    ],
    source: LLS,
  },
];
