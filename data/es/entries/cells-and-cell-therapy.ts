/**
 * The Spanish patient level of the cell entries (data/entries/cells-and-cell-therapy.ts), issue #29.
 *
 * Written by us, in plain Spanish, from the Spanish NCI PDQ summaries and the ACS page in
 * data/es/sources.ts; never translated from the English entries. Short sentences, common words.
 *
 * Entries with no level yet are listed in CELL_GAPS_ES with the reason: no Spanish primary source
 * we could read says what they are. A shorter card is fine; a guessed one is not.
 */
import { fact } from '../../entries/facts';
import {
  ES_ACS_TIPOS_DE_TRASPLANTES as ACS_TRASPLANTES,
  ES_NCI_PDQ_CAR_T_PEDIATRIA as PDQ_CAR_T,
  ES_NCI_PDQ_LLA_ADULTOS_PACIENTES as PDQ_PACIENTES,
  ES_NCI_PDQ_LLA_PROFESIONALES as PDQ_PROFESIONALES,
} from '../sources';
import type { SpanishLevels } from '../types';

/** Cell entries with no Spanish level yet, and why. */
export const CELL_GAPS_ES: Readonly<Record<string, string>> = {
  blast:
    'No Spanish primary source we could read defines a blast or lymphoblast; the PDQ summaries we read only say ALL has too many of them.',
  'b-cell':
    'The NCI dictionary and PDQ text that define a B cell in Spanish could be read only in copies on other sites (biodic.net, kaiserpermanente.org); the start of the PDQ pages on cancer.gov stops before it.',
  cd22: 'No Spanish primary source we could read mentions CD22.',
  tisagenlecleucel:
    "No Spanish NCI, ACS, LLS or FDA page naming tisagenlecleucel (Kymriah) could be read; the Spanish NCI pages we read stop before it, and MedlinePlus's Spanish page turned up only as copies (cigna.com, kramesonline.com).",
  'brexucabtagene-autoleucel':
    'No Spanish NCI, ACS, LLS or FDA page naming brexucabtagene autoleucel (Tecartus) could be read.',
};

export const CELL_LEVELS_ES: SpanishLevels = {
  'bone-marrow': {
    name: 'Médula ósea',
    summary: fact(
      'La médula ósea está dentro de la mayoría de los huesos y hace las células de la sangre.',
      PDQ_PACIENTES,
    ),
    explanation: [
      fact('Tiene muchos vasos sanguíneos.', PDQ_PACIENTES),
      fact('Hay dos tipos de médula: la roja y la amarilla.', PDQ_PACIENTES),
      fact('La médula roja tiene células madre de la sangre.', PDQ_PACIENTES),
      fact(
        'Estas células pueden llegar a ser glóbulos rojos, glóbulos blancos o plaquetas.',
        PDQ_PACIENTES,
      ),
      fact('La médula amarilla es, sobre todo, grasa.', PDQ_PACIENTES),
      fact(
        'En la leucemia linfoblástica aguda (LLA), la médula hace demasiados linfocitos.',
        PDQ_PACIENTES,
      ),
    ],
  },
  lymphocyte: {
    name: 'Linfocito',
    summary: fact('Un linfocito es un tipo de glóbulo blanco.', PDQ_PACIENTES),
    explanation: [
      fact('En la LLA, la médula ósea produce demasiados linfocitos.', PDQ_PACIENTES),
      fact('Estas células se acumulan en la médula ósea y en la sangre.', PDQ_PROFESIONALES),
      fact(
        'Se cree que la LLA empieza en células jóvenes de tipo B o de tipo T.',
        PDQ_PROFESIONALES,
      ),
      fact('Las células T son un tipo de linfocito.', PDQ_CAR_T),
    ],
  },
  't-cell': {
    name: 'Célula T (linfocito T)',
    summary: fact(
      'Una célula T es un linfocito que puede atacar virus o células cancerosas.',
      PDQ_CAR_T,
    ),
    explanation: [
      fact('La terapia de células T con CAR cambia las células T.', PDQ_CAR_T),
      fact('Así, tienen por fuera una molécula nueva llamada CAR.', PDQ_CAR_T),
      fact('El CAR busca una proteína que está por fuera de las células del cáncer.', PDQ_CAR_T),
    ],
  },
  cd19: {
    name: 'CD19',
    summary: fact('CD19 es un receptor que está por fuera de las células B.', PDQ_CAR_T),
    explanation: [
      fact(
        'Por lo general, las células de la LLA de tipo B tienen CD19 por fuera.',
        PDQ_PROFESIONALES,
      ),
      fact(
        'En niños, la terapia de células T con CAR más estudiada es la que busca el CD19.',
        PDQ_CAR_T,
      ),
    ],
  },
  'stem-cell-transplant': {
    name: 'Trasplante de células madre',
    summary: fact(
      'Un trasplante de células madre repone las células de la sangre cuando la médula ósea se ha destruido.',
      ACS_TRASPLANTES,
    ),
    explanation: [
      fact(
        'La médula puede destruirse por una enfermedad, por la quimioterapia o por la radiación.',
        ACS_TRASPLANTES,
      ),
      fact(
        'Las células madre pueden sacarse de la médula ósea, de la sangre o de la sangre del cordón umbilical.',
        ACS_TRASPLANTES,
      ),
      fact(
        'Las células madre nuevas se dan por una vena, como en una transfusión de sangre.',
        ACS_TRASPLANTES,
      ),
      fact(
        'La meta es que, con el tiempo, se queden en la médula ósea y formen células sanas.',
        ACS_TRASPLANTES,
      ),
      fact('En un autotrasplante, las células madre son de la misma persona.', ACS_TRASPLANTES),
      fact(
        'En un alotrasplante, las células madre vienen de otra persona, que las dona.',
        ACS_TRASPLANTES,
      ),
    ],
  },
};
