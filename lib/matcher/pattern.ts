import { DASH_CLASS, SEPARATOR, WORD_CLASS, isDash, isWhitespace, isWordChar } from './normalize';
import type { PatternShape } from './types';

export type Plural = 's' | 'ies' | null;

/** A form split into regex atoms (one per character or separator) plus its optional ending. */
export interface FormPattern {
  atoms: string[];
  suffix: string;
  /** How the plural is spelled: "TKIs", "therapies", or none ("BCR-ABL1", "Ph+"). */
  plural: Plural;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const LETTER = /\p{L}/u;
const CONSONANT_Y = /[b-df-hj-np-tv-xz]y$/i;

/** Exact-case forms only when the y is lower case, so "ies" has the same case. */
const endsInConsonantY = (form: string, caseSensitive: boolean): boolean =>
  CONSONANT_Y.test(form) && (!caseSensitive || form.endsWith('y'));

/** Under the u flag only syntax characters may be escaped ("\-" outside a class is an error). */
const escapeChar = (ch: string): string => ch.replace(SYNTAX, '\\$&');

/** Case-insensitive forms become classes like [iI]: one regex can then mix exact-case forms. */
function letterAtom(ch: string, caseSensitive: boolean): string {
  if (caseSensitive) return escapeChar(ch);
  const variants = new Set([ch, ch.toLowerCase(), ch.toUpperCase()]);
  const single = [...variants].filter((v) => [...v].length === 1);
  return single.length > 1 ? `[${single.join('')}]` : escapeChar(ch);
}

/** `text` must be trimmed and non-empty. */
export function formPattern(text: string, caseSensitive: boolean): FormPattern {
  const chars = [...text];
  const atoms: string[] = [];
  for (let i = 0; i < chars.length;) {
    const ch = chars[i]!;
    if (isWhitespace(ch) || isDash(ch)) {
      let j = i + 1;
      if (isWhitespace(ch)) while (j < chars.length && isWhitespace(chars[j]!)) j++;
      // Only between two word characters are dash and space interchangeable: the dash in
      // "Ph- ALL" is a minus sign, and "Ph+ ALL" needs a real space after the plus.
      const inner = isWordChar(chars[i - 1]) && isWordChar(chars[j]);
      atoms.push(inner ? SEPARATOR : isWhitespace(ch) ? '\\s+' : DASH_CLASS);
      i = j;
    } else {
      atoms.push(letterAtom(ch, caseSensitive));
      i++;
    }
  }
  // Plural "s" is part of the highlight ("TKIs"); possessive "'s" is not (the boundary stops there).
  const last = chars[chars.length - 1]!;
  const pluralizable = LETTER.test(last) && last !== 's' && last !== 'S';
  if (pluralizable && endsInConsonantY(text, caseSensitive)) {
    // "therapy" → "therapies" (and not "therapys").
    const ies = caseSensitive ? 'ies' : '[iI][eE][sS]';
    atoms[atoms.length - 1] = `(?:${atoms[atoms.length - 1]}|${ies})`;
    return { atoms, suffix: '[®™]?', plural: 'ies' };
  }
  const plural = pluralizable ? (caseSensitive ? 's?' : '[sS]?') : '';
  return { atoms, suffix: `${plural}[®™]?`, plural: pluralizable ? 's' : null };
}

interface TrieNode {
  children: Map<string, TrieNode>;
  suffixes: Set<string>;
  /** Longest number of atoms below this node: children are tried longest first. */
  height: number;
}

const newNode = (): TrieNode => ({ children: new Map(), suffixes: new Set(), height: 0 });

function alternation(alts: string[]): string {
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

function trieSource(patterns: readonly FormPattern[]): string {
  const root = newNode();
  for (const { atoms, suffix } of patterns) {
    let node = root;
    atoms.forEach((atom, k) => {
      node.height = Math.max(node.height, atoms.length - k);
      let child = node.children.get(atom);
      if (!child) node.children.set(atom, (child = newNode()));
      node = child;
    });
    node.suffixes.add(suffix);
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children]
      .sort((a, b) => b[1].height - a[1].height)
      .map(([atom, child]) => atom + emit(child));
    // The node's own ending comes last, so longer forms through it win ("imatinib mesylate").
    const ends = [...node.suffixes].sort((a, b) => b.length - a.length);
    return alternation([...branches, ...ends]);
  };
  return root.children.size === 0 ? '' : emit(root);
}

function flatSource(patterns: readonly FormPattern[]): string {
  const alts = [...patterns]
    .sort((a, b) => b.atoms.length - a.atoms.length)
    .map((p) => p.atoms.join('') + p.suffix);
  return [...new Set(alts)].join('|');
}

/**
 * The whole pattern: Unicode word boundaries on both sides, no match inside "Ph.D." or
 * "gleevec.com", and none right before "-like" ("Ph-like ALL" is not Ph+ ALL).
 */
export function buildSource(patterns: readonly FormPattern[], shape: PatternShape): string {
  const body = shape === 'trie' ? trieSource(patterns) : flatSource(patterns);
  if (body === '') return '(?!)';
  return (
    `(?<!${WORD_CLASS})(?<![\\p{L}\\p{N}]\\.)(?:${body})` +
    `(?!${WORD_CLASS})(?!\\.[\\p{L}\\p{N}])(?!${DASH_CLASS}[lL][iI][kK][eE](?!${WORD_CLASS}))`
  );
}
