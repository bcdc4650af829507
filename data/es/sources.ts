/**
 * The Spanish documents the Spanish level's facts come from (issue #29). Same rules as
 * data/sources.ts: lastRevised is the date the publisher printed (null when none), `accessed`
 * the day we read it; every one is primary (data/source-kinds.ts).
 */
import type { SourceId } from '../types';
import type { SpanishSource } from './types';

/** The day the Spanish sources of the cell entries were read. */
const READ_FOR_CELLS = '2026-12-07';

// Sources of the cell entries (data/es/entries/cells-and-cell-therapy.ts). The copies we read
// start at the top of each page and end before the page's own revision date, so lastRevised is
// null for all of them.

/** NCI PDQ, adult ALL treatment, patient version in Spanish: bone marrow and lymphocytes. */
export const ES_NCI_PDQ_LLA_ADULTOS_PACIENTES: SourceId = 'es-nci-pdq-lla-adultos-pacientes';
/** NCI PDQ, ALL treatment, health professional version in Spanish: blasts, B/T origin, CD19. */
export const ES_NCI_PDQ_LLA_PROFESIONALES: SourceId = 'es-nci-pdq-lla-profesionales';
/** NCI PDQ, CAR T-cell therapy in children, health professional version in Spanish. */
export const ES_NCI_PDQ_CAR_T_PEDIATRIA: SourceId = 'es-nci-pdq-car-t-pediatria';
/** ACS in Spanish: the types of stem cell and bone marrow transplants. */
export const ES_ACS_TIPOS_DE_TRASPLANTES: SourceId = 'es-acs-tipos-de-trasplantes';

/** The day the Spanish sources of the concept, side-effect and around-treatment entries were read. */
const READ_FOR_TERMS = '2026-12-07';

// Sources of data/es/entries/concepts.ts, around-treatment.ts and side-effects.ts. The copies we
// read (the page from its top) show no revision date, so lastRevised is null for all of them.

/** NCI dictionary in Spanish: "positiva para el cromosoma Filadelfia". */
export const ES_NCI_DICC_FILADELFIA: SourceId = 'es-nci-dicc-filadelfia';
/** NCI dictionary in Spanish: "gen de fusión" (names BCR::ABL1). */
export const ES_NCI_DICC_GEN_DE_FUSION: SourceId = 'es-nci-dicc-gen-de-fusion';
/** NCI dictionary in Spanish: "terapia molecular dirigida" (also called terapia dirigida). */
export const ES_NCI_DICC_TERAPIA_DIRIGIDA: SourceId = 'es-nci-dicc-terapia-dirigida';
/** NCI dictionary in Spanish: "enfermedad residual medible" (also called enfermedad residual mínima). */
export const ES_NCI_DICC_ERM: SourceId = 'es-nci-dicc-enfermedad-residual-medible';
/** NCI dictionary in Spanish: "síndrome de liberación de citocinas". */
export const ES_NCI_DICC_SLC: SourceId = 'es-nci-dicc-sindrome-liberacion-citocinas';
/** NCI in Spanish: "Edema relacionado con el tratamiento del cáncer" (edema, pleural effusion). */
export const ES_NCI_EDEMA: SourceId = 'es-nci-edema';
/** ACS in Spanish: immunotherapy for ALL (antibodies, monoclonal antibodies, blinatumomab). */
export const ES_ACS_INMUNOTERAPIA_LLA: SourceId = 'es-acs-inmunoterapia-lla';
/** ACS in Spanish: anemia (low red blood cell levels). */
export const ES_ACS_ANEMIA: SourceId = 'es-acs-anemia';
/** ACS in Spanish: thrombocytopenia (low platelet levels). */
export const ES_ACS_TROMBOCITOPENIA: SourceId = 'es-acs-trombocitopenia';
/** ACS in Spanish: what infusion (immune) reactions are. */
export const ES_ACS_REACCIONES_INFUSIONALES: SourceId = 'es-acs-reacciones-infusionales';
/** ACS in Spanish: neutropenia (low white blood cell count). */
export const ES_ACS_NEUTROPENIA: SourceId = 'es-acs-neutropenia';

/** The day the sources found in the second search (drug pages, FDA notices) were read. */
const READ_FOR_DRUGS = '2026-12-07';

// Sources of the second search (docs/spanish-drugs-cells.md, "Second search"). The copy we read
// starts at the top of the page and ends before its revision date, so lastRevised is null.

/** MedlinePlus in Spanish: nilotinib, its warning about QT prolongation (qt-prolongation). */
export const ES_MEDLINEPLUS_NILOTINIB: SourceId = 'es-medlineplus-nilotinib';

export const SPANISH_SOURCES: readonly SpanishSource[] = [
  {
    id: ES_NCI_PDQ_LLA_ADULTOS_PACIENTES,
    kind: 'nci',
    lang: 'es',
    title:
      'Tratamiento de la leucemia linfoblástica aguda en adultos (PDQ®)–Versión para pacientes',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/tipos/leucemia/paciente/tratamiento-lla-adultos-pdq',
    lastRevised: null,
    accessed: READ_FOR_CELLS,
  },
  {
    id: ES_NCI_PDQ_LLA_PROFESIONALES,
    kind: 'nci',
    lang: 'es',
    title:
      'Tratamiento de la leucemia linfoblástica aguda (PDQ®)–Versión para profesionales de salud',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/tipos/leucemia/pro/tratamiento-all-adulto-pdq',
    lastRevised: null,
    accessed: READ_FOR_CELLS,
  },
  {
    id: ES_NCI_PDQ_CAR_T_PEDIATRIA,
    kind: 'nci',
    lang: 'es',
    title: 'Terapia de células T con CAR en pediatría (PDQ®)–Versión para profesionales de salud',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/tipos/infantil/trasplante-celulas-madre-pro/terapia-celula-t-car',
    lastRevised: null,
    accessed: READ_FOR_CELLS,
  },
  {
    id: ES_ACS_TIPOS_DE_TRASPLANTES,
    kind: 'acs',
    lang: 'es',
    title: 'Tipos de trasplantes de células madre y médula ósea',
    publisher: 'Sociedad Americana Contra El Cáncer (American Cancer Society)',
    url: 'https://www.cancer.org/es/cancer/como-sobrellevar-el-cancer/tipos-de-tratamiento/trasplante-de-celulas-madre/tipos-de-trasplantes.html',
    lastRevised: null,
    accessed: READ_FOR_CELLS,
  },
  {
    id: ES_NCI_DICC_FILADELFIA,
    kind: 'nci',
    lang: 'es',
    title: 'Diccionario de cáncer del NCI: positiva para el cromosoma Filadelfia',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/positiva-para-el-cromosoma-filadelfia',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_NCI_DICC_GEN_DE_FUSION,
    kind: 'nci',
    lang: 'es',
    title: 'Diccionario de cáncer del NCI: gen de fusión',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=CDR0000613509&language=Spanish&version=Patient',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_NCI_DICC_TERAPIA_DIRIGIDA,
    kind: 'nci',
    lang: 'es',
    title: 'Diccionario de cáncer del NCI: terapia molecular dirigida',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/publicaciones/diccionario/def/terapia-molecular-dirigida',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_NCI_DICC_ERM,
    kind: 'nci',
    lang: 'es',
    title: 'Diccionario de cáncer del NCI: enfermedad residual medible',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/enfermedad-residual-medible',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_NCI_DICC_SLC,
    kind: 'nci',
    lang: 'es',
    title: 'Diccionario de cáncer del NCI: síndrome de liberación de citocinas',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer/def/sindrome-de-liberacion-de-citocinas',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_NCI_EDEMA,
    kind: 'nci',
    lang: 'es',
    title: 'Edema relacionado con el tratamiento del cáncer',
    publisher: 'Instituto Nacional del Cáncer (NCI)',
    url: 'https://cancer.gov/espanol/node/903736/syndication',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_ACS_INMUNOTERAPIA_LLA,
    kind: 'acs',
    lang: 'es',
    title: 'Inmunoterapia para la leucemia linfocítica aguda',
    publisher: 'Sociedad Americana Contra El Cáncer (American Cancer Society)',
    url: 'https://cancer.org/es/cancer/tipos/leucemia-linfocitica-aguda/tratamiento/anticuerpos-monoclonales.html',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_ACS_ANEMIA,
    kind: 'acs',
    lang: 'es',
    title: 'Anemia (niveles bajos de glóbulos rojos)',
    publisher: 'Sociedad Americana Contra El Cáncer (American Cancer Society)',
    url: 'https://cancer.org/es/cancer/como-sobrellevar-el-cancer/efectos-secundarios/recuentos-sanguineos-bajos/anemia.html',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_ACS_TROMBOCITOPENIA,
    kind: 'acs',
    lang: 'es',
    title: 'Trombocitopenia (niveles bajos de plaquetas)',
    publisher: 'Sociedad Americana Contra El Cáncer (American Cancer Society)',
    url: 'https://cancer.org/es/cancer/como-sobrellevar-el-cancer/efectos-secundarios/recuentos-sanguineos-bajos/sangrado.html',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_ACS_NEUTROPENIA,
    kind: 'acs',
    lang: 'es',
    // Our copy starts below the page heading; this is the title ACS's Spanish pages give it.
    title: 'Niveles bajos de glóbulos blancos (neutropenia)',
    publisher: 'Sociedad Americana Contra El Cáncer (American Cancer Society)',
    url: 'https://cancer.org/es/tratamiento/tratamientos-y-efectos-secundarios/efectos-secundarios-fisicos/recuentos-sanguineos-bajos/neutropenia.html',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_ACS_REACCIONES_INFUSIONALES,
    kind: 'acs',
    lang: 'es',
    title: '¿Qué son las reacciones infusionales o inmunitarias?',
    publisher: 'Sociedad Americana Contra El Cáncer (American Cancer Society)',
    url: 'https://cancer.org/es/cancer/como-sobrellevar-el-cancer/efectos-secundarios/reacciones-infusionales-inmunitarias/que-son-las-reacciones-infusionales-inmunitarias.html',
    lastRevised: null,
    accessed: READ_FOR_TERMS,
  },
  {
    id: ES_MEDLINEPLUS_NILOTINIB,
    kind: 'medlineplus',
    lang: 'es',
    title: 'Nilotinib: MedlinePlus medicinas',
    publisher: 'MedlinePlus, Biblioteca Nacional de Medicina de los EE. UU. (NLM)',
    url: 'https://medlineplus.gov/spanish/druginfo/meds/a608002-es.html',
    lastRevised: null,
    accessed: READ_FOR_DRUGS,
  },
];
