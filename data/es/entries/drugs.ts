/**
 * The Spanish patient level of the drug entries (data/entries/drugs.ts), issue #29.
 *
 * None yet. Each drug's Spanish level needs Spanish primary sources for what the drug is, how it
 * is given, its side effects and the signs to call about (NCI drug pages and dictionary in
 * Spanish, ACS's Spanish ALL pages, MedlinePlus en español, FDA pages in Spanish). Two searches
 * (2026-12-07) found, for each drug, either only copies on other sites (secondary) or the start
 * of a Spanish primary page that leaves out the drug's boxed warning or main serious effect; each
 * drug stays in DRUG_GAPS_ES with what was found, and its card keeps the English text.
 */
import type { SpanishLevels } from '../types';

/** Searched for in every drug's case (docs/spanish-drugs-cells.md lists the searches). */
const SEARCHED =
  'Searched: NCI dictionary and drug pages in Spanish, ACS "Terapia dirigida"/"Inmunoterapia" for ALL, MedlinePlus en español, FDA pages in Spanish';

/**
 * Why each drug entry has no Spanish level yet. A drug card without its boxed warning, or without
 * the serious effect its English card leads with, would mislead, so a drug needs those from a
 * Spanish primary source before it gets a level.
 */
export const DRUG_GAPS_ES: Readonly<Record<string, string>> = {
  'tyrosine-kinase-inhibitor': `${SEARCHED}. ACS's Spanish targeted-therapy page for ALL (the English card's source) was not found; the NCI dictionary entry "mesilato de imatinib", which calls imatinib an "inhibidor de la tirosina cinasa", only as a copy on another site.`,
  imatinib: `${SEARCHED}. The NCI dictionary entry "mesilato de imatinib" turned up only as a copy on another site (meb.uni-bonn.de); MedlinePlus's Spanish page only as a copy (kramesonline.com).`,
  dasatinib: `${SEARCHED}. Only the start of FDA's Spanish Drug Safety Communication on dasatinib and pulmonary arterial hypertension (11 Oct 2011) could be read: it names that risk, but not fluid around the lungs (pleural effusion), the serious effect the English card leads with, nor the signs to call about.`,
  nilotinib: `${SEARCHED}. Only the warning at the top of MedlinePlus's Spanish nilotinib page (QT prolongation; it backs the qt-prolongation card) could be read; the part saying what nilotinib is and treats lies past what the search tool returns.`,
  ponatinib: `${SEARCHED}. Only the start of FDA's Spanish Drug Safety Communications of 11 Oct and 20 Dec 2013 could be read: blood clots and narrowed blood vessels, not the heart failure and liver damage that the current boxed warning also names.`,
  bosutinib: `${SEARCHED}. No Spanish NCI, ACS, MedlinePlus or FDA page on bosutinib turned up; only vendor and health-site pages.`,
  blinatumomab: `${SEARCHED}. ACS's Spanish immunotherapy page says what it is (it backs the concept cards), but no Spanish primary page with its boxed warning (cytokine release syndrome, nervous system problems) and signs to call about could be read; MedlinePlus's Spanish page did not turn up.`,
  'inotuzumab-ozogamicin': `${SEARCHED}. MedlinePlus's Spanish page (liver damage, veno-occlusive disease, signs to call about) turned up only as a copy (healthlibrary.epnet.com), and NCI's 2017 Spanish news post on its approval only as a copy (sinerfarma.com.mx).`,
};

export const DRUG_LEVELS_ES: SpanishLevels = {};
