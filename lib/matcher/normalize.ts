/**
 * Character classes shared by the pattern builder and the lookup keys, so that whatever the regex
 * matches normalizes to the key of the form it came from.
 */

/** Hyphen-minus, hyphen U+2010, non-breaking hyphen U+2011, figure dash, en dash, minus sign. */
export const DASHES: readonly string[] = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212'];
export const DASH_CLASS = '[\\-\\u2010\\u2011\\u2012\\u2013\\u2212]';

/** A term must not touch these on either side (\b is ASCII-only, so spell it out for Unicode). */
export const WORD_CLASS = '[\\p{L}\\p{N}\\p{M}_]';

/** Between two word characters of a form, one dash or any whitespace run are interchangeable. */
export const SEPARATOR = `(?:${DASH_CLASS}|\\s+)`;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DASH_CHAR = new RegExp(`^${DASH_CLASS}$`, 'u');
const WHITESPACE = /\s/u;
const INNER_DASH = new RegExp(
  `(?<=[\\p{L}\\p{N}\\p{M}])${DASH_CLASS}(?=[\\p{L}\\p{N}\\p{M}])`,
  'gu',
);
const OTHER_DASH = new RegExp(DASH_CLASS, 'gu');
const WHITESPACE_RUN = /\s+/gu;
const ANY_SEPARATOR = new RegExp(`\\s|${DASH_CLASS}`, 'u');

export const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && WORD_CHAR.test(ch);
export const isDash = (ch: string): boolean => DASH_CHAR.test(ch);
export const isWhitespace = (ch: string): boolean => WHITESPACE.test(ch);

/**
 * Canonical spelling for lookups: whitespace runs and dashes between word characters become one
 * space; other dashes (the sign in "Ph- ALL") become '-'. Mirrors how forms are tokenized.
 */
export function canonicalSeparators(text: string): string {
  // Most matches are single words: skip the three replaces for them.
  if (!ANY_SEPARATOR.test(text)) return text;
  return text.replace(INNER_DASH, ' ').replace(OTHER_DASH, '-').replace(WHITESPACE_RUN, ' ');
}

/** The matched text without a trailing ® or ™ (brands keep the symbol in the highlight). */
export function stripTrademark(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 0xae || last === 0x2122 ? text.slice(0, -1) : text;
}

const NON_ASCII = /[^\0-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;

/** "remisión" → "remision", "Ñ" → "N": how lookups compare accented forms (issue #29). */
export function withoutAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING, '') : text;
}
