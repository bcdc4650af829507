/**
 * Which part of the term index a page needs. The forms only the Spanish adds (issue #29) made up
 * about 70 % of the combined regex, and its compile was the largest part of the content script's
 * start; a page that declares another language gets the core index (data/term-index-build.ts
 * splitTermIndex), and one that turns out Spanish anyway gets the whole one after its first pass.
 */
import { langCode, languageWordCounts } from '../popover/card-language';

/** True when the page's root declares a language, and it is not Spanish ("en", "en-US", "fr"). */
export function declaresOtherLanguage(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  return lang !== '' && langCode(lang) !== 'es';
}

/** Text whose words are not the page's prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA']);

/**
 * Whether the first `maxChars` characters of prose below `root` read as Spanish: more of
 * Spanish's frequent short words than of English's (the card's own count, card-language.ts), and
 * at least `minWords` of them. For pages whose declared language is wrong (templates keep
 * lang="en").
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
    // Only what is left of the budget: one text node can be a whole 400 kB page (22 ms to split).
    const text = (node as Text).data.slice(0, maxChars - read);
    read += text.length;
    const counts = languageWordCounts(text);
    spanish += counts.es;
    english += counts.en;
  }
  return spanish >= minWords && spanish > english;
}
