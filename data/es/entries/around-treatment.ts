/**
 * The Spanish patient level of the around-treatment entries (data/entries/around-treatment.ts),
 * issue #29. Same rules as data/es/entries/concepts.ts: our own plain Spanish ("usted") from the
 * Spanish NCI and ACS pages in data/es/sources.ts, never a translation of the English card, never
 * a dose; entries whose Spanish sources we could not read are in AROUND_TREATMENT_GAPS_ES.
 */
import { fact } from '../../entries/facts';
import {
  ES_ACS_INMUNOTERAPIA_LLA as ACS_INMUNO,
  ES_MEDLINEPLUS_NILOTINIB as MEDLINEPLUS_NILOTINIB,
  ES_NCI_DICC_ERM as DICC_ERM,
  ES_NCI_DICC_SLC as DICC_SLC,
  ES_NCI_EDEMA as NCI_EDEMA,
  ES_NCI_PDQ_CAR_T_PEDIATRIA as PDQ_CAR_T,
} from '../sources';
import type { SpanishLevels } from '../types';

const NO_SOURCE = 'No Spanish primary page (NCI, ACS, LLS, FDA) that explains it could be read';

/** Around-treatment entries with no Spanish level yet, and why. */
export const AROUND_TREATMENT_GAPS_ES: Readonly<Record<string, string>> = {
  'relapsed-refractory': `${NO_SOURCE} in full: NCI's "Cáncer recurrente: cáncer que regresa" (cancer.gov/espanol) explains a relapse, but no Spanish primary page explains refractory ("resistente", "refractaria"); the NCI dictionary entries "recidiva" and "cáncer resistente" turned up only as copies (meb.uni-bonn.de, biodic.net), and a card that explains only half its name would mislead.`,
  t315i: `${NO_SOURCE}: no Spanish NCI or ACS page naming the T315I mutation was found.`,
  icans: `${NO_SOURCE}: only Spanish journal reviews (Medicina Intensiva), a cancer hospital's patient page (MSK) and encyclopedia copies turned up; no NCI dictionary entry, ACS page or MedlinePlus page.`,
};

export const AROUND_TREATMENT_LEVELS_ES: SpanishLevels = {
  'minimal-residual-disease': {
    name: 'Enfermedad residual mínima (ERM)',
    summary: fact(
      'La enfermedad residual mínima (ERM) es un número muy pequeño de células cancerosas que quedan en el cuerpo durante el tratamiento o después.',
      DICC_ERM,
    ),
    explanation: [
      fact('Solo las encuentran pruebas de laboratorio muy sensibles.', DICC_ERM),
      fact(
        'Estas pruebas pueden hallar una célula cancerosa entre un millón de células normales.',
        DICC_ERM,
      ),
      fact('Se usan sobre todo en cánceres de la sangre, como las leucemias.', DICC_ERM),
      fact(
        'Pueden ayudar a planear el tratamiento y a ver si funciona o si el cáncer volvió.',
        DICC_ERM,
      ),
      fact('Cada vez más se le llama enfermedad residual medible.', DICC_ERM),
    ],
  },
  'pleural-effusion': {
    name: 'Derrame pleural',
    summary: fact(
      'Un derrame pleural es líquido que se acumula alrededor de los pulmones, en un espacio llamado cavidad pleural.',
      NCI_EDEMA,
    ),
    explanation: [
      fact('También se llama efusión pleural.', NCI_EDEMA),
      fact(
        'Es un tipo de edema, es decir, de líquido que se acumula en una parte del cuerpo.',
        NCI_EDEMA,
      ),
    ],
  },
  'cytokine-release-syndrome': {
    name: 'Síndrome de liberación de citocinas (SLC)',
    summary: fact(
      'El síndrome de liberación de citocinas es una reacción que a veces sigue a algunos tipos de inmunoterapia.',
      DICC_SLC,
    ),
    explanation: [
      fact('Puede pasar con los anticuerpos monoclonales y con las células T con CAR.', DICC_SLC),
      fact('Las células de defensa sueltan de golpe muchas citocinas en la sangre.', DICC_SLC),
      fact('Las citocinas son sustancias de las defensas del cuerpo.', DICC_SLC),
      fact('Los signos incluyen fiebre, náuseas, dolor de cabeza y sarpullido.', DICC_SLC),
      fact('También latidos rápidos, presión baja y falta de aire.', DICC_SLC),
      fact('La mayoría de las veces es leve, pero a veces es grave.', DICC_SLC),
    ],
  },
  'car-t-cell-therapy': {
    name: 'Terapia de células T con CAR',
    summary: fact(
      'En la terapia de células T con CAR, se cambian las células T para que busquen una proteína de las células del cáncer.',
      PDQ_CAR_T,
    ),
    explanation: [
      fact('Las células T son células de defensa del cuerpo.', ACS_INMUNO),
      fact(
        'Se les pasa un gen para que tengan en su superficie una molécula llamada CAR.',
        PDQ_CAR_T,
      ),
      fact('El CAR se une a una proteína de la superficie de las células del cáncer.', PDQ_CAR_T),
      fact(
        'Antes de recibir las células T con CAR, por lo general se da quimioterapia.',
        PDQ_CAR_T,
      ),
      fact('Luego las células se reciben en una infusión.', PDQ_CAR_T),
      fact('En los niños, la más estudiada busca la proteína CD19 de las células B.', PDQ_CAR_T),
      fact(
        'Puede causar el síndrome de liberación de citocinas, una reacción que puede dar fiebre.',
        DICC_SLC,
      ),
    ],
  },
  // MedlinePlus's Spanish nilotinib page explains QT prolongation in its warning: the one
  // Spanish primary page we could read that does. Nilotinib is the drug the English card names.
  'qt-prolongation': {
    name: 'Prolongación del QT',
    summary: fact(
      'La prolongación del QT es un problema del corazón que puede hacer que lata de forma irregular.',
      MEDLINEPLUS_NILOTINIB,
    ),
    explanation: [
      fact(
        'Esto puede hacer que una persona se desmaye, pierda el conocimiento o tenga convulsiones.',
        MEDLINEPLUS_NILOTINIB,
      ),
      fact('También puede causar la muerte de repente.', MEDLINEPLUS_NILOTINIB),
      fact('El nilotinib (Tasigna) puede causarla.', MEDLINEPLUS_NILOTINIB),
      fact('Hay personas que heredan más riesgo de tenerla.', MEDLINEPLUS_NILOTINIB),
      fact('Eso se llama síndrome de QT prolongado.', MEDLINEPLUS_NILOTINIB),
      fact(
        'Antes de tomar nilotinib, dígale a su médico si usted o alguien de su familia lo tiene.',
        MEDLINEPLUS_NILOTINIB,
      ),
      fact(
        'Dígale también si alguna vez ha tenido bajo el potasio o el magnesio en la sangre.',
        MEDLINEPLUS_NILOTINIB,
      ),
      fact(
        'Si toma nilotinib, fíjese en estas señales: latidos rápidos, fuertes o irregulares, desmayos, pérdida del conocimiento o convulsiones.',
        MEDLINEPLUS_NILOTINIB,
      ),
      fact('Si las nota, deje de tomarlo y llame a su médico de inmediato.', MEDLINEPLUS_NILOTINIB),
    ],
  },
};
