// What the Spanish interface tests compare a page's text against: the en catalog's words that the
// es catalog does not also use (names).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

type Catalog = Record<string, { message: string }>;
const locales = resolve(import.meta.dirname, '../../../public/_locales');
const read = (language: string) =>
  JSON.parse(readFileSync(resolve(locales, language, 'messages.json'), 'utf8')) as Catalog;
const english = read('en');
const spanish = read('es');

/**
 * The English UI strings a Spanish page must not show: each message cut at its placeholders, the
 * pieces with a word in them, minus any piece the Spanish catalog itself has (names).
 */
const ENGLISH_PIECES = [
  ...new Set(
    Object.entries(english)
      .filter(([key]) => key !== 'locale')
      .flatMap(([, m]) => m.message.split(/\$[a-zA-Z0-9_@]+\$/))
      .map((piece) => piece.trim())
      .filter((piece) => /\p{L}{2}/u.test(piece)),
  ),
].filter((piece) => !Object.values(spanish).some((m) => m.message.includes(piece)));

/** The English pieces in a page's text, as whole words ("Light" is not in "Termlight"), in context. */
export function englishIn(text: string): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ENGLISH_PIECES.flatMap((piece) => {
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escape(piece)}(?![\\p{L}\\p{N}])`, 'u').exec(
      text,
    );
    return found ? [`${piece}: …${text.slice(found.index - 40, found.index + 40)}…`] : [];
  });
}

/** What a reader sees and hears: visible text and the names and hints of controls. */
export function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].map(
      (el) =>
        ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join('\n'),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/**
 * What a reader sees and hears of the interface: visible text and the names and hints of
 * controls, leaving out what is marked as another language (an English card's text, lang="en"),
 * which a screen reader then reads in that language.
 */
export function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ui = document.documentElement.lang;
    const inUi = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? ui) === ui;
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (el && el.checkVisibility() && inUi(el)) out.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!inUi(el)) continue;
      out.push(...['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    }
    return out.join('\n');
  });
}
