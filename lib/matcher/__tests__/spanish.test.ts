/**
 * Spanish pages (issue #29): the Spanish forms (data/es/forms.ts) light up with and without their
 * accents, and the Spanish traps stay plain.
 */
import { SPANISH_FORMS } from '../../../data/es/forms';
import { expandForm } from '../../../data/form-syntax';
import { formsOverlap, GLOSSARY } from '../../../data/index';
import { termIndex } from 'virtual:term-index';
import { compileMatcher, findMatches } from '..';

const matcher = compileMatcher(termIndex());
const found = (text: string) => findMatches(matcher, text).map((m) => [m.text, m.id]);

describe('Spanish forms', () => {
  it('belong to glossary entries and claim no other entry’s form', () => {
    const ids = new Set(GLOSSARY.map((e) => e.id));
    const claimed = termIndex().flatMap((e) => e.forms.map((f) => ({ ...f, id: e.id })));
    for (const [id, forms] of Object.entries(SPANISH_FORMS)) {
      expect(ids.has(id), id).toBe(true);
      for (const form of forms) {
        for (const text of expandForm(form.text)) {
          expect(text, form.text).toMatch(/^\S+(?: \S+)*$/u);
          const mine = { text, caseSensitive: form.caseSensitive };
          const clash = claimed.find((c) => c.id !== id && formsOverlap(c, mine));
          expect(clash, `"${text}" (${id}) overlaps "${clash?.text}" (${clash?.id})`).toBe(
            undefined,
          );
        }
      }
    }
  });

  it.each([
    [
      'Le diagnosticaron leucemia linfoblástica aguda (LLA).',
      [
        ['leucemia linfoblástica aguda', 'acute-lymphocytic-leukemia'],
        ['LLA', 'acute-lymphocytic-leukemia'],
      ],
    ],
    [
      'Tiene LLA Ph+ y el cromosoma Filadelfia.',
      [
        ['LLA Ph+', 'ph-positive-all'],
        ['cromosoma Filadelfia', 'philadelphia-chromosome'],
      ],
    ],
    [
      'el cromosoma Philadelphia; es Filadelfia positivo',
      [
        ['cromosoma Philadelphia', 'philadelphia-chromosome'],
        ['Filadelfia positivo', 'philadelphia-chromosome'],
      ],
    ],
    [
      'Los inhibidores de la tirosina cinasa (ITC) y un inhibidor de tirosina quinasa (ITK).',
      [
        ['inhibidores de la tirosina cinasa', 'tyrosine-kinase-inhibitor'],
        ['ITC', 'tyrosine-kinase-inhibitor'],
        ['inhibidor de tirosina quinasa', 'tyrosine-kinase-inhibitor'],
        ['ITK', 'tyrosine-kinase-inhibitor'],
      ],
    ],
    [
      'La terapia dirigida se suma a la quimioterapia; después de la quimio, inmunoterapia.',
      [
        ['terapia dirigida', 'targeted-therapy'],
        ['quimioterapia', 'chemotherapy'],
        ['quimio', 'chemotherapy'],
        ['inmunoterapia', 'immunotherapy'],
      ],
    ],
    [
      'Está en remisión: no hay blastos en la médula ósea y la ERM es negativa.',
      [
        ['remisión', 'remission'],
        ['blastos', 'blast'],
        ['médula ósea', 'bone-marrow'],
        ['ERM', 'minimal-residual-disease'],
      ],
    ],
    [
      'enfermedad residual mínima; síndrome de liberación de citocinas (SLC)',
      [
        ['enfermedad residual mínima', 'minimal-residual-disease'],
        ['síndrome de liberación de citocinas', 'cytokine-release-syndrome'],
        ['SLC', 'cytokine-release-syndrome'],
      ],
    ],
    [
      'Después, un trasplante de células madre. Tiene hinchazón (edema).',
      [
        ['trasplante de células madre', 'stem-cell-transplant'],
        ['hinchazón', 'edema'],
        ['edema', 'edema'],
      ],
    ],
  ])('lights up %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds a relapse, refractory disease, ICANS and an allogeneic transplant as the press writes them', () => {
    expect(
      found('Tras la recaída, con enfermedad refractaria, pidió un segundo trasplante.'),
    ).toEqual([
      ['recaída', 'relapsed-refractory'],
      ['enfermedad refractaria', 'relapsed-refractory'],
    ]);
    expect(
      found('Puede haber neurotoxicidad asociada a células inmunitarias efectoras después.'),
    ).toEqual([['neurotoxicidad asociada a células inmunitarias efectoras', 'icans']]);
    expect(found('Recibió un trasplante autólogo de células madre hematopoyéticas.')).toEqual([
      ['trasplante autólogo de células madre hematopoyéticas', 'stem-cell-transplant'],
    ]);
  });

  it('finds the regional words for low counts and the transplant abbreviations', () => {
    expect(found('Tuvo plaquetopenia y leucopenia; le harán un alo-TPH.')).toEqual([
      ['plaquetopenia', 'low-platelet-count'],
      ['leucopenia', 'low-white-blood-cell-count'],
      ['TPH', 'stem-cell-transplant'],
    ]);
    expect(found('Después del TMO (o TCMH) siguió en remisión.')).toEqual([
      ['TMO', 'stem-cell-transplant'],
      ['TCMH', 'stem-cell-transplant'],
      ['remisión', 'remission'],
    ]);
  });

  it('finds CAR T cells written in lower case after "células", and the QT verb forms', () => {
    expect(found('Le pusieron linfocitos car t y después la terapia car-t.')).toEqual([
      ['linfocitos car t', 'car-t-cell-therapy'],
      ['terapia car-t', 'car-t-cell-therapy'],
    ]);
    expect(found('Algunos prolongan el QT; otros alargan el intervalo QTc.')).toEqual([
      ['prolongan el QT', 'qt-prolongation'],
      ['alargan el intervalo QTc', 'qt-prolongation'],
    ]);
    // "car" on its own is no form, whatever its case.
    expect(found('El car t-shirt; el CAR de atletismo.')).toEqual([]);
  });

  it('matches a form typed without its accents, in any letter case', () => {
    expect(found('remision, medula osea, sindrome de liberacion de citocinas, hinchazon')).toEqual([
      ['remision', 'remission'],
      ['medula osea', 'bone-marrow'],
      ['sindrome de liberacion de citocinas', 'cytokine-release-syndrome'],
      ['hinchazon', 'edema'],
    ]);
    expect(found('MÉDULA ÓSEA y Remisiones; prolongacion del QT')).toEqual([
      ['MÉDULA ÓSEA', 'bone-marrow'],
      ['Remisiones', 'remission'],
      ['prolongacion del QT', 'qt-prolongation'],
    ]);
  });

  it('finds QT prolongation as MedlinePlus and NCI write it, at a sentence start too', () => {
    expect(found('El nilotinib puede ocasionar prolongación de QT.')).toEqual([
      ['nilotinib', 'nilotinib'],
      ['prolongación de QT', 'qt-prolongation'],
    ]);
    expect(found('Prolongación del intervalo QT: un cambio en el corazón.')).toEqual([
      ['Prolongación del intervalo QT', 'qt-prolongation'],
    ]);
  });

  it('never adds an accent the form does not have, nor matches part of a word', () => {
    expect(found('edemá, quimiotaxis, blastocisto, LLAMADA, remisiónes')).toEqual([]);
  });

  it.each([
    'Los Eagles de Filadelfia jugaron en Filadelfia el domingo.',
    'Fuimos al Hospital Infantil de Filadelfia.',
    'El banco aprobó la remisión de la deuda.',
    'Pidió la remision de su pena y la remisión del expediente.',
    'La publicidad dirigida nos sigue por internet.',
    'Una terapia dirigida por una psicóloga ayudó a la familia.',
    'Es una terapia dirigida a padres de niños enfermos.',
    'Tuvo una lesión de la médula espinal.',
    'Un trasplante de médula espinal es otra cosa.',
    'La proteína cinasa C regula señales; un inhibidor de la proteína cinasa.',
    'TODOS LOS DERECHOS RESERVADOS. LLAMA YA.',
    // Remisión as sending or referral, recaída as a habit come back.
    'El tribunal acordó la remisión de los autos a la Audiencia.',
    'La remisión de la mercancía y la remisión de fondos se retrasaron.',
    'Firmó la remisión al especialista y la remisión a la consulta de neumología.',
    'Tuvo una recaída en el consumo de tabaco.',
    // An abbreviation spelled out as something else, or an institution's name.
    'La Libertad Avanza (LLA) presentó listas.',
    'El Instituto Tecnológico de Canarias (ITC) y el ITC de Tenerife.',
    'Volamos a SLC (Salt Lake City) el lunes.',
  ])('leaves the trap %j plain', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the sense a guard would not reject', () => {
    expect(found('La remisión de los síntomas llegó con la terapia dirigida al BCR-ABL.')).toEqual([
      ['remisión', 'remission'],
      ['terapia dirigida', 'targeted-therapy'],
      ['BCR-ABL', 'bcr-abl'],
    ]);
    expect(found('TRATAMIENTO DE LA LLA')).toEqual([['LLA', 'acute-lymphocytic-leukemia']]);
    // Spelled out in the glossary's own words, plurals too, the abbreviation stays lit.
    expect(
      found('Tyrosine Kinase Inhibitors (TKI) for Acute Lymphoblastic Leukemia (ALL)'),
    ).toEqual([
      ['Tyrosine Kinase Inhibitors', 'tyrosine-kinase-inhibitor'],
      ['TKI', 'tyrosine-kinase-inhibitor'],
      ['Acute Lymphoblastic Leukemia', 'acute-lymphocytic-leukemia'],
      ['ALL', 'acute-lymphocytic-leukemia'],
    ]);
    expect(found('Leucemia Linfoblástica Aguda (LLA) en adultos; la LLA de Células B.')).toEqual([
      ['Leucemia Linfoblástica Aguda', 'acute-lymphocytic-leukemia'],
      ['LLA', 'acute-lymphocytic-leukemia'],
      ['LLA', 'acute-lymphocytic-leukemia'],
    ]);
    expect(
      found('La remisión de la enfermedad duró; Síndrome de Liberación de Citocinas (SLC).'),
    ).toEqual([
      ['remisión', 'remission'],
      ['Síndrome de Liberación de Citocinas', 'cytokine-release-syndrome'],
      ['SLC', 'cytokine-release-syndrome'],
    ]);
  });
});
