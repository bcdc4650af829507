/**
 * How people really write some terms: common misspellings and nicknames, per entry id. Pages
 * highlight them like the entry's own forms (they go into the content script's term index), and
 * the card then says the proper name ("Often spelled “Gleevac” — the drug's name is imatinib
 * (Gleevec)"). A curated list, never fuzzy matching on the page: the spellings parents were seen
 * writing in forum posts (issue #27: "dasatanib", "Gleevac", "tkis", "blina", "philly chromosome")
 * and the usual vowel slips in the drug names. None may be an English word; none may be another
 * term's form (data/__tests__/misspellings.test.ts checks that, and the trap pages stay clean).
 *
 * The matcher adds plurals, possessives and separator variants by itself ("Gleevac's" comes from
 * "Gleevac"), so list only forms that differ in letters.
 */

export interface OtherSpelling {
  text: string;
  /** 'misspelling': "Often spelled …"; 'nickname': "Often called …". */
  kind: 'misspelling' | 'nickname';
  /** Only this exact letter case matches (default: any case). */
  caseSensitive?: boolean;
}

const misspelt = (...texts: string[]): OtherSpelling[] =>
  texts.map((text) => ({ text, kind: 'misspelling' }));

export const OTHER_SPELLINGS: Readonly<Record<string, readonly OtherSpelling[]>> = {
  'tyrosine-kinase-inhibitor': [
    // Lower case, and only the plural and possessive: a bare "tki" is a trap (tests/e2e/fixtures/
    // traps.html: "the tki game"). Upper case "TKI" is the entry's own form.
    { text: 'tkis', kind: 'misspelling', caseSensitive: true },
    { text: "tki's", kind: 'misspelling', caseSensitive: true },
    { text: 'tki’s', kind: 'misspelling', caseSensitive: true },
    ...misspelt('tyrosine kinase inhibiter'),
  ],
  imatinib: misspelt('Gleevac', 'Gleevic', 'Glevec', 'imatinab', 'imatanib', 'imitinib'),
  dasatinib: misspelt('dasatanib', 'dasatinab', 'dasitinib', 'Sprycell'),
  nilotinib: misspelt('nilotanib', 'nilotinab', 'Tasinga'),
  ponatinib: misspelt('ponatanib', 'ponatinab'),
  bosutinib: misspelt('bosutanib', 'bosutinab'),
  blinatumomab: [{ text: 'blina', kind: 'nickname' }, ...misspelt('blinatumumab', 'blinatumamab')],
  'inotuzumab-ozogamicin': misspelt('inotuzamab'),
  'philadelphia-chromosome': [
    { text: 'philly chromosome', kind: 'nickname' },
    { text: 'philly positive', kind: 'nickname' },
    { text: 'philly negative', kind: 'nickname' },
    ...misspelt('philadelphia chromosone', 'philidelphia chromosome'),
  ],
  'acute-lymphocytic-leukemia': misspelt(
    'acute lymphoblastic lukemia',
    'acute lymphoblastic leukimia',
    'acute lymphocytic lukemia',
    'acute lymphocytic leukimia',
  ),
};

const SEPARATORS = /[\s\u00a0\u2010\u2011\u2012\u2013\u2212-]+/gu;

/** The spelling as the matcher compares it: no ®/™, possessive or plural s; one kind of space. */
function spellingKey(text: string, caseSensitive = false): string {
  const key = text
    .replace(/[®™]+/gu, '')
    .trim()
    .replace(/['’]s?$/u, '')
    .replace(SEPARATORS, ' ');
  return caseSensitive ? key : key.toLowerCase();
}

/** Which of `spellings` the page text `seen` is, if any ("Gleevac's" is "Gleevac"). */
export function otherSpellingOf(
  spellings: readonly OtherSpelling[],
  seen: string,
): OtherSpelling | undefined {
  return spellings.find((s) => {
    const key = spellingKey(seen, s.caseSensitive);
    const own = spellingKey(s.text, s.caseSensitive);
    return key === own || key === `${own}s` || key === `${own.slice(0, -1)}ies`;
  });
}
