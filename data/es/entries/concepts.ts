/**
 * The Spanish patient level of the concept entries (data/entries/concepts.ts), issue #29.
 *
 * Written by us, in plain Spanish ("usted"), from the Spanish NCI and ACS pages in
 * data/es/sources.ts; never translated from the English entries, never a dose. A fact the Spanish
 * sources we read do not state is left out, even where the English card has it; an entry whose
 * sources we could not read at all is listed in CONCEPT_GAPS_ES with the reason.
 */
import { fact } from '../../entries/facts';
import {
  ES_ACS_INMUNOTERAPIA_LLA as ACS_INMUNO,
  ES_NCI_DICC_FILADELFIA as DICC_FILADELFIA,
  ES_NCI_DICC_GEN_DE_FUSION as DICC_FUSION,
  ES_NCI_DICC_TERAPIA_DIRIGIDA as DICC_DIRIGIDA,
  ES_NCI_PDQ_LLA_PROFESIONALES as PDQ_PRO,
} from '../sources';
import type { SpanishLevels } from '../types';

const NO_SOURCE = 'No Spanish primary page (NCI, ACS, LLS, FDA) that explains it could be read';

/** Concept entries with no Spanish level yet, and why. */
export const CONCEPT_GAPS_ES: Readonly<Record<string, string>> = {
  chemotherapy: `${NO_SOURCE}: the NCI dictionary entry and ACS's "Quimioterapia para la leucemia linfocítica aguda" turned up only as copies on other sites.`,
  'antibody-drug-conjugate': `${NO_SOURCE}: the NCI dictionary entry "conjugado anticuerpo-fármaco" turned up only as a copy on another site.`,
  remission: `${NO_SOURCE}: the NCI dictionary entry "remisión" and ACS's typical-treatment page for ALL were not found, searched by title and by the definition's own wording; only health sites and glossaries of other hospitals turned up.`,
};

export const CONCEPT_LEVELS_ES: SpanishLevels = {
  'acute-lymphocytic-leukemia': {
    name: 'Leucemia linfoblástica aguda (LLA)',
    summary: fact(
      'La leucemia linfoblástica aguda (LLA) es un cáncer con demasiados linfoblastos o linfocitos en la médula ósea y la sangre.',
      PDQ_PRO,
    ),
    explanation: [
      fact('También se llama leucemia linfocítica aguda.', PDQ_PRO),
      fact('Sin tratamiento, suele avanzar rápido.', PDQ_PRO),
      fact('Puede pasar a los ganglios, el bazo, el hígado y otros órganos.', PDQ_PRO),
      fact('Se da en niños y en adultos.', PDQ_PRO),
      fact('Es el cáncer más común en los niños.', PDQ_PRO),
    ],
  },
  'ph-positive-all': {
    name: 'LLA positiva para el cromosoma Filadelfia (LLA Ph+)',
    summary: fact(
      'En la LLA Ph+, las células de la leucemia tienen el cromosoma Filadelfia.',
      DICC_FILADELFIA,
    ),
    explanation: [
      fact('Es un cromosoma anormal.', DICC_FILADELFIA),
      fact('Lleva un gen de fusión llamado BCR-ABL.', DICC_FILADELFIA),
      fact(
        'Su proteína puede hacer que los glóbulos blancos inmaduros se multipliquen sin control.',
        DICC_FILADELFIA,
      ),
      fact('Saber si la leucemia lo tiene ayuda a planear el tratamiento.', DICC_FILADELFIA),
    ],
  },
  'b-cell-all': {
    name: 'LLA de células B',
    summary: fact(
      'La LLA de células B es un tipo de LLA que empieza en células que iban a ser células B.',
      PDQ_PRO,
    ),
    explanation: [
      fact('La LLA puede empezar en células que iban a ser células B o células T.', PDQ_PRO),
      fact('En este tipo, las células suelen tener una proteína llamada CD19.', PDQ_PRO),
      fact('El blinatumomab (Blincyto) se usa para algunos de estos casos.', ACS_INMUNO),
      fact('Una parte de este fármaco se une a la CD19.', ACS_INMUNO),
    ],
  },
  'philadelphia-chromosome': {
    name: 'Cromosoma Filadelfia (Ph)',
    summary: fact(
      'El cromosoma Filadelfia es un cromosoma anormal que tienen las células de algunas leucemias.',
      DICC_FILADELFIA,
    ),
    explanation: [
      fact('Se forma cuando se suelta una parte de un gen del cromosoma 9.', DICC_FILADELFIA),
      fact('Esa parte se une a un gen del cromosoma 22.', DICC_FILADELFIA),
      fact('Así se forma un gen nuevo llamado BCR-ABL.', DICC_FILADELFIA),
      fact(
        'Su proteína puede hacer que los glóbulos blancos inmaduros se multipliquen sin control.',
        DICC_FILADELFIA,
      ),
      fact('Algunas personas con LLA lo tienen.', DICC_FILADELFIA),
      fact('Saber si la leucemia lo tiene ayuda a planear el tratamiento.', DICC_FILADELFIA),
    ],
  },
  'bcr-abl': {
    name: 'BCR-ABL',
    summary: fact(
      'BCR-ABL es un gen de fusión que se encuentra en ciertos tipos de leucemia.',
      DICC_FUSION,
    ),
    explanation: [
      fact('Un gen de fusión se forma al unirse partes de dos genes distintos.', DICC_FUSION),
      fact('Esto pasa cuando parte del ADN de un cromosoma se pasa a otro.', DICC_FUSION),
      fact(
        'Aquí, una parte de un gen del cromosoma 9 se une a un gen del cromosoma 22.',
        DICC_FILADELFIA,
      ),
      fact('Así se forma el cromosoma Filadelfia.', DICC_FILADELFIA),
      fact(
        'La proteína de este gen puede hacer que los glóbulos blancos inmaduros se multipliquen sin control.',
        DICC_FILADELFIA,
      ),
      fact('El NCI lo escribe BCR::ABL1.', DICC_FUSION),
    ],
  },
  'targeted-therapy': {
    name: 'Terapia dirigida',
    summary: fact(
      'La terapia dirigida usa fármacos contra ciertas moléculas que el cáncer necesita para vivir y crecer.',
      DICC_DIRIGIDA,
    ),
    explanation: [
      fact(
        'Algunos de estos fármacos cortan las señales que hacen que las células del cáncer se dividan.',
        DICC_DIRIGIDA,
      ),
      fact('Otros llevan sustancias que las matan.', DICC_DIRIGIDA),
      fact('Otros ayudan a las defensas del cuerpo a destruirlas.', DICC_DIRIGIDA),
      fact('Muchos son anticuerpos monoclonales.', DICC_DIRIGIDA),
    ],
  },
  immunotherapy: {
    name: 'Inmunoterapia',
    summary: fact(
      'La inmunoterapia usa medicinas que ayudan a sus defensas a hallar y destruir las células del cáncer.',
      ACS_INMUNO,
    ),
    explanation: [
      fact('Algunos tipos se usan para la LLA en ciertos casos.', ACS_INMUNO),
      fact('Un ejemplo es el blinatumomab (Blincyto).', ACS_INMUNO),
      fact('Es un anticuerpo monoclonal.', ACS_INMUNO),
      fact('Junta las células del cáncer con las células T.', ACS_INMUNO),
      fact('Las células T son células de defensa del cuerpo.', ACS_INMUNO),
      fact('Se cree que así las defensas atacan al cáncer.', ACS_INMUNO),
    ],
  },
  'monoclonal-antibody': {
    name: 'Anticuerpo monoclonal',
    summary: fact(
      'Un anticuerpo monoclonal es un anticuerpo artificial hecho para atacar un blanco concreto.',
      ACS_INMUNO,
    ),
    explanation: [
      fact('El blanco puede ser una proteína de las células de leucemia.', ACS_INMUNO),
      fact(
        'Los anticuerpos son proteínas que sus defensas hacen para combatir infecciones.',
        ACS_INMUNO,
      ),
      fact('El blinatumomab (Blincyto) es un tipo especial.', ACS_INMUNO),
      fact('Se une a dos proteínas a la vez.', ACS_INMUNO),
      fact('Una es CD19, que está en las células B.', ACS_INMUNO),
      fact('La otra es CD3, que está en las células T.', ACS_INMUNO),
    ],
  },
};
