/**
 * The all-capitals guard. "ALL" is the disease in "adult ALL" but an ordinary word in "ALL RIGHTS
 * RESERVED" or a heading like "TREATMENT OPTIONS FOR ALL PATIENTS": an all-capitals abbreviation
 * is rejected when the word right before or after it (across spaces or dashes only, so
 * "AML, ALL, CML" and "LEUKEMIA (ALL)" still match) is also all capitals and is not a word of
 * any glossary form ("B-CELL ALL", "ALL TKI" stay matched).
 *
 * Shouted comments need two more rules (shoutedAround): "ALL you amazing supporters" is the word
 * "all" (the disease is never followed by "you", "of", "the"...), and an abbreviation among
 * mostly shouted words ("THANK YOU SO MUCH ALL, you are the BEST") is part of the shouting.
 */

import { withoutAccents } from './normalize';

const SEPARATOR_CHAR = /[\s\-\u2010\u2011\u2012\u2013\u2212]/u;
const SPACES = /[\s\-\u2010\u2011\u2012\u2013\u2212]+/gu;
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
/** At least two capital letters and no lower-case ones. */
const SHOUTING = /^(?!.*\p{Ll})(?:.*?\p{Lu}){2}/u;
const ALL_CAPS_ABBREVIATION = /^\p{Lu}{2,}$/u;

/** Which forms get the guard: exact-case, single-word, all-capitals abbreviations (ALL, TKI). */
export const needsCapsGuard = (form: string, caseSensitive: boolean): boolean =>
  caseSensitive && ALL_CAPS_ABBREVIATION.test(form);

/** Upper-cased words of all forms: neighbours that may be capitals without rejecting. */
export function glossaryWords(forms: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const form of forms) {
    for (const word of form.split(/[^\p{L}\p{N}\p{M}]+/u)) {
      if (word.length > 1) words.add(word.toUpperCase());
    }
  }
  return words;
}

function isShouting(word: string | undefined, known: ReadonlySet<string>): boolean {
  return word !== undefined && SHOUTING.test(word) && !known.has(word.toUpperCase());
}

/** The word just before index `at`, across at least one separator (scans code units; cheap). */
function wordBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && SEPARATOR_CHAR.test(text[i - 1]!)) i--;
  if (i === at) return undefined;
  let j = i;
  while (j > 0 && WORD_UNIT.test(text[j - 1]!)) j--;
  return j < i ? text.slice(j, i) : undefined;
}

function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && SEPARATOR_CHAR.test(text[i]!)) i++;
  if (i === at) return undefined;
  let j = i;
  while (j < text.length && WORD_UNIT.test(text[j]!)) j++;
  return j > i ? text.slice(i, j) : undefined;
}

/** True when the match text.slice(start, end) sits among all-capitals words. */
export function amongCapitals(
  text: string,
  start: number,
  end: number,
  known: ReadonlySet<string>,
): boolean {
  return isShouting(wordBefore(text, start), known) || isShouting(wordAfter(text, end), known);
}

/** Abbreviation forms that are also English words, shouted. */
const ENGLISH_WORD_FORMS = new Set(['ALL']);
/** Words that follow the English "all" but never the disease ("ALL you", "ALL of them"). */
const AFTER_ENGLISH_ALL = new Set(
  'you of the my your our their his her these those this that we us them they day night together alone right'.split(
    ' ',
  ),
);
/** A shouted word that is unlikely to be an abbreviation: four capitals or more, with a vowel. */
const SHOUTED_WORD = /^(?=.*[AEIOUY])\p{Lu}{4,}$/u;
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
/** How far either side of the match counts as its sentence, at most. */
const WINDOW = 80;
const SENTENCE_END = /[.!?\n]/;

/**
 * True when the all-capitals form text.slice(start, end) is an ordinary shouted word: the
 * English "all" before a pronoun or determiner, or an abbreviation among at least three shouted
 * words that outnumber the lower-case ones in its sentence. Runs only for matches that passed
 * amongCapitals, which are few.
 */
export function shoutedAround(
  text: string,
  start: number,
  end: number,
  known: ReadonlySet<string>,
): boolean {
  if (ENGLISH_WORD_FORMS.has(text.slice(start, end))) {
    const next = wordAfter(text, end);
    if (next !== undefined && AFTER_ENGLISH_ALL.has(next.toLowerCase())) return true;
  }
  let from = start;
  while (from > 0 && start - from < WINDOW && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !SENTENCE_END.test(text[to]!)) to++;
  let shouted = 0;
  let lower = 0;
  for (const part of [text.slice(from, start), text.slice(end, to)]) {
    for (const [word] of part.matchAll(WORDS)) {
      if (/\p{Ll}/u.test(word)) lower++;
      else if (SHOUTED_WORD.test(word) && !known.has(word)) shouted++;
    }
  }
  return shouted >= 3 && shouted >= lower;
}

/** Lower-case words inside a spelled-out name that give it no letter ("Instituto de ..."). */
const CONNECTORS = new Set('de del la las los y e of the and for'.split(' '));
const NAME_WORDS = /[\p{L}\p{M}]+/gu;
const CAPITALISED = /^\p{Lu}/u;
/** "el ITC de Canarias": "de" and a capitalised word make an institution's or place's name. */
const OF_A_NAME = /^ de (\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * True when the all-capitals abbreviation text.slice(start, end) is spelled out as something else
 * next to it: capitalised words whose initials make it, one of them no word of any glossary form
 * ("La Libertad Avanza (LLA)", "SLC (Salt Lake City)", "SLC, Salt Lake City"), or an
 * institution's name ("el ITC de Canarias"). "Leucemia Linfoblástica Aguda (LLA)" spells the
 * glossary's own name and stays matched, as do "leucemia linfoblástica aguda (LLA)" and "LLA de
 * Células B".
 */
export function spelledOtherwise(
  text: string,
  start: number,
  end: number,
  known: ReadonlySet<string>,
): boolean {
  const abbreviation = text.slice(start, end);
  const names = (part: string) => (part.match(NAME_WORDS) ?? []).filter((w) => !CONNECTORS.has(w));
  const spells = (words: string[]): boolean =>
    words.length === abbreviation.length &&
    words.every((w, i) => CAPITALISED.test(w) && withoutAccents(w[0]!) === abbreviation[i]) &&
    words.some(
      (w) => !known.has(w.toUpperCase().replace(/(?<=.)E?S$/u, '')) && !known.has(w.toUpperCase()),
    );
  const before = text.slice(Math.max(0, start - 80), start);
  if (/\(\s*$/u.test(before) && spells(names(before).slice(-abbreviation.length))) return true;
  const after = text.slice(end, end + 80).replace(SPACES, ' ');
  if (/^ ?[(,]/u.test(after) && spells(names(after).slice(0, abbreviation.length))) return true;
  const of = OF_A_NAME.exec(after);
  return of !== null && !known.has(of[1]!.toUpperCase());
}

/**
 * Spanish forms that name the term only in some company (issue #29), with the words after them
 * that give them another sense. "Remisión" is also the sending of papers, goods or money and a
 * referral: "remisión de la deuda", "de las actuaciones", "del paquete", "al especialista".
 * "Recaída" is also a fall back into a habit ("recaída en el alcohol"). "Terapia dirigida por una
 * psicóloga" is a therapy led by one; "trasplante de médula espinal" is no marrow. Tested on the
 * match and what follows, lower-cased and without accents; anchored, so other matches fail at
 * once. (Bare "Filadelfia", "médula", "dirigida" or "proteína cinasa" are no form at all.)
 */
const OTHER_SENSE =
  /^(remision(es)? (de(l| la| las| los| sus?| una| un)? (deuda|pena|pecado|multa|impuesto|condena|pago|expediente|document|actuacion|auto|diligencia|causa|demanda|paquete|pedido|envio|mercancia|carta|correo|factura|informe|oficio|solicitud|dinero|fondo|giro|interes|recargo|sancion|archivo|dato)|(al|a la|a los|a las) (juzgado|tribunal|fiscal|especialista|servicio|consulta|juez|autoridad|ministerio))|recaidas? en (el|la|los|las|sus?) (alcohol|droga|consumo|adiccion|tabaco|juego|vicio|bebida)|(terapia|tratamiento)s? dirigid[ao]s? (por|a (padres|familias))\b|tra(n)?splantes? de medula espinal)/;

/** True when the words after the match text.slice(start, end) give it another sense. */
export function otherSense(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 32;
  // Only forms that start with r or t have one: the rest skip the string work.
  if (first !== 114 && first !== 116) return false;
  return OTHER_SENSE.test(
    withoutAccents(text.slice(start, end + 40))
      .toLowerCase()
      .replace(SPACES, ' '),
  );
}
