/**
 * One folding for everything the search compares, so a query and the glossary meet halfway: any
 * letter case, accents dropped ("leucémie" = "leucemie"), and every run of punctuation, dashes
 * and spaces as one space ("BCR-ABL", "BCR::ABL" and "bcr abl" are the same). "+" stays, so
 * "Ph+" is not "Ph". No regular expression is ever built from a query.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/** True when `at` in `text` (folded) is the start of a word. */
function isWordStart(text: string, at: number): boolean {
  return at === 0 || text.charAt(at - 1) === ' ';
}

/** Where `query` starts a word in `text` (both folded), or -1. */
export function wordStartIndex(text: string, query: string): number {
  let at = text.indexOf(query);
  while (at >= 0 && !isWordStart(text, at)) at = text.indexOf(query, at + 1);
  return at;
}
