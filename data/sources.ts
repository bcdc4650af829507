/**
 * The documents the glossary's facts come from. The project keeps no copy of their text: only
 * these references, and facts restated in our own words in data/entries/.
 *
 * lastRevised is the date the publisher printed on the page. Where our copy shows no date it is
 * null (the UI then says "date not given"); never fill in a guessed date. `version` is the
 * publisher's own version label where it gives one instead, and `accessed` the day we read the
 * copy the facts were taken from.
 */
import type { Source, SourceId } from './types';

/** The day the sources below without a printed date were read for this glossary. */
const READ_ON = '2026-12-01';

/** The main source document of the glossary. */
export const ACS_TARGETED: SourceId = 'acs-targeted-therapy-all';
/** The ACS page the main document sends readers to for blinatumomab and inotuzumab. */
export const ACS_IMMUNO: SourceId = 'acs-immunotherapy-all';
/** Inotuzumab ozogamicin (Besponsa): its US label, mostly the boxed warning. */
export const FDA_BESPONSA: SourceId = 'fda-label-besponsa';
/** Blinatumomab (Blincyto): its US label's boxed warning. */
export const FDA_BLINCYTO: SourceId = 'fda-label-blincyto';
/** Plain definitions of blood cells, ALL and treatment words, written for patients. */
export const NCCN_PATIENTS_ALL: SourceId = 'nccn-patients-all';
/** What edema is (ACS side-effect page). */
export const ACS_EDEMA: SourceId = 'acs-edema';
/** Low red blood cell count (anemia), Canadian Cancer Society. */
export const CCS_ANEMIA: SourceId = 'ccs-low-red-blood-cell-count';
/** Thrombocytopenia (low platelets), eviQ of the Cancer Institute NSW. */
export const EVIQ_THROMBOCYTOPENIA: SourceId = 'eviq-thrombocytopenia';

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
    // The page's address ends in monoclonal-antibodies.html (there is no immunotherapy.html);
    // its heading is "Immunotherapy for Acute Lymphocytic Leukemia (ALL)".
    url: 'https://www.cancer.org/cancer/types/acute-lymphocytic-leukemia/treating/monoclonal-antibodies.html',
    lastRevised: null,
    accessed: READ_ON,
  },
  {
    id: FDA_BESPONSA,
    title: 'BESPONSA (inotuzumab ozogamicin): US prescribing information (FDA label)',
    publisher: 'Wyeth Pharmaceuticals LLC (Pfizer); FDA-approved label, published on DailyMed',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=BESPONSA',
    lastRevised: null,
    version: 'label with the changes of March 2024 (openFDA copy of July 18, 2026)',
    accessed: READ_ON,
  },
  {
    id: FDA_BLINCYTO,
    title: 'BLINCYTO (blinatumomab): US prescribing information (FDA label), boxed warning',
    publisher: 'Amgen Inc.; FDA-approved label, published on DailyMed',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=BLINCYTO',
    lastRevised: null,
    version: 'openFDA copy of June 1, 2026',
    accessed: READ_ON,
  },
  {
    id: NCCN_PATIENTS_ALL,
    title:
      'NCCN Guidelines for Patients: Acute Lymphoblastic Leukemia (Part 1 and "Words to know")',
    publisher: 'National Comprehensive Cancer Network (NCCN)',
    url: 'https://www.nccn.org/patients/guidelines/all/files/assets/basic-html/page-10.html',
    lastRevised: null,
    version: 'Version 1.2017',
    accessed: READ_ON,
  },
  {
    id: ACS_EDEMA,
    title: 'Edema',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/swelling/edema.html',
    lastRevised: null,
    accessed: READ_ON,
  },
  {
    id: CCS_ANEMIA,
    title: 'Low red blood cell count (anemia)',
    publisher: 'Canadian Cancer Society',
    url: 'https://cancer.ca/en/treatments/side-effects/low-red-blood-cell-count',
    lastRevised: null,
    accessed: READ_ON,
  },
  {
    id: EVIQ_THROMBOCYTOPENIA,
    title: 'Thrombocytopenia',
    publisher: 'eviQ, Cancer Institute NSW',
    url: 'https://www.eviq.org.au/clinical-resources/side-effect-and-toxicity-management/haematological/1799-thrombocytopenia',
    lastRevised: null,
    accessed: READ_ON,
  },
];
