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
];
