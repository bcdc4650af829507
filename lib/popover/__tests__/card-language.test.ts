import { cardLanguageFor, guessLanguage, langCode, pageLanguage } from '../card-language';

function termIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('tl-term')!;
}

describe('the language a card opens in (issue #29)', () => {
  beforeEach(() => document.documentElement.removeAttribute('lang'));

  it('reads lang values by their primary language', () => {
    expect(['es', 'es-MX', 'ES_us', ' en-GB', 'fr', '', null].map(langCode)).toEqual([
      'es',
      'es',
      'es',
      'en',
      null,
      null,
      null,
    ]);
  });

  it("follows the term's nearest lang attribute, then the page's", () => {
    document.documentElement.lang = 'en';
    expect(pageLanguage(termIn('<p lang="es-419">La <tl-term>LLA</tl-term></p>'))).toBe('es');
    expect(pageLanguage(termIn('<p>The <tl-term>ALL</tl-term></p>'))).toBe('en');
    document.documentElement.lang = 'es';
    expect(pageLanguage(termIn('<p>La <tl-term>LLA</tl-term> es una leucemia</p>'))).toBe('es');
    expect(pageLanguage(termIn('<blockquote lang="en"><tl-term>ALL</tl-term></blockquote>'))).toBe(
      'en',
    );
  });

  it('guesses from the words around the term when no lang is set', () => {
    const term = termIn(
      '<p>Mi hija tiene <tl-term>LLA</tl-term> y el médico dijo que la quimio es larga.</p>',
    );
    expect(pageLanguage(term)).toBe('es');
    expect(
      pageLanguage(
        termIn('<p>My son has <tl-term>ALL</tl-term> and the doctor said it is long.</p>'),
      ),
    ).toBe('en');
    expect(guessLanguage('imatinib, dasatinib')).toBe(null);
  });

  it('takes the setting over the page, and English when nothing says', () => {
    const spanish = termIn('<p lang="es">La <tl-term>LLA</tl-term></p>');
    expect(cardLanguageFor('auto', spanish)).toBe('es');
    expect(cardLanguageFor(undefined, spanish)).toBe('es');
    expect(cardLanguageFor('en', spanish)).toBe('en');
    const bare = termIn('<p><tl-term>imatinib</tl-term></p>');
    expect(cardLanguageFor('auto', bare)).toBe('en');
    expect(cardLanguageFor('es', bare)).toBe('es');
    document.documentElement.lang = 'fr';
    expect(cardLanguageFor('auto', termIn('<p>Le <tl-term>LAL</tl-term></p>'))).toBe('en');
  });
});
