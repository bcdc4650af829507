/**
 * Which language a card opens in (issue #29). The reader's setting (cardLanguage) can fix it; on
 * "automatic" it follows the language of the text the term sits in: the nearest `lang` attribute
 * (the term's own element up to <html>), else a cheap look at the words around the term. Runs in
 * the card UI (entrypoints/card-ui.ts); the content script takes only `langCode` and the word
 * count, for the page's language (lib/page/page-language.ts).
 */
import type { CardLanguage } from '../settings/schema';

export type CardLang = 'en' | 'es';

/** Short words that are common in one language and rare in the other. */
const SPANISH_WORDS = new Set(
  'de la el los las que y en con para por una un es del se su al lo como pero muy más tiene está'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the and of to in is with for that it on are was be this has have from at by or as'.split(' '),
);
/** How much of the surrounding text is read: enough for a sentence or two. */
const SAMPLE = 600;

/** 'es' or 'en' from a lang value ("es-MX" → 'es'); null for another language or none. */
export function langCode(value: string | null | undefined): CardLang | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'en' ? primary : null;
}

/**
 * How many of `text`'s words are Spanish's frequent short words, and how many English's. The
 * page's own language check uses it too (lib/page/page-language.ts).
 */
export function languageWordCounts(text: string): { es: number; en: number } {
  let es = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (SPANISH_WORDS.has(word)) es++;
    else if (ENGLISH_WORDS.has(word)) en++;
  }
  return { es, en };
}

/** The language of the words in `text`, or null when they do not say. */
export function guessLanguage(text: string): CardLang | null {
  const { es, en } = languageWordCounts(text.slice(0, SAMPLE));
  if (es >= 3 && es > 2 * en) return 'es';
  if (en >= 3 && en > 2 * es) return 'en';
  return null;
}

/** The language of the text around `term`: its nearest `lang`, else its block's words. */
export function pageLanguage(term: Element): CardLang | null {
  const marked = term.closest('[lang]');
  if (marked) return langCode(marked.getAttribute('lang'));
  const block = term.closest('p, li, td, dd, blockquote, article, section, main, body') ?? term;
  return guessLanguage(block.textContent ?? '');
}

/** The language a card for `term` opens in. */
export function cardLanguageFor(setting: CardLanguage | undefined, term: Element): CardLang {
  if (setting === 'en' || setting === 'es') return setting;
  return pageLanguage(term) ?? 'en';
}
