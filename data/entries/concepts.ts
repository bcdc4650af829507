/**
 * Diseases, genes and kinds of treatment.
 *
 * Writing rules for every entry (a hematology teacher reviews them):
 * - Our own words, US grade 8 or below: short sentences, common words, medical words explained.
 * - Only facts from the entry's `source` (or, in a Fact, the fact's own source), plus minimal,
 *   general definitions (what bone marrow or a chromosome is) that agree with the sources.
 * - No doses and no advice beyond "talk to your care team".
 *
 * Forms: the matcher adds separator variants (hyphen, non-breaking hyphen, en dash, space),
 * plurals, possessives and a trailing ® or ™, so list only spellings that differ otherwise.
 * Any form holding an abbreviation that is also an everyday word ("ALL" / "all", "Ph" / "pH",
 * "TKI" inside a word) is caseSensitive.
 */
import { ACS_IMMUNO, ACS_TARGETED, FDA_BESPONSA } from '../sources';
import type { GlossaryEntry } from '../types';

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
    summary:
      'ALL is a fast-growing cancer that starts in young white blood cells in the bone marrow.',
    explanation:
      'Bone marrow is the soft inside of some bones, where new blood cells are made. ' +
      'In ALL, the marrow makes too many young white blood cells called lymphocytes. ' +
      'These leukemia cells do not work like healthy ones. ' +
      '"Acute" means the disease can get worse quickly, so treatment starts soon. ' +
      'Acute lymphoblastic leukemia is another name for the same disease.',
    related: [
      'ph-positive-all',
      'b-cell-all',
      'chemotherapy',
      'targeted-therapy',
      'immunotherapy',
      'remission',
    ],
    source: ACS_TARGETED,
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
      'Ph+ ALL is a type of ALL in which the leukemia cells carry an abnormal chromosome called the Philadelphia chromosome.',
    explanation:
      'About 1 in 4 adults with ALL have this type. ' +
      'The Philadelphia chromosome holds an abnormal gene, BCR-ABL. ' +
      'This gene makes a protein that pushes the leukemia cells to keep growing. ' +
      'Drugs called TKIs attack that protein. ' +
      'Adding a TKI to chemo makes it more likely that the leukemia goes into remission. ' +
      'Staying on a TKI can also help stop the leukemia from returning.',
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
    explanation:
      'The white blood cells that ALL starts in come in two main kinds: B cells and T cells. ' +
      'When ALL starts in B cells, doctors call it B-cell ALL. ' +
      'Blinatumomab (Blincyto) is a drug used for some cases of B-cell ALL. ' +
      'It finds the leukemia cells by a marker called CD19 on the outside of B cells.',
    related: [
      'acute-lymphocytic-leukemia',
      'blinatumomab',
      'inotuzumab-ozogamicin',
      'immunotherapy',
    ],
    source: ACS_IMMUNO,
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
      'The Philadelphia chromosome is an abnormal chromosome found in the leukemia cells of some people with ALL.',
    explanation:
      'Chromosomes are long strands inside each cell that hold our genes. ' +
      'The Philadelphia chromosome forms when chromosomes 9 and 22 swap pieces. ' +
      'The swap joins two genes into one new gene, BCR-ABL. ' +
      'Leukemia that has this chromosome is called Philadelphia chromosome-positive, or Ph+. ' +
      'About 1 in 4 adults with ALL have it. ' +
      'Ph-negative means the leukemia cells do not have it.',
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
    explanation:
      'It forms when chromosomes 9 and 22 swap pieces, which makes the Philadelphia chromosome. ' +
      'Cells with BCR-ABL make an abnormal protein. ' +
      'This protein pushes the cells to keep growing. ' +
      'Drugs called TKIs, such as imatinib and dasatinib, attack this protein. ' +
      'The name is written in other ways too, such as BCR-ABL1 or BCR::ABL1. ' +
      'They all mean the same gene.',
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
    explanation:
      'These drugs are not the same as standard chemo. ' +
      'They sometimes work when chemo does not, and their side effects are often different. ' +
      'For Ph+ ALL, the targeted drugs are called TKIs. ' +
      'Some immunotherapy drugs for ALL can also count as targeted drugs. ' +
      'That is because they attach to certain parts of leukemia cells.',
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
    summary:
      'Chemotherapy, or chemo, uses strong drugs to kill cancer cells or stop them from growing.',
    explanation:
      'Chemo is different from targeted therapy. ' +
      'Chemo drugs harm cells that grow fast, so they can hurt some healthy cells too. ' +
      'Targeted drugs aim at certain parts of cancer cells instead. ' +
      'In Ph+ ALL, adding a TKI to chemo makes remission more likely.',
    related: ['targeted-therapy', 'tyrosine-kinase-inhibitor', 'remission'],
    source: ACS_TARGETED,
  },
  {
    id: 'immunotherapy',
    name: 'Immunotherapy',
    category: 'treatment',
    forms: [{ text: 'immunotherapy' }],
    summary:
      "Immunotherapy is treatment that helps the body's immune system find and attack cancer cells.",
    explanation:
      'The immune system is the body’s defense against germs and disease. ' +
      'Some immunotherapy drugs for ALL are lab-made antibodies. ' +
      'Blinatumomab (Blincyto) is one of them. ' +
      'It brings leukemia cells and T cells, a kind of immune cell, close together. ' +
      'This helps the immune system attack the leukemia.',
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
      'A monoclonal antibody is a lab-made protein that is built to attach to a certain target on cells.',
    explanation:
      'Antibodies are proteins the immune system makes to mark germs for attack. ' +
      'Lab-made antibodies copy this idea and attach to certain proteins on cancer cells. ' +
      'Blinatumomab (Blincyto) is a monoclonal antibody used for ALL. ' +
      'It holds on to two proteins at the same time: CD19, found on B cells and some leukemia cells, and CD3, found on T cells.',
    related: ['immunotherapy', 'blinatumomab', 'antibody-drug-conjugate'],
    source: ACS_IMMUNO,
  },
  {
    id: 'antibody-drug-conjugate',
    name: 'Antibody-drug conjugate',
    category: 'treatment',
    // "ADC" is left out: it means many other things on the web.
    forms: [{ text: 'antibody-drug conjugate' }],
    summary:
      'An antibody-drug conjugate is an antibody joined to a drug that kills cells, so the drug is carried to certain cells.',
    explanation:
      'The antibody part works like a guide. ' +
      'It finds cells that have a certain protein on the outside. ' +
      'Then it carries the drug into those cells. ' +
      'Inotuzumab ozogamicin (Besponsa) is one of these drugs. ' +
      'Its antibody finds a protein called CD22 on leukemia cells.',
    related: ['inotuzumab-ozogamicin', 'monoclonal-antibody', 'b-cell-all'],
    source: FDA_BESPONSA,
  },
  {
    id: 'remission',
    name: 'Remission',
    // A state of the disease, so "disease" rather than "treatment".
    category: 'disease',
    forms: [{ text: 'remission' }],
    summary: 'Remission means the signs of leukemia have gone away after treatment.',
    explanation:
      'Remission does not always mean the leukemia is gone for good. ' +
      'The leukemia can come back, which doctors call a relapse. ' +
      'In Ph+ ALL, adding a TKI to chemo raises the chance of remission. ' +
      'Staying on a TKI can also help stop the leukemia from returning.',
    related: ['ph-positive-all', 'chemotherapy', 'tyrosine-kinase-inhibitor'],
    source: ACS_TARGETED,
  },
];
