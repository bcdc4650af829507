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
/** What edema is (ACS side-effect page). */
export const ACS_EDEMA: SourceId = 'acs-edema';

// Sources of the "For students" level (issue #17), read on READ_FOR_STUDENTS.

/** The day the student-level sources were read. */
const READ_FOR_STUDENTS = '2026-12-02';

/** Review of imatinib's mode of action (ATP-binding site) and long-term effects. */
export const IMATINIB_REVIEW: SourceId = 'review-2010-imatinib-adverse-effects';
/** Dasatinib's FDA-approved uses and warnings (patient drug listing). */
export const BCU_DASATINIB: SourceId = 'blood-cancer-united-dasatinib';
/** Review of fluid retention and pleural effusion with TKIs, with a focus on dasatinib. */
export const MASIELLO_FLUID_RETENTION: SourceId = 'masiello-2009-tki-fluid-retention';
/** Review of ponatinib and resistant mutations in CML and Ph+ ALL. */
export const MILLER_PONATINIB_REVIEW: SourceId = 'miller-2014-ponatinib-review';
/** A US bosutinib label's indications (openFDA copy). */
export const OPENFDA_BOSUTINIB: SourceId = 'openfda-bosutinib-label';
/** Review of blinatumomab in adult B-cell ALL. */
export const FRANQUIZ_BLINATUMOMAB_REVIEW: SourceId = 'franquiz-2020-blinatumomab-review';
/** Review of inotuzumab ozogamicin in B-cell precursor ALL. */
export const INOTUZUMAB_REVIEW: SourceId = 'frontiers-2023-inotuzumab-review';
/** The Leukemia & Lymphoma Society's glossary: MRD, relapsed and refractory disease, remission, VOD. */
export const LLS_GLOSSARY: SourceId = 'lls-glossary-mrd-relapsed-refractory';
/** Review of blinatumomab in relapsed or refractory ALL (how often adults relapse). */
export const SIGMUND_RR_ALL_REVIEW: SourceId = 'sigmund-2020-relapsed-refractory-all';
/** "How I treat" Ph+ ALL (Blood): TKIs and minimal/measurable residual disease. */
export const ASH_HOW_I_TREAT_PH_ALL: SourceId = 'blood-how-i-treat-ph-all';
/** ASH Education Program 2015 on adult Ph+ ALL: MRD, T315I. */
export const ASH_2015_PH_ALL: SourceId = 'ash-2015-management-adult-ph-all';
/** NCI Dictionary of Cancer Terms: cytokine release syndrome. */
export const NCI_CRS: SourceId = 'nci-dictionary-cytokine-release-syndrome';
/** Review of cytokine release syndrome: causes, cytokines, treatment. */
export const CRS_REVIEW: SourceId = 'jpam-2019-cytokine-release-syndrome-review';
/** Review of predictive biomarkers in ICANS (Frontiers in Neurology). */
export const BUTT_ICANS_REVIEW: SourceId = 'butt-2023-icans-review';
/** NCI's illustrated description of how CAR T-cell therapy is made and works. */
export const NCI_CAR_T: SourceId = 'nci-car-t-cell-therapy-figure';
/** Point/counterpoint: CAR T cells compared with blinatumomab in B-ALL (Blood Advances). */
export const CAR_T_VS_BITE: SourceId = 'blood-advances-car-t-vs-bite';
/** American Cancer Society glossary: hematopoietic stem cell transplant. */
export const ACS_STEM_CELL_TRANSPLANT: SourceId = 'acs-glossary-stem-cell-transplant';

// Sources of the student level of the concepts and side effects (#17 follow-up), read on
// READ_FOR_STUDENTS.

/** NCI's Common Terminology Criteria for Adverse Events v5.0: definitions and grades of side effects. */
export const NCI_CTCAE_V5: SourceId = 'nci-ctcae-v5';
/** The Besponsa label on DailyMed (highlights): indication and the list of warnings, QT included. */
export const DAILYMED_BESPONSA_2024: SourceId = 'dailymed-besponsa-label-2024';
/** NCI Dictionary of Cancer Terms: monoclonal antibody (health professional version). */
export const NCI_MONOCLONAL_ANTIBODY: SourceId = 'nci-dictionary-monoclonal-antibody';
/** NCI Dictionary of Cancer Terms: fusion gene. */
export const NCI_FUSION_GENE: SourceId = 'nci-dictionary-fusion-gene';
/** NCI Dictionary of Cancer Terms: Philadelphia chromosome positive (on cancer.gov). */
export const NCI_PH_POSITIVE: SourceId = 'nci-dictionary-philadelphia-chromosome-positive';
/** BCR-ABL transcripts (p190, p210) and outcome in adult B-precursor ALL, German multicenter trials. */
export const GLEISSNER_BCR_ABL: SourceId = 'blood-gleissner-bcr-abl-adult-all';
/** Population-based cytogenetic study of adults with ALL (Blood 115(2):206). */
export const MOORMAN_CYTOGENETICS: SourceId = 'blood-moorman-population-cytogenetics-adult-all';
/** CALGB 8811: five-drug induction and intensive consolidation in adult ALL (abstract). */
export const LARSON_CALGB_8811: SourceId = 'larson-1995-calgb-8811';
/** Response criteria in ALL (complete remission, CRi), Biol Blood Marrow Transplant 16(9):1187. */
export const BBMT_ALL_RESPONSE: SourceId = 'bbmt-2010-all-response-criteria';

// Primary sources of the concepts and side effects read for issue #24, on READ_FOR_24.

/** The day the issue #24 sources of concepts.ts and side-effects.ts were read. */
const READ_FOR_24 = '2026-12-06';

/** NCI's PDQ summary on ALL for patients, its general section (ALL, marrow, blood cells). */
export const NCI_PDQ_ALL_PATIENT: SourceId = 'nci-pdq-adult-all-treatment-patient';
/** NCI's page on anemia as a side effect of cancer treatment. */
export const NCI_ANEMIA: SourceId = 'nci-anemia-side-effect';
/** NCI's page on bleeding and bruising (thrombocytopenia) in cancer treatment. */
export const NCI_BLEEDING: SourceId = 'nci-bleeding-bruising-side-effect';
/** NCI Dictionary of Cancer Terms: immunoconjugate (an antibody linked to a cell-killing agent). */
export const NCI_IMMUNOCONJUGATE: SourceId = 'nci-dictionary-immunoconjugate';
/** LLS on chemotherapy for ALL: the phases, induction's goal, MRD, CNS-directed therapy. */
export const LLS_ALL_CHEMOTHERAPY: SourceId = 'lls-all-chemotherapy';

// Primary sources of the cells, CAR T-cell and "around treatment" entries (#24), read on READ_24.

/** The day the #24 sources were read. */
const READ_24 = '2026-12-06';

/** The Kymriah US label as openFDA serves it: its list of recent major changes (REMS removed 6/2025). */
export const FDA_KYMRIAH_LABEL: SourceId = 'openfda-kymriah-label';
/** The Kymriah Medication Guide (part of the FDA label) on DailyMed: what it is for, signs to act on. */
export const DAILYMED_KYMRIAH_MEDGUIDE: SourceId = 'dailymed-kymriah-medication-guide';
/** FDA reviewers' approval summary of tisagenlecleucel for ALL (Clin Cancer Res 25(4):1142). */
export const FDA_KYMRIAH_APPROVAL_SUMMARY: SourceId =
  'ccr-2019-fda-approval-summary-tisagenlecleucel';
/** FDA, April 18, 2024: boxed warning for T-cell malignancies on CD19/BCMA CAR T-cell therapies. */
export const FDA_CAR_T_BOXED_WARNING_2024: SourceId = 'fda-2024-car-t-t-cell-malignancies';
/** The Tecartus US label as openFDA serves it: its boxed warning. */
export const FDA_TECARTUS_LABEL: SourceId = 'openfda-tecartus-label';
/** FDA, October 2021: approval of Tecartus for adults with R/R B-cell precursor ALL (ZUMA-3). */
export const FDA_TECARTUS_ALL_2021: SourceId = 'fda-2021-tecartus-all-approval';
/** NCI Dictionary of Cancer Terms: brexucabtagene autoleucel (with its respelling). */
export const NCI_DICTIONARY_BREXUCABTAGENE: SourceId = 'nci-dictionary-brexucabtagene-autoleucel';
/** NCI Dictionary of Cancer Terms, letter B: B cell, B lymphocyte, B-cell ALL. */
export const NCI_DICTIONARY_B_TERMS: SourceId = 'nci-dictionary-b-cell-terms';
/** The Tasigna (nilotinib) US label as openFDA serves it: its boxed warning. */
export const FDA_TASIGNA_LABEL: SourceId = 'openfda-tasigna-label';
/** NCI Dictionary of Cancer Terms (health professional version): bone marrow. */
export const NCI_DICTIONARY_BONE_MARROW: SourceId = 'nci-dictionary-bone-marrow';
/** The Aucatzyl (obecabtagene autoleucel) US label as openFDA serves it: its boxed warning. */
export const FDA_AUCATZYL_LABEL: SourceId = 'openfda-aucatzyl-label';
/** Review of QT prolongation in oncology drug development (Card Electrophysiol Clin 2015). */
export const QT_ONCOLOGY_REVIEW: SourceId = 'fradley-2015-qt-prolongation-oncology';
// Sources of issue #24 (every fact primary and current), read on READ_FOR_ISSUE_24: the current
// US labels as openFDA and DailyMed publish them, LLS and NCI pages.

/** The day the sources of issue #24 were read. */
const READ_FOR_ISSUE_24 = '2026-12-06';

/** The Tasigna (nilotinib) US label in openFDA: its boxed warning. */
export const OPENFDA_TASIGNA: SourceId = 'openfda-label-tasigna';
/** The Tasigna Medication Guide on DailyMed: what it treats and the warning signs to report. */
export const DAILYMED_TASIGNA_MEDGUIDE: SourceId = 'dailymed-tasigna-medication-guide';
/** The Iclusig (ponatinib) US label on DailyMed: boxed warning and indications. */
export const DAILYMED_ICLUSIG: SourceId = 'dailymed-iclusig-label';
/** The Iclusig Medication Guide on DailyMed: warning signs in the patient's words. */
export const DAILYMED_ICLUSIG_MEDGUIDE: SourceId = 'dailymed-iclusig-medication-guide';
/** LLS news on the 2021 FDA approval of asciminib (Scemblix) for Ph+ CML, T315I included. */
export const LLS_ASCIMINIB_2021: SourceId = 'lls-news-asciminib-approval-2021';
/** LLS drug page on imatinib mesylate: its FDA-approved uses. */
export const LLS_IMATINIB: SourceId = 'lls-drug-imatinib-mesylate';
/** LLS drug page on dasatinib: respelling and side effects needing medical attention. */
export const LLS_DASATINIB: SourceId = 'lls-drug-dasatinib';
/** LLS drug page on ponatinib: respelling and FDA-approved uses. */
export const LLS_PONATINIB: SourceId = 'lls-drug-ponatinib';
/** NCI Dictionary of Cancer Terms on cancer.gov: imatinib mesylate, with its respelling. */
export const NCI_DICT_IMATINIB: SourceId = 'nci-dictionary-imatinib-mesylate';
/** Bosutinib in CML: a dual SRC-ABL1 inhibitor, five TKIs approved (Patient Prefer Adherence 8:981). */
export const SWEET_BOSUTINIB_REVIEW: SourceId = 'sweet-2014-bosutinib-review';
/** Ponatinib and BCR-ABL1 mutations in the PACE trial (Blood 127(6):703): kinase-domain resistance. */
export const DEININGER_PONATINIB_MUTATIONS: SourceId = 'deininger-2016-ponatinib-mutations';
/** Review of dasatinib's pharmacology and toxicities (Indian J Med Paediatr Oncol 42(2):172). */
export const IJMPO_DASATINIB_REVIEW: SourceId = 'ijmpo-2021-dasatinib-review';

export const SOURCES: readonly Source[] = [
  {
    id: ACS_TARGETED,
    kind: 'acs',
    title: 'Targeted Therapy for Acute Lymphocytic Leukemia (ALL)',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/types/acute-lymphocytic-leukemia/treating/targeted-therapy.html',
    lastRevised: '2018-10-17',
  },
  {
    id: ACS_IMMUNO,
    kind: 'acs',
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
    kind: 'fda-label',
    title: 'BESPONSA (inotuzumab ozogamicin): US prescribing information (FDA label)',
    publisher: 'Wyeth Pharmaceuticals LLC (Pfizer); FDA-approved label, published on DailyMed',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cc7014b1-c775-411d-b374-8113248b4077',
    // The date DailyMed gives for this label version ("Updated September 17, 2024").
    lastRevised: '2024-09-17',
    // DailyMed's page shows the highlights; section 6.1 (the most common reactions, 20% or more)
    // was read in Pfizer Medical Information's copy of this same label.
    version: 'label with the changes of March 2024',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: FDA_BLINCYTO,
    kind: 'fda-label',
    title: 'BLINCYTO (blinatumomab): US prescribing information (FDA label), boxed warning',
    publisher: 'Amgen Inc.; FDA-approved label in openFDA (US Food and Drug Administration)',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22blinatumomab%22',
    // Our copy shows no revision date; its boxed warning names ICANS, as the current label does.
    lastRevised: null,
    version: 'openFDA copy of June 1, 2026',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: ACS_EDEMA,
    kind: 'acs',
    title: 'Edema',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/swelling/edema.html',
    lastRevised: null,
    accessed: READ_ON,
  },
  {
    id: IMATINIB_REVIEW,
    kind: 'paper',
    title:
      'Principal long-term adverse effects of imatinib in patients with chronic myeloid leukemia in chronic phase (Biologics: Targets and Therapy)',
    publisher: 'Dove Medical Press (Taylor & Francis)',
    url: 'https://informahealthcare.com/doi/full/10.2147/BTT.S5775',
    lastRevised: '2010-12-02',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: BCU_DASATINIB,
    kind: 'lls',
    title: 'Dasatinib (Sprycel): cancer drug listing',
    publisher: 'Blood Cancer United',
    url: 'https://bloodcancerunited.org/blood-cancer-care/cancer-drug-listing/dasatinib',
    lastRevised: null,
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: MASIELLO_FLUID_RETENTION,
    kind: 'paper',
    title:
      'The occurrence and management of fluid retention associated with TKI therapy in CML, with a focus on dasatinib (Masiello, Gorospe, Yang; J Hematol Oncol 2:46)',
    publisher: 'BioMed Central, Journal of Hematology & Oncology',
    url: 'https://jhoonline.biomedcentral.com/articles/10.1186/1756-8722-2-46',
    lastRevised: null,
    version: 'Volume 2, article 46 (2009)',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: MILLER_PONATINIB_REVIEW,
    kind: 'paper',
    title:
      'Resistant mutations in CML and Ph+ALL – role of ponatinib (Miller, Bruno, Lim; Biologics: Targets and Therapy 8:243–254)',
    publisher: 'Dove Medical Press',
    url: 'https://www.dovepress.com/resistant-mutations-in-cml-and-phall-ndash-role-of-ponatinib-peer-reviewed-fulltext-article-BTT',
    lastRevised: '2014-10-20',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: OPENFDA_BOSUTINIB,
    kind: 'fda-label',
    title: 'Bosutinib tablets: US prescribing information, indications and usage',
    publisher: 'US Food and Drug Administration (openFDA drug label data)',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22Bosutinib%22',
    lastRevised: null,
    version: 'openFDA copy of June 2, 2026',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: FRANQUIZ_BLINATUMOMAB_REVIEW,
    kind: 'paper',
    title:
      'Blinatumomab for the Treatment of Adult B-Cell Acute Lymphoblastic Leukemia: Toward a New Era of Targeted Immunotherapy (Franquiz, Short; Biologics: Targets and Therapy 14:23–34)',
    publisher: 'Dove Medical Press',
    url: 'https://www.dovepress.com/blinatumomab-for-the-treatment-of-adult-b-cell-acute-lymphoblastic-leu-peer-reviewed-fulltext-article-BTT',
    lastRevised: '2020-02-14',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: INOTUZUMAB_REVIEW,
    kind: 'paper',
    title:
      'Inotuzumab ozogamicin in B-cell precursor acute lymphoblastic leukemia (review, Frontiers in Immunology, doi 10.3389/fimmu.2023.1237738)',
    publisher: 'Frontiers Media',
    url: 'https://www.frontiersin.org/journals/immunology/articles/10.3389/fimmu.2023.1237738/full',
    lastRevised: null,
    version: 'published 2023',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: LLS_GLOSSARY,
    kind: 'lls',
    title:
      'Glossary: Minimal Residual Disease (MRD), Relapsed Disease, Refractory Disease, Remission, Veno-occlusive disease (VOD)',
    publisher: 'The Leukemia & Lymphoma Society (Blood Cancer United since August 2025)',
    url: 'https://www.lls.org/llssearch?search-terms=minimal+residual+disease&search_language=en',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: SIGMUND_RR_ALL_REVIEW,
    kind: 'paper',
    title:
      'Evaluating Blinatumomab for the Treatment of Relapsed/Refractory ALL: Design, Development, and Place in Therapy (Sigmund, Sahasrabudhe, Bhatnagar; Blood and Lymphatic Cancer: Targets and Therapy 10:7–20)',
    publisher: 'Dove Medical Press',
    url: 'https://www.dovepress.com/evaluating-blinatumomab-for-the-treatment-of-relapsedrefractory-all-de-peer-reviewed-article-BLCTT',
    lastRevised: '2020-11-03',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: ASH_HOW_I_TREAT_PH_ALL,
    kind: 'paper',
    title:
      'How I treat Philadelphia chromosome–positive acute lymphoblastic leukemia (Blood 133(2):130)',
    publisher: 'American Society of Hematology',
    url: 'https://ashpublications.org/blood/article/133/2/130/39555/How-I-treat-Philadelphia-chromosome-positive-acute',
    lastRevised: null,
    version: 'Blood volume 133, issue 2',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: ASH_2015_PH_ALL,
    kind: 'paper',
    title:
      'Management of adult Ph-positive acute lymphoblastic leukemia (Hematology, ASH Education Program)',
    publisher: 'American Society of Hematology',
    url: 'https://ashpublications.org/hematology/article/2015/1/406/20640/Management-of-adult-Ph-positive-acute',
    lastRevised: null,
    version: 'Hematology 2015, issue 1, page 406',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_CRS,
    kind: 'nci',
    title: 'cytokine release syndrome (NCI Dictionary of Cancer Terms)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=791353&language=English&version=Patient',
    lastRevised: null,
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: CRS_REVIEW,
    kind: 'paper',
    title:
      'Cytokine Release Syndrome: An Overview on its Features and Management (Shreshtha, Kumar, Sharma, Sharma; J Pure Appl Microbiol 13(1):133–140)',
    publisher: 'Journal of Pure and Applied Microbiology',
    url: 'https://www.microbiologyjournal.org/cytokine-release-syndrome-an-overview-on-its-features-and-management/',
    lastRevised: '2019-03-28',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: BUTT_ICANS_REVIEW,
    kind: 'paper',
    title:
      'A systematic framework for predictive biomarkers in immune effector cell-associated neurotoxicity syndrome (Butt et al.; Front Neurol 14:1110647)',
    publisher: 'Frontiers Media (PubMed Central copy)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9969296',
    lastRevised: '2023-02-10',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_CAR_T,
    kind: 'nci',
    title: 'CAR T-cell therapy (figure description)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/media/1126719/long-description',
    lastRevised: null,
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: CAR_T_VS_BITE,
    kind: 'paper',
    title: 'CAR T cells: better than BiTEs (point, Blood Advances 5(2):602)',
    publisher: 'American Society of Hematology',
    url: 'https://ashpublications.org/bloodadvances/article/5/2/602/475006/CAR-T-cells-better-than-BiTEs',
    lastRevised: null,
    version: 'Blood Advances volume 5, issue 2',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: ACS_STEM_CELL_TRANSPLANT,
    kind: 'acs',
    title: 'hematopoietic stem cell transplant (glossary)',
    publisher: 'American Cancer Society',
    url: 'https://www.cancer.org/cancer/glossary/glossary/h/hematopoietic_stemcelltransplant.html',
    lastRevised: null,
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_CTCAE_V5,
    kind: 'nci',
    title: 'Common Terminology Criteria for Adverse Events (CTCAE) Version 5.0',
    publisher: 'National Cancer Institute (NIH), Cancer Therapy Evaluation Program',
    url: 'https://ctep.cancer.gov/protocolDevelopment/electronic_applications/ctc.htm',
    lastRevised: '2017-11-27',
    // Read in the NCI's own spreadsheet (CTCAE_v5.0.xlsx), from a public copy of the file.
    version: 'Version 5.0 (CTCAE_v5.0.xlsx)',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: DAILYMED_BESPONSA_2024,
    kind: 'fda-label',
    title: 'BESPONSA (inotuzumab ozogamicin): label, highlights of prescribing information',
    publisher: 'Wyeth Pharmaceuticals LLC (Pfizer); DailyMed, US National Library of Medicine',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cc7014b1-c775-411d-b374-8113248b4077',
    lastRevised: '2024-09-17',
    version: 'label with the changes of March 2024',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_MONOCLONAL_ANTIBODY,
    kind: 'nci',
    title: 'monoclonal antibody (NCI Dictionary of Cancer Terms, health professional version)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46066&version=healthprofessional&language=English&dictionary=Cancer.gov',
    lastRevised: null,
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_FUSION_GENE,
    kind: 'nci',
    title: 'fusion gene (NCI Dictionary of Cancer Terms)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/fusion-gene',
    lastRevised: null,
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_PH_POSITIVE,
    kind: 'nci',
    title: 'Philadelphia chromosome positive (NCI Dictionary of Cancer Terms)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/philadelphia-chromosome-positive',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: GLEISSNER_BCR_ABL,
    kind: 'paper',
    title:
      'Prognostic relevance of BCR-ABL in adult B-precursor ALL, German Multicenter Trials of Adult ALL (Blood 99(5):1536)',
    publisher: 'American Society of Hematology',
    url: 'https://ashpublications.org/blood/article/99/5/1536/106941/Leading-prognostic-relevance-of-the-BCR-ABL',
    lastRevised: null,
    version: 'Blood volume 99, issue 5',
    accessed: READ_FOR_24, // abstract and introduction re-checked for #24
  },
  {
    id: MOORMAN_CYTOGENETICS,
    kind: 'paper',
    title:
      'A population-based cytogenetic study of adults with acute lymphoblastic leukemia (Blood 115(2):206)',
    publisher: 'American Society of Hematology',
    url: 'https://ashpublications.org/blood/article/115/2/206/26928/A-population-based-cytogenetic-study-of-adults',
    lastRevised: null,
    version: 'Blood volume 115, issue 2',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: LARSON_CALGB_8811,
    kind: 'paper',
    title:
      'A five-drug remission induction regimen with intensive consolidation for adults with acute lymphoblastic leukemia: CALGB study 8811 (Blood 85(8):2025-2037, abstract)',
    publisher: 'American Society of Hematology (abstract indexed in MEDLINE, PMID 7718875)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/7718875/',
    lastRevised: null,
    version: 'Blood volume 85, issue 8 (1995)',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: BBMT_ALL_RESPONSE,
    kind: 'paper',
    title:
      'Response criteria in ALL (table 4a), Biol Blood Marrow Transplant 16(9):1187-1211 (PubMed Central author manuscript)',
    publisher: 'American Society for Blood and Marrow Transplantation; PubMed Central',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7272718/table/T4',
    lastRevised: '2010-06-14',
    accessed: READ_FOR_STUDENTS,
  },
  {
    id: NCI_PDQ_ALL_PATIENT,
    kind: 'nci',
    title:
      'Acute Lymphoblastic Leukemia Treatment (PDQ®)–Patient Version: General Information About Acute Lymphoblastic Leukemia',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/cancertopics/pdq/treatment/adultALL/Patient/page1',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: NCI_ANEMIA,
    kind: 'nci',
    title: 'Anemia: Cancer Treatment Side Effect',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/anemia',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: NCI_BLEEDING,
    kind: 'nci',
    title: 'Bleeding and Bruising (Thrombocytopenia) and Cancer Treatment',
    publisher: 'National Cancer Institute',
    // Read in cancer.gov's own syndication copy of the page (cancer.gov/node/901860/syndication).
    url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/bleeding-bruising',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: NCI_IMMUNOCONJUGATE,
    kind: 'nci',
    title: 'immunoconjugate (NCI Dictionary of Cancer Terms)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/dictionary?CdrID=757224',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: LLS_ALL_CHEMOTHERAPY,
    kind: 'lls',
    title: 'Chemotherapy (childhood acute lymphoblastic leukemia)',
    publisher: 'The Leukemia & Lymphoma Society (Blood Cancer United since August 2025)',
    url: 'https://www.lls.org/leukemia/acute-lymphoblastic-leukemia/childhood-all/chemotherapy',
    lastRevised: null,
    accessed: READ_FOR_24,
  },
  {
    id: FDA_KYMRIAH_LABEL,
    kind: 'fda-label',
    title:
      'KYMRIAH (tisagenlecleucel): US prescribing information (FDA label), recent major changes',
    publisher: 'Novartis Pharmaceuticals Corporation; FDA-approved label, served by openFDA',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22TISAGENLECLEUCEL%22',
    // The record lists its changes by month only: boxed warning and REMS removal 6/2025, warnings
    // 12/2025. No day is printed, so none is filled in.
    lastRevised: null,
    version: 'label with the changes of December 2025 (openFDA record updated 2026-06-09)',
    accessed: READ_24,
  },
  {
    id: DAILYMED_KYMRIAH_MEDGUIDE,
    kind: 'fda-label',
    title: 'KYMRIAH Medication Guide (part of the FDA-approved label)',
    publisher: 'Novartis Pharmaceuticals Corporation; DailyMed, US National Library of Medicine',
    url: 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=aad3ba54-dfd3-4cb3-9e2b-c5ef89559189',
    lastRevised: null,
    version: 'Revised: April 2024',
    accessed: READ_24,
  },
  {
    id: FDA_KYMRIAH_APPROVAL_SUMMARY,
    kind: 'paper',
    title:
      'FDA Approval Summary: Tisagenlecleucel for Treatment of Patients with Relapsed or Refractory B-cell Precursor Acute Lymphoblastic Leukemia (Clin Cancer Res 25(4):1142)',
    publisher: 'American Association for Cancer Research (authors from the FDA)',
    url: 'https://aacrjournals.org/clincancerres/article/25/4/1142/9858/FDA-Approval-Summary-Tisagenlecleucel-for',
    lastRevised: null,
    version: 'Clinical Cancer Research volume 25, issue 4 (2019)',
    accessed: READ_24,
  },
  {
    id: FDA_CAR_T_BOXED_WARNING_2024,
    kind: 'fda-notice',
    title:
      'FDA Requires Boxed Warning for T cell Malignancies Following Treatment with BCMA-Directed or CD19-Directed Autologous CAR T cell Immunotherapies',
    publisher: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/fda-requires-boxed-warning-t-cell-malignancies-following-treatment-bcma-directed-or-cd19-directed',
    lastRevised: '2024-04-18',
    accessed: READ_24,
  },
  {
    id: FDA_TECARTUS_LABEL,
    kind: 'fda-label',
    title:
      'TECARTUS (brexucabtagene autoleucel): US prescribing information (FDA label), boxed warning',
    publisher: 'Kite Pharma, Inc.; FDA-approved label, served by openFDA',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22BREXUCABTAGENE+AUTOLEUCEL%22',
    lastRevised: null,
    version: 'openFDA record updated 2026-08-11',
    accessed: READ_24,
  },
  {
    id: FDA_TECARTUS_ALL_2021,
    kind: 'fda-notice',
    title:
      'FDA D.I.S.C.O. Burst Edition: FDA approval of Tecartus (brexucabtagene autoleucel) for adult patients with relapsed or refractory B-cell precursor acute lymphoblastic leukemia',
    publisher: 'US Food and Drug Administration',
    // Read in the FDA's own web archive (public4.pagefreezer.com/content/FDA/, copy of
    // 2022-06-16); this is the page's address on fda.gov.
    url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-disco-burst-edition-fda-approval-tecartus-brexucabtagene-autoleucel-adult-patients-relapsed-or',
    lastRevised: null,
    version: 'approval of October 1, 2021 (FDA web archive copy of 2022-06-16)',
    accessed: READ_24,
  },
  {
    id: NCI_DICTIONARY_BREXUCABTAGENE,
    kind: 'nci',
    title: 'brexucabtagene autoleucel (NCI Dictionary of Cancer Terms)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/brexucabtagene-autoleucel',
    lastRevised: null,
    accessed: READ_24,
  },
  {
    id: NCI_DICTIONARY_B_TERMS,
    kind: 'nci',
    title:
      'NCI Dictionary of Cancer Terms, letter B (B cell, B lymphocyte, B-cell acute lymphoblastic leukemia)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/expand/B',
    lastRevised: null,
    accessed: READ_24,
  },
  {
    id: FDA_TASIGNA_LABEL,
    kind: 'fda-label',
    title: 'TASIGNA (nilotinib): US prescribing information (FDA label), boxed warning',
    publisher: 'Novartis Pharmaceuticals Corporation; FDA-approved label, served by openFDA',
    url: 'https://api.fda.gov/drug/label.json?search=set_id:%226093952a-5248-45cb-ad17-33716a411146%22',
    lastRevised: null,
    version: 'openFDA record updated 2026-09-22',
    accessed: READ_24,
  },
  {
    id: NCI_DICTIONARY_BONE_MARROW,
    kind: 'nci',
    title: 'bone marrow (NCI Dictionary of Cancer Terms, health professional version)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=45622&version=healthprofessional&language=English&dictionary=Cancer.gov',
    lastRevised: null,
    accessed: READ_24,
  },
  {
    id: FDA_AUCATZYL_LABEL,
    kind: 'fda-label',
    title:
      'AUCATZYL (obecabtagene autoleucel): US prescribing information (FDA label), boxed warning',
    publisher: 'Autolus Inc.; FDA-approved label, served by openFDA',
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22OBECABTAGENE+AUTOLEUCEL%22',
    lastRevised: null,
    version: 'openFDA record updated 2026-08-11',
    accessed: READ_24,
  },
  {
    id: QT_ONCOLOGY_REVIEW,
    kind: 'paper',
    title:
      'QT Prolongation and Oncology Drug Development (Fradley, Moslehi; Card Electrophysiol Clin 7(2):341–355, abstract)',
    publisher: 'Elsevier (abstract indexed in MEDLINE, PMID 26002398)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26002398/',
    lastRevised: null,
    version: 'Cardiac Electrophysiology Clinics volume 7, issue 2 (2015)',
    accessed: READ_24,
  },
  {
    id: OPENFDA_TASIGNA,
    kind: 'fda-label',
    title: 'TASIGNA (nilotinib) capsules: US prescribing information, boxed warning',
    publisher: 'Novartis; FDA-approved label in openFDA (US Food and Drug Administration)',
    url: 'https://api.fda.gov/drug/label.json?search=set_id:%226093952a-5248-45cb-ad17-33716a411146%22',
    // Our copy shows no revision date; openFDA's data set is dated September 22, 2026.
    lastRevised: null,
    version: 'openFDA copy of September 22, 2026',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: DAILYMED_TASIGNA_MEDGUIDE,
    kind: 'fda-label',
    title: 'TASIGNA (nilotinib): Medication Guide',
    publisher:
      'Novartis; FDA-approved patient labeling on DailyMed (US National Library of Medicine)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=6093952a-5248-45cb-ad17-33716a411146',
    lastRevised: null,
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: DAILYMED_ICLUSIG,
    kind: 'fda-label',
    title: 'ICLUSIG (ponatinib) tablets: US prescribing information (boxed warning, indications)',
    publisher:
      'Takeda Pharmaceuticals America; FDA-approved label on DailyMed (US National Library of Medicine)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?adv=1&labeltype=all&query=iclusig',
    // The date DailyMed gives for this label version ("Updated December 19, 2024").
    lastRevised: '2024-12-19',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: DAILYMED_ICLUSIG_MEDGUIDE,
    kind: 'fda-label',
    title: 'ICLUSIG (ponatinib): Medication Guide',
    publisher: 'Takeda Pharmaceuticals America; FDA-approved patient labeling on DailyMed',
    url: 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=16d804b6-4957-43ee-b18c-3b36ec37c5ac',
    lastRevised: null,
    version: 'Medication Guide revised March 2024',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: LLS_ASCIMINIB_2021,
    kind: 'lls',
    title:
      'FDA Approves New Treatment Option for Philadelphia Chromosome-Positive Chronic Myeloid Leukemia',
    publisher: 'The Leukemia & Lymphoma Society (news)',
    url: 'https://www.lls.org/news/fda-approves-new-treatment-option-philadelphia-chromosome-positive-chronic-myeloid-leukemia',
    lastRevised: '2021-11-11',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: LLS_IMATINIB,
    kind: 'lls',
    title: 'Imatinib mesylate (drug listing: indications and usage)',
    publisher: 'The Leukemia & Lymphoma Society',
    url: 'https://www.lls.org/drug/imatinib-mesylate',
    lastRevised: null,
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: LLS_DASATINIB,
    kind: 'lls',
    title: 'Dasatinib (drug listing: pronunciation, side effects needing medical attention)',
    publisher: 'The Leukemia & Lymphoma Society',
    url: 'https://www.lls.org/diseaseinformation/managingyourcancer/treatmentnextsteps/typesoftreatment/chemotherapyotherdrugtherapies/drugs/dasatinib/',
    lastRevised: '2012-10-15',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: LLS_PONATINIB,
    kind: 'lls',
    title: 'Ponatinib (drug listing: pronunciation, indications and usage)',
    publisher: 'The Leukemia & Lymphoma Society',
    url: 'https://www.lls.org/drug/ponatinib',
    lastRevised: null,
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: NCI_DICT_IMATINIB,
    kind: 'nci',
    title: 'imatinib mesylate (NCI Dictionary of Cancer Terms)',
    publisher: 'National Cancer Institute',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=44893&version=healthprofessional&language=English&dictionary=Cancer.gov',
    lastRevised: null,
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: IJMPO_DASATINIB_REVIEW,
    kind: 'paper',
    title:
      'Dasatinib—A Generation Ahead (Indian Journal of Medical and Paediatric Oncology 42(2):172–176, doi 10.1055/s-0041-1732822)',
    publisher: 'Thieme, for the Indian Society of Medical and Paediatric Oncology',
    url: 'https://ijmpo.org/ejournals/topic/dasatiniba-generation-ahead',
    lastRevised: '2021-08-05',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: SWEET_BOSUTINIB_REVIEW,
    kind: 'paper',
    title:
      'Clinical advances in the management of chronic myelogenous leukemia: focus on bosutinib and patient considerations (Sweet, Pinilla-Ibarz, Zhang; Patient Preference and Adherence 8:981–986)',
    publisher: 'Dove Medical Press',
    url: 'https://www.dovepress.com/clinical-advances-in-the-management-of-chronic-myelogenous-leukemia-fo-peer-reviewed-article-PPA',
    lastRevised: '2014-07-08',
    accessed: READ_FOR_ISSUE_24,
  },
  {
    id: DEININGER_PONATINIB_MUTATIONS,
    kind: 'paper',
    title:
      'Compound mutations in BCR-ABL1 are not major drivers of primary or secondary resistance to ponatinib in CP-CML patients (Deininger et al.; Blood 127(6):703–712)',
    publisher: 'American Society of Hematology (PubMed Central copy)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4760131',
    lastRevised: '2015-11-24',
    accessed: READ_FOR_ISSUE_24,
  },
];
