import { DASHES } from './normalize';
import { type Atom, type FormPattern, atomSource } from './pattern';

/**
 * The forms as a trie, emitted as nested alternations ("imatinib(?:\s+mesylate|…)").
 *
 * Longest match needs sibling edges that never both match: then trying the deeper edge before
 * ending the term finds the longest form, like the flat list sorted by length. So the trie is
 * built on case-folded letters ([pP]), and an exact-case form checks its case with a lookbehind
 * where it ends ("…(?<=Ph\+)"): when that fails, the regex backtracks to a shorter form. (Splitting
 * "P" from "[pP]" instead copies the case-free subtrie at every letter: 33 kB instead of 8 kB for
 * the glossary, past V8's 20 kB optimization limit, 3x slower.) Remaining overlaps between
 * separators and literal dashes or spaces are split, which only odd forms need.
 */

interface Edge {
  atom: Atom;
  child: TrieNode;
}

interface TrieNode {
  edges: Map<string, Edge>;
  /** Set when a form ends here: its optional ending (plural, ®). */
  suffixes: Set<string>;
}

const newNode = (): TrieNode => ({ edges: new Map(), suffixes: new Set() });
const chars = (list: readonly string[]): Atom => ({ kind: 'chars', chars: list });
const keys = new WeakMap<Atom, string>();
/** Atoms are shared (pattern.ts), so their keys are worked out once each. */
function keyOf(atom: Atom): string {
  let key = keys.get(atom);
  if (key === undefined) {
    key = atom.kind === 'chars' ? `c${[...atom.chars].sort().join('')}` : atom.kind;
    keys.set(atom, key);
  }
  return key;
}

/** A new node matching everything a or b matches (a and b are left as they are). */
function merge(a: TrieNode, b: TrieNode): TrieNode {
  const out: TrieNode = {
    edges: new Map(a.edges),
    suffixes: new Set([...a.suffixes, ...b.suffixes]),
  };
  for (const edge of b.edges.values()) addEdge(out, edge.atom, edge.child);
  return out;
}

function addEdge(node: TrieNode, atom: Atom, child: TrieNode): void {
  const key = keyOf(atom);
  const held = node.edges.get(key);
  node.edges.set(key, { atom, child: held ? merge(held.child, child) : child });
}

function insert(root: TrieNode, atoms: readonly Atom[], suffix: string): void {
  let node = root;
  for (const atom of atoms) {
    const key = keyOf(atom);
    let edge = node.edges.get(key);
    if (!edge) node.edges.set(key, (edge = { atom, child: newNode() }));
    node = edge.child;
  }
  node.suffixes.add(suffix);
}

/** Splits overlapping character sets into disjoint ones, each leading to the merged subtries. */
function splitCharEdges(node: TrieNode): void {
  const edges = [...node.edges.values()].filter((e) => e.atom.kind === 'chars');
  const owners = new Map<string, number[]>();
  edges.forEach((e, i) => {
    if (e.atom.kind === 'chars')
      for (const ch of e.atom.chars) owners.set(ch, [...(owners.get(ch) ?? []), i]);
  });
  if ([...owners.values()].every((list) => list.length === 1)) return;
  const groups = new Map<string, { chars: string[]; owners: number[] }>();
  for (const [ch, list] of owners) {
    const sig = list.join(',');
    const group = groups.get(sig) ?? { chars: [], owners: list };
    group.chars.push(ch);
    groups.set(sig, group);
  }
  for (const e of edges) node.edges.delete(keyOf(e.atom));
  for (const group of groups.values()) {
    const child = group.owners.map((i) => edges[i]!.child).reduce(merge);
    addEdge(node, chars(group.chars), child);
  }
}

function makeDisjoint(node: TrieNode, done: Set<TrieNode>): void {
  if (done.has(node)) return;
  done.add(node);
  const sep = node.edges.get('sep');
  const dashEdge = [...node.edges.values()].some(
    (e) => e.atom.kind === 'chars' && e.atom.chars.some((c) => DASHES.includes(c)),
  );
  if (sep && (dashEdge || node.edges.has('ws'))) {
    // "one dash or a whitespace run" overlaps a literal dash or space: split it in two.
    node.edges.delete('sep');
    addEdge(node, { kind: 'ws' }, sep.child);
    addEdge(node, chars(DASHES), sep.child);
  }
  splitCharEdges(node);
  for (const edge of node.edges.values()) makeDisjoint(edge.child, done);
}

/** Where the start-of-term check goes: `at(k)` checks the text before the k atoms just read. */
export interface StartCheck {
  depth: number;
  at: (k: number) => string;
}

function emit(
  node: TrieNode,
  heights: Map<TrieNode, number>,
  check: StartCheck,
  depth: number,
): string {
  const height = (n: TrieNode): number => {
    let h = heights.get(n);
    if (h === undefined) {
      h = Math.max(0, ...[...n.edges.values()].map((e) => 1 + height(e.child)));
      heights.set(n, h);
    }
    return h;
  };
  // Still to place on this path (depth >= 0): after `check.depth` single characters, or before
  // a separator or the end of the form, whichever comes first.
  const pending = depth >= 0;
  const branches = [...node.edges.values()]
    .sort((a, b) => height(b.child) - height(a.child))
    .map((e) => {
      const atom = atomSource(e.atom);
      if (!pending) return atom + emit(e.child, heights, check, -1);
      if (e.atom.kind !== 'chars')
        return check.at(depth) + atom + emit(e.child, heights, check, -1);
      if (depth + 1 >= check.depth)
        return atom + check.at(depth + 1) + emit(e.child, heights, check, -1);
      return atom + emit(e.child, heights, check, depth + 1);
    });
  // The node's own ending comes last, so longer forms through it win ("imatinib mesylate").
  const ends = [...node.suffixes]
    .sort((a, b) => b.length - a.length)
    .map((end) => (pending ? check.at(depth) : '') + end);
  const alts = [...branches, ...ends];
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** The alternation of all forms as a trie, with the start check inside; '' if none. */
export function trieSource(patterns: readonly FormPattern[], check: StartCheck): string {
  const root = newNode();
  for (const p of patterns) {
    for (const { exact, folded, ending } of p.spellings) {
      const caseCheck = p.caseSensitive ? `(?<=${exact.map(atomSource).join('')})` : '';
      insert(root, folded, caseCheck + ending);
    }
  }
  if (root.edges.size === 0) return '';
  makeDisjoint(root, new Set());
  return emit(root, new Map(), check, 0);
}
