/**
 * The Spanish patient level of the drug entries (data/entries/drugs.ts), issue #29.
 *
 * None yet. Each drug's Spanish level needs Spanish primary sources for what the drug is, how it
 * is given, its side effects and the signs to call about (NCI drug pages and dictionary in
 * Spanish, ACS's Spanish ALL pages, MedlinePlus en español, FDA Spanish Medication Guides). None of
 * them could be read this session: only copies on other sites, which are secondary. A drug card
 * built from what is left (general PDQ text) would not say what the drug is, so each drug stays in
 * DRUG_GAPS_ES until its sources can be read, and its card keeps the English text.
 */
import type { SpanishLevels } from '../types';

/** Why each drug entry has no Spanish level yet. */
const NO_SPANISH_DRUG_SOURCE =
  'No Spanish primary source for this drug (NCI drug page or dictionary in Spanish, ACS ALL pages in Spanish, MedlinePlus en español, FDA Spanish Medication Guide) could be read; only copies on other sites.';

/** Drug entries with no Spanish level yet, and why. */
export const DRUG_GAPS_ES: Readonly<Record<string, string>> = {
  'tyrosine-kinase-inhibitor': NO_SPANISH_DRUG_SOURCE,
  imatinib: NO_SPANISH_DRUG_SOURCE,
  dasatinib: NO_SPANISH_DRUG_SOURCE,
  nilotinib: NO_SPANISH_DRUG_SOURCE,
  ponatinib: NO_SPANISH_DRUG_SOURCE,
  bosutinib: NO_SPANISH_DRUG_SOURCE,
  blinatumomab: NO_SPANISH_DRUG_SOURCE,
  'inotuzumab-ozogamicin': NO_SPANISH_DRUG_SOURCE,
};

export const DRUG_LEVELS_ES: SpanishLevels = {};
