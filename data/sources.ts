/**
 * The documents the glossary's facts come from. The project keeps no copy of their text: only
 * these references, and facts restated in our own words in data/entries/.
 *
 * lastRevised is the date the publisher printed on the page. Where our copy shows no date it is
 * null (the UI then says "date not given"); never fill in a guessed date.
 */
import type { Source, SourceId } from './types';

/** The main source document of the glossary. */
export const ACS_TARGETED: SourceId = 'acs-targeted-therapy-all';
/** Extra facts for blinatumomab (Blincyto) and the immunotherapy concepts. */
export const ACS_IMMUNO: SourceId = 'acs-immunotherapy-all';
/** Extra facts for inotuzumab ozogamicin (Besponsa), mostly from its boxed warning. */
export const FDA_BESPONSA: SourceId = 'fda-label-besponsa';

export const SOURCES: readonly Source[] = [
  {
    id: ACS_TARGETED,
    title: 'Targeted Therapy for Acute Lymphocytic Leukemia (ALL)',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/types/acute-lymphocytic-leukemia/treating/targeted-therapy.html',
    lastRevised: '2018-10-17',
  },
  {
    id: ACS_IMMUNO,
    title: 'Immunotherapy for Acute Lymphocytic Leukemia (ALL)',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/types/acute-lymphocytic-leukemia/treating/immunotherapy.html',
    // Our copy of the facts gives no revision date.
    lastRevised: null,
  },
  {
    id: FDA_BESPONSA,
    title: 'BESPONSA (inotuzumab ozogamicin): US prescribing information (FDA label)',
    publisher: 'Wyeth Pharmaceuticals LLC (Pfizer); FDA-approved label, published on DailyMed',
    // DailyMed's stable page for the current label (set id of the Besponsa label).
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cc7014b1-c775-411d-b374-8113248b4077',
    // Our copy of the facts gives no revision date.
    lastRevised: null,
  },
];
