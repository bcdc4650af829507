import { parseAst, type Plugin } from 'vite';

/**
 * The methods of mark.js's Mark class (8.11.1, src/lib/mark.js) that `markRegExp`, the only one
 * Termlight calls (lib/highlight/wrap.ts), never reaches: keyword search (mark, its regex
 * builders and diacritics table), ranges, unmark. About 5 kB of the content script, whose budget
 * is 85 kB.
 */
export const UNUSED_MARK_METHODS = [
  'escapeStr',
  'createRegExp',
  'createSynonymsRegExp',
  'processSynomyms',
  'setupWildcardsRegExp',
  'createWildcardsRegExp',
  'setupIgnoreJoinersRegExp',
  'createJoinersRegExp',
  'createDiacriticsRegExp',
  'createMergedBlanksRegExp',
  'createAccuracyRegExp',
  'getSeparatedKeywords',
  'isNumeric',
  'checkRanges',
  'callNoMatchOnInvalidRanges',
  'checkWhitespaceRanges',
  'wrapRangeFromIndex',
  'unwrapMatches',
  'normalizeTextNode',
  'mark',
  'markRanges',
  'unmark',
];

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node below `node`, itself included. */
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
  } else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
    yield node as Node;
    for (const [key, value] of Object.entries(node)) if (key !== 'type') yield* walk(value);
  }
}

const nameOf = (key: unknown) => (key as { name?: string; value?: unknown }).name;

/**
 * mark.js's class without `names`. Throws, so the build fails, when a name is not a method of it
 * (another mark.js) or when the code left still names one (a method kept calls it), rather than
 * shipping a call to a method that is gone.
 */
export function withoutMarkMethods(code: string, names: readonly string[] = UNUSED_MARK_METHODS) {
  const methods = [...walk(parseAst(code))].filter((n) => n.type === 'MethodDefinition');
  const cut = methods.filter((m) => names.includes(nameOf(m.key)!));
  const missing = names.filter((name) => !cut.some((m) => nameOf(m.key) === name));
  if (missing.length) throw new Error(`mark.js has no method ${missing.join(', ')}`);
  let kept = code;
  for (const { start, end } of cut.sort((a, b) => b.start - a.start)) {
    kept = kept.slice(0, start) + kept.slice(end);
  }
  for (const node of walk(parseAst(kept))) {
    // A string may name a method too (markRegExp calls `this[fn]`), but 'mark' is also the
    // default tag of a highlight, which wrapRangeInTextNode keeps.
    const named =
      node.type === 'Identifier'
        ? nameOf(node)
        : node.type === 'Literal' && node.value !== 'mark'
          ? node.value
          : null;
    if (typeof named === 'string' && names.includes(named)) {
      throw new Error(`mark.js still uses ${named}, which was left out`);
    }
  }
  return kept;
}

/** Leaves the methods Termlight never calls out of mark.js's class (see UNUSED_MARK_METHODS). */
export function markRegExpOnly(): Plugin {
  return {
    name: 'termlight-mark-regexp-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/node_modules/mark.js/src/lib/mark.js')) return undefined;
      return { code: withoutMarkMethods(code), map: null };
    },
  };
}
