import {
  fernandezHuerta,
  infleszGrade,
  spanishSentences,
  spanishSyllables,
  spanishWords,
  szigrisztPazos,
} from '../readability';

/** Words with their syllables as the RAE's rules divide them. */
const KNOWN: readonly [string, number][] = [
  // plain words
  ['sangre', 2], // san-gre
  ['médula', 3], // mé-du-la
  ['cromosoma', 4], // cro-mo-so-ma
  ['Filadelfia', 4], // Fi-la-del-fia
  ['remisión', 3], // re-mi-sión
  ['trasplante', 3], // tras-plan-te
  ['hinchazón', 3], // hin-cha-zón
  ['oxígeno', 4], // o-xí-ge-no
  // diphthongs: strong + unaccented weak, or two weak vowels
  ['leucemia', 3], // leu-ce-mia
  ['anemia', 3], // a-ne-mia
  ['quimioterapia', 5], // qui-mio-te-ra-pia
  ['inmunoterapia', 6], // in-mu-no-te-ra-pia
  ['ciudad', 2], // ciu-dad
  ['cuidado', 3], // cui-da-do
  ['huevo', 2], // hue-vo
  ['agua', 2], // a-gua
  // triphthongs
  ['buey', 1],
  ['Uruguay', 3], // U-ru-guay
  ['averiguáis', 4], // a-ve-ri-guáis
  // hiatus: two strong vowels, or an accented í / ú
  ['ósea', 3], // ó-se-a
  ['leer', 2], // le-er
  ['poeta', 3], // po-e-ta
  ['aéreo', 4], // a-é-re-o
  ['día', 2], // dí-a
  ['país', 2], // pa-ís
  ['baúl', 2], // ba-úl
  ['oído', 3], // o-í-do
  ['proteína', 4], // pro-te-í-na
  ['continúa', 4], // con-ti-nú-a
  ['reúne', 3], // re-ú-ne
  ['prohíbe', 3], // pro-hí-be
  ['sonreír', 3], // son-re-ír
  // silent u in que, qui, gue, gui; sounded ü in güe, güi
  ['queso', 2], // que-so
  ['plaquetas', 3], // pla-que-tas
  ['guerra', 2], // gue-rra
  ['guitarra', 3], // gui-ta-rra
  ['pingüino', 3], // pin-güi-no
  ['vergüenza', 3], // ver-güen-za
  // y: a vowel at the end of a word, a consonant before a vowel
  ['y', 1],
  ['rey', 1],
  ['muy', 1],
  ['hoy', 1],
  ['ayuda', 3], // a-yu-da
  ['leyes', 2], // le-yes
  // medical words of the cards
  ['cinasa', 3], // ci-na-sa
  ['tirosina', 4], // ti-ro-si-na
  ['linfoblástica', 5], // lin-fo-blás-ti-ca
  ['aguda', 3], // a-gu-da
  ['hinchazón', 3],
  ['plaquetaria', 4], // pla-que-ta-ria
  ['glóbulos', 3], // gló-bu-los
  ['infección', 3], // in-fec-ción
];

describe('Spanish syllables', () => {
  it.each(KNOWN)('%s has %i syllable(s)', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it('spells out abbreviations in capitals, letter by letter', () => {
    expect(spanishSyllables('LLA')).toBe(5); // e-le, e-le, a
    expect(spanishSyllables('ITC')).toBe(3); // i, te, ce
    expect(spanishSyllables('BCR-ABL')).toBe(4 + 4); // be, ce, e-rre + a, be, e-le
    expect(spanishSyllables('CD19')).toBe(1 + 1 + 2 * 2);
    expect(spanishSyllables('BCR::ABL1')).toBe(4 + 4 + 2);
  });

  it('counts words with accents and hyphens as one word each', () => {
    expect(spanishWords('¿Qué es la médula ósea? Es el tejido, BCR-ABL y Ph+.')).toEqual([
      'Qué',
      'es',
      'la',
      'médula',
      'ósea',
      'Es',
      'el',
      'tejido',
      'BCR-ABL',
      'y',
      'Ph+',
    ]);
  });

  it('splits sentences before ¿ and ¡ and capitals, not inside them', () => {
    expect(spanishSentences('¿Qué es? Es una célula. ¡Llame hoy! Luego, 2 más.')).toEqual([
      '¿Qué es?',
      'Es una célula.',
      '¡Llame hoy!',
      'Luego, 2 más.',
    ]);
  });
});

describe('Spanish readability scores', () => {
  const plain =
    'La médula ósea está dentro de los huesos. Allí se forman las células de la sangre. ' +
    'Hable con su equipo médico si tiene dudas.';
  const technical =
    'La leucemia linfoblástica aguda con cromosoma Filadelfia positivo se caracteriza por la ' +
    'translocación recíproca entre los cromosomas nueve y veintidós, que origina la proteína ' +
    'quimérica con actividad de tirosina cinasa constitutivamente activada.';

  it('scores plain text as easy and technical text as hard (the measure can fail)', () => {
    expect(fernandezHuerta(plain)).toBeGreaterThanOrEqual(70);
    expect(fernandezHuerta(technical)).toBeLessThan(50);
    expect(szigrisztPazos(plain)).toBeGreaterThanOrEqual(65);
    expect(szigrisztPazos(technical)).toBeLessThan(40);
    expect(infleszGrade(szigrisztPazos(plain))).toMatch(/fácil/);
    expect(infleszGrade(szigrisztPazos(technical))).toBe('muy difícil');
  });

  it('uses words per sentence (Law’s correction): longer sentences score lower', () => {
    const short = 'El niño come pan. La niña bebe agua.';
    const long = 'El niño come pan y la niña bebe agua.';
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
    expect(szigrisztPazos(short)).toBeGreaterThan(szigrisztPazos(long));
  });

  it('computes the formulas exactly on counted text', () => {
    // 4 words, 1 sentence, 1+1+1+1 = 4 syllables ("El sol da luz.")
    const text = 'El sol da luz.';
    expect(fernandezHuerta(text)).toBeCloseTo(206.84 - 0.6 * 100 - 1.02 * 4, 6);
    expect(szigrisztPazos(text)).toBeCloseTo(206.835 - 62.3 - 4, 6);
    expect(fernandezHuerta('')).toBeNaN();
  });
});
