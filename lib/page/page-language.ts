/**
 * Which part of the term index a page needs. The forms only the Spanish adds (issue #29) made up
 * about 70 % of the combined regex, and its compile was the largest part of the content script's
 * start; a page that declares another language gets the core index (data/term-index-build.ts
 * splitTermIndex), and one that turns out Spanish anyway gets the whole one after its first pass.
 */

/** True when the page's root declares a language, and it is not Spanish ("en", "en-US", "fr"). */
export function declaresOtherLanguage(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  return lang !== '' && !/^es(?:-|$)/i.test(lang);
}

/** Text whose words are not the page's prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA']);

/** Short words frequent in Spanish prose and rare in English, and the reverse. */
const SPANISH_WORDS = new Set([
  'de',
  'la',
  'que',
  'el',
  'los',
  'las',
  'del',
  'por',
  'con',
  'una',
  'para',
  'es',
  'se',
]);
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'that',
  'with',
  'for',
  'it',
  'was',
  'are',
  'this',
]);

/**
 * Whether the first `maxChars` characters of prose below `root` read as Spanish: more of
 * Spanish's frequent short words than of English's, and at least `minWords` of them. For pages
 * whose declared language is wrong (templates keep lang="en").
 */
export function readsAsSpanish(root: Node, maxChars = 4000, minWords = 8): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && NOT_PROSE.has(node.parentElement.nodeName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let spanish = 0;
  let english = 0;
  let read = 0;
  for (let node = walker.nextNode(); node && read < maxChars; node = walker.nextNode()) {
    const text = (node as Text).data;
    read += text.length;
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (SPANISH_WORDS.has(word)) spanish++;
      else if (ENGLISH_WORDS.has(word)) english++;
    }
  }
  return spanish >= minWords && spanish > english;
}
