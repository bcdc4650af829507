/**
 * The Spanish patient level of the side-effect entries (data/entries/side-effects.ts), issue #29.
 * Same rules as data/es/entries/concepts.ts: our own plain Spanish ("usted") from the Spanish NCI
 * and ACS pages in data/es/sources.ts, never a translation of the English card, never a dose;
 * entries whose Spanish sources we could not read are in SIDE_EFFECT_GAPS_ES.
 */
import { fact } from '../../entries/facts';
import {
  ES_ACS_ANEMIA as ACS_ANEMIA,
  ES_ACS_REACCIONES_INFUSIONALES as ACS_INFUSION,
  ES_ACS_NEUTROPENIA as ACS_NEUTROPENIA,
  ES_ACS_TROMBOCITOPENIA as ACS_PLAQUETAS,
  ES_NCI_EDEMA as NCI_EDEMA,
} from '../sources';
import type { SpanishLevels } from '../types';

const NO_SOURCE = 'No Spanish primary page (NCI, ACS, LLS, FDA) that explains it could be read';

/** Side-effect entries with no Spanish level yet, and why. */
export const SIDE_EFFECT_GAPS_ES: Readonly<Record<string, string>> = {
  'low-blood-counts': `${NO_SOURCE} as a whole: ACS's Spanish pages on each low count were read (anemia, platelets, white cells) and back those three cards, but not its page on low blood counts in general.`,
  'veno-occlusive-disease': `${NO_SOURCE}: only health sites and manuals (Merck/MSD) turned up, none from NCI, ACS or the FDA; MedlinePlus's Spanish inotuzumab page, which explains it, only as a copy (healthlibrary.epnet.com).`,
};

export const SIDE_EFFECT_LEVELS_ES: SpanishLevels = {
  edema: {
    name: 'Hinchazón (edema)',
    summary: fact(
      'El edema es hinchazón causada por líquido que se acumula en los tejidos del cuerpo.',
      NCI_EDEMA,
    ),
    explanation: [
      fact('También se llama retención de líquidos.', NCI_EDEMA),
      fact(
        'Es más común en las piernas, los tobillos y los pies, pero puede darse en cualquier parte.',
        NCI_EDEMA,
      ),
      fact(
        'En los brazos, las manos, las piernas o los pies se llama edema periférico.',
        NCI_EDEMA,
      ),
      fact('Si nota hinchazón, dígaselo a su médico o al personal de enfermería.', NCI_EDEMA),
    ],
  },
  'low-platelet-count': {
    name: 'Plaquetas bajas (trombocitopenia)',
    summary: fact(
      'Tener las plaquetas bajas quiere decir que hay pocas plaquetas en la sangre.',
      ACS_PLAQUETAS,
    ),
    explanation: [
      fact('Las plaquetas son células de la sangre que la ayudan a coagularse.', ACS_PLAQUETAS),
      fact('Así, si usted se lastima, no pierde demasiada sangre.', ACS_PLAQUETAS),
      fact('Con pocas plaquetas, hay más riesgo de sangrado.', ACS_PLAQUETAS),
      fact(
        'Puede sangrar por la boca, las encías o la nariz, o tener más moretones de lo normal.',
        ACS_PLAQUETAS,
      ),
      fact(
        'La pueden causar la quimioterapia, la radioterapia y algunos cánceres, como las leucemias.',
        ACS_PLAQUETAS,
      ),
      fact('Su nombre médico es trombocitopenia.', ACS_PLAQUETAS),
    ],
  },
  'low-red-blood-cell-count': {
    name: 'Glóbulos rojos bajos (anemia)',
    summary: fact(
      'La anemia es cuando el cuerpo no produce suficientes glóbulos rojos.',
      ACS_ANEMIA,
    ),
    explanation: [
      fact(
        'Los glóbulos rojos tienen hemoglobina, que lleva oxígeno a todo el cuerpo.',
        ACS_ANEMIA,
      ),
      fact('Muchas personas con cáncer tienen anemia.', ACS_ANEMIA),
      fact('La pueden causar la leucemia y la quimioterapia, entre otras cosas.', ACS_ANEMIA),
      fact('Puede dar mucho cansancio, latidos rápidos, mareos o falta de aire.', ACS_ANEMIA),
      fact('Puede ser leve o grave.', ACS_ANEMIA),
    ],
  },
  'low-white-blood-cell-count': {
    name: 'Glóbulos blancos bajos',
    summary: fact(
      'Tener los glóbulos blancos bajos quiere decir que hay pocas de las células que protegen al cuerpo de las infecciones.',
      ACS_NEUTROPENIA,
    ),
    explanation: [
      fact('Los glóbulos blancos forman parte del sistema inmunitario.', ACS_NEUTROPENIA),
      fact('Este sistema protege al cuerpo de las infecciones.', ACS_NEUTROPENIA),
      fact('A esta afección se le llama neutropenia o leucopenia.', ACS_NEUTROPENIA),
      fact('La pueden causar el cáncer o sus tratamientos.', ACS_NEUTROPENIA),
    ],
  },
  'infusion-reaction': {
    name: 'Reacción a la infusión',
    summary: fact(
      'Una reacción a la infusión es una respuesta fuerte de sus defensas a un tratamiento que se da por una vena.',
      ACS_INFUSION,
    ),
    explanation: [
      fact(
        'Puede pasar con la quimioterapia, la terapia dirigida o la inmunoterapia.',
        ACS_INFUSION,
      ),
      fact('Sus defensas tratan de combatir el medicamento como algo extraño.', ACS_INFUSION),
      fact('No es una alergia verdadera.', ACS_INFUSION),
      fact('Pero puede ser grave si no se nota y se trata rápido.', ACS_INFUSION),
      fact('Puede pasar la primera vez o en cualquier momento del tratamiento.', ACS_INFUSION),
      fact('Puede empezar a los pocos minutos, o hasta unos días o semanas después.', ACS_INFUSION),
    ],
  },
};
