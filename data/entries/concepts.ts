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
import { ACS_IMMUNO, ACS_TARGETED, FDA_BESPONSA, NCCN_PATIENTS_ALL as NCCN } from '../sources';
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
    summary: 'ALL is a fast-growing cancer of young white blood cells in the bone marrow.',
    ...explained(
      fact('Bone marrow is the soft, spongy tissue in the center of most bones.', NCCN),
      fact('Blood cells are made there.', NCCN),
      fact('In ALL, the marrow makes too many young white blood cells.', NCCN),
      fact('"Acute" means the disease grows and gets worse fast.', NCCN),
      fact('Another name for ALL is acute lymphoblastic leukemia.', ACS_IMMUNO),
    ),
    related: [
      'ph-positive-all',
      'b-cell-all',
      'chemotherapy',
      'targeted-therapy',
      'immunotherapy',
      'remission',
    ],
    source: NCCN,
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
      fact('The two main kinds of these white blood cells are B cells and T cells.', NCCN),
      fact('B cells make antibodies that mark germs to be killed.', NCCN),
      fact('Blinatumomab (Blincyto) is used for some types of B-cell ALL.', ACS_IMMUNO),
      fact('It finds the leukemia cells by a protein called CD19 on B cells.', ACS_IMMUNO),
    ),
    related: [
      'acute-lymphocytic-leukemia',
      'blinatumomab',
      'inotuzumab-ozogamicin',
      'immunotherapy',
    ],
    source: NCCN,
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
      fact('Chromosomes are long strands in our cells that hold the plans for each cell.', NCCN),
      fact(
        'The Philadelphia chromosome forms when chromosomes 9 and 22 swap pieces.',
        ACS_TARGETED,
      ),
      fact('The swap makes a new gene called BCR-ABL.', ACS_TARGETED),
      fact('About 1 in 4 adults with ALL have it in their leukemia cells.', ACS_TARGETED),
      fact('Their leukemia is called Ph+ ALL.', ACS_TARGETED),
    ),
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
      'Chemotherapy, or chemo, uses drugs that kill cells that grow fast, such as cancer cells.',
    ...explained(
      fact('Chemo kills fast-growing cells, so it harms some normal cells too.', NCCN),
      fact('Targeted drugs are not the same as chemo.', ACS_TARGETED),
      fact('They attack certain parts of cancer cells.', ACS_TARGETED),
      fact(
        'In Ph+ ALL, adding a TKI to chemo makes it more likely that the leukemia goes away.',
        ACS_TARGETED,
      ),
    ),
    related: ['targeted-therapy', 'tyrosine-kinase-inhibitor', 'remission'],
    source: NCCN,
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
    related: ['inotuzumab-ozogamicin', 'monoclonal-antibody', 'b-cell-all'],
    source: FDA_BESPONSA,
  },
  {
    id: 'remission',
    name: 'Remission',
    // A state of the disease, so "disease" rather than "treatment".
    category: 'disease',
    forms: [{ text: 'remission' }],
    summary: 'Remission means the signs of the cancer have gone away after treatment.',
    ...explained(
      fact('In complete remission, no leukemia cells are found in the blood or bone marrow.', NCCN),
      fact('The leukemia can come back after a time. Doctors call this a relapse.', NCCN),
      fact('In Ph+ ALL, adding a TKI to chemo makes remission more likely.', ACS_TARGETED),
      fact('Staying on a TKI can help keep the leukemia from coming back.', ACS_TARGETED),
    ),
    related: ['ph-positive-all', 'chemotherapy', 'tyrosine-kinase-inhibitor'],
    source: NCCN,
  },
];
