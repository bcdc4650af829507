import {
  DASHES,
  DASH_CLASS,
  SEPARATOR,
  isDash,
  isWhitespace,
  isWordChar,
  withoutAccents,
} from './normalize';

/**
 * One position of a form: a set of single characters (a letter in both cases, a literal, the
 * dashes), a whitespace run, or a separator (one dash or a whitespace run).
 */
export type Atom = { kind: 'chars'; chars: readonly string[] } | { kind: 'ws' } | { kind: 'sep' };

export type Plural = 's' | 'ies' | null;

/** One spelling of a form ("therapy" has a second one, "therapies"). */
interface Spelling {
  /** Letters in the form's own case where it is case-sensitive. */
  exact: Atom[];
  /** Letters in both cases: the trie is built on these, so its siblings never overlap. */
  folded: Atom[];
  /** Optional ending: the plural "s" (inside the highlight, "TKIs") and a ® or ™. */
  ending: string;
}

export interface FormPattern {
  spellings: Spelling[];
  caseSensitive: boolean;
  /** How the plural is spelled: "TKIs", "therapies", or none ("BCR-ABL1", "Ph+"). */
  plural: Plural;
}

const LETTER = /\p{L}/u;
const CONSONANT_Y = /[b-df-hj-np-tv-xz]y$/i;

const chars = (...list: string[]): Atom => ({ kind: 'chars', chars: [...new Set(list)] });
const SEP: Atom = { kind: 'sep' };
const WS: Atom = { kind: 'ws' };
const DASH = chars(...DASHES);

/**
 * Case-insensitive letters become [iI]: one regex can then mix exact-case forms. An accented
 * letter also takes its plain one ([óÓoO]): Spanish is often typed without accents (issue #29),
 * while a plain letter never takes an accent, so "remision" finds "remisión" and "edema" no
 * "edemá".
 */
function letterAtom(ch: string, caseSensitive: boolean): Atom {
  // The same letter comes thousands of times in a glossary: one atom each (compileMatcher runs in
  // every page's content script).
  const key = (caseSensitive ? 'c' : 'i') + ch;
  let atom = letterAtoms.get(key);
  if (!atom) letterAtoms.set(key, (atom = newLetterAtom(ch, caseSensitive)));
  return atom;
}
const letterAtoms = new Map<string, Atom>();

function newLetterAtom(ch: string, caseSensitive: boolean): Atom {
  const plain = withoutAccents(ch);
  const letters = plain !== ch && plain.length === 1 ? [ch, plain] : [ch];
  if (caseSensitive) return chars(...letters);
  const variants = letters.flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]);
  return chars(...variants.filter((v) => [...v].length === 1));
}

function atomsOf(text: string, caseSensitive: boolean): Atom[] {
  const list = [...text];
  const atoms: Atom[] = [];
  for (let i = 0; i < list.length;) {
    const ch = list[i]!;
    if (isWhitespace(ch) || isDash(ch)) {
      let j = i + 1;
      if (isWhitespace(ch)) while (j < list.length && isWhitespace(list[j]!)) j++;
      // Only between two word characters are dash and space interchangeable: the dash in
      // "Ph- ALL" is a minus sign, and "Ph+ ALL" needs a real space after the plus.
      const inner = isWordChar(list[i - 1]) && isWordChar(list[j]);
      atoms.push(inner ? SEP : isWhitespace(ch) ? WS : DASH);
      i = j;
    } else {
      atoms.push(letterAtom(ch, caseSensitive));
      i++;
    }
  }
  return atoms;
}

/** `text` must be trimmed and non-empty. */
export function formPattern(text: string, caseSensitive: boolean): FormPattern {
  const last = [...text].pop()!;
  const pluralizable = LETTER.test(last) && last !== 's' && last !== 'S';
  // "therapy" → "therapies" (exact-case forms only with a lower-case y, so "ies" matches its case).
  const ies = pluralizable && CONSONANT_Y.test(text) && (!caseSensitive || last === 'y');
  const plural: Plural = ies ? 'ies' : pluralizable ? 's' : null;
  // Possessive "'s" needs nothing: the word boundary stops the match before the apostrophe.
  const ending = `${plural === 's' ? (caseSensitive ? 's?' : '[sS]?') : ''}[®™]?`;
  const texts = ies ? [text, `${text.slice(0, -1)}ies`] : [text];
  const spellings = texts.map((t) => ({
    exact: atomsOf(t, caseSensitive),
    folded: atomsOf(t, false),
    ending,
  }));
  return { spellings, caseSensitive, plural };
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const CLASS_SYNTAX = /[\\\][^-]/g;

const DASH_KEY = [...DASHES].sort().join('');
const sources = new WeakMap<Atom, string>();

/** Regex text for an atom. Under the u flag only syntax characters may be escaped. */
export function atomSource(atom: Atom): string {
  let source = sources.get(atom);
  if (source === undefined) sources.set(atom, (source = newAtomSource(atom)));
  return source;
}

function newAtomSource(atom: Atom): string {
  if (atom.kind === 'ws') return '\\s+';
  if (atom.kind === 'sep') return SEPARATOR;
  if (atom.chars.length === 1) return atom.chars[0]!.replace(SYNTAX, '\\$&');
  if ([...atom.chars].sort().join('') === DASH_KEY) return DASH_CLASS;
  return `[${atom.chars.map((c) => c.replace(CLASS_SYNTAX, '\\$&')).join('')}]`;
}
