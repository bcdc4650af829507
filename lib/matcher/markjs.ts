import type { Matcher } from './types';

/**
 * A filter for mark.js `markRegExp(matcher.regex, { filter })` (without acrossElements).
 * mark.js passes only (textNode, matchedString), but it has just run `regex.exec(node.textContent)`
 * with the 'g' flag, so regex.lastIndex is the end of the match and the start follows from its
 * length. After wrapping a match mark.js continues in the rest of the node, so the guard cannot see
 * a word already highlighted; that word is a glossary form and would not reject anyway.
 */
export function createMarkJsFilter(
  matcher: Matcher,
): (node: { textContent: string | null }, matched: string) => boolean {
  return (node, matched) => {
    const text = node.textContent ?? '';
    const end = matcher.regex.lastIndex;
    const start = end - matched.length;
    if (start < 0 || text.slice(start, end) !== matched) return matcher.idFor(matched) !== null;
    return matcher.acceptMatch(text, start, end) !== null;
  };
}
