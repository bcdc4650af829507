import { declaresOtherLanguage, readsAsSpanish } from '../page-language';

function page(html: string, lang?: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (lang !== undefined) doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html;
  return doc;
}

describe('declaresOtherLanguage', () => {
  it('is true for a page that declares a language other than Spanish', () => {
    expect(declaresOtherLanguage(page('', 'en'))).toBe(true);
    expect(declaresOtherLanguage(page('', 'en-US'))).toBe(true);
    expect(declaresOtherLanguage(page('', 'fr'))).toBe(true);
    // "est" is Estonian, not Spanish.
    expect(declaresOtherLanguage(page('', 'est'))).toBe(true);
  });

  it('is false for Spanish, and for a page that declares nothing (it may be Spanish)', () => {
    expect(declaresOtherLanguage(page('', 'es'))).toBe(false);
    expect(declaresOtherLanguage(page('', 'es-MX'))).toBe(false);
    expect(declaresOtherLanguage(page('', 'ES'))).toBe(false);
    expect(declaresOtherLanguage(page(''))).toBe(false);
    expect(declaresOtherLanguage(page('', ' '))).toBe(false);
  });
});

describe('readsAsSpanish', () => {
  const spanish =
    '<p>Mi hija tiene leucemia linfoblástica aguda con cromosoma Filadelfia. El médico dice que ' +
    'el imatinib es parte del tratamiento, y que los efectos secundarios se pueden controlar con ' +
    'ayuda de la enfermera para que ella esté mejor.</p>';
  const english =
    '<p>My daughter has acute lymphoblastic leukemia with the Philadelphia chromosome. The doctor ' +
    'says that imatinib is part of the treatment, and that the side effects can be managed with ' +
    'help from the nurse so that she feels better. It was hard for us.</p>';

  it('tells Spanish prose from English prose', () => {
    expect(readsAsSpanish(page(spanish, 'en').body)).toBe(true);
    expect(readsAsSpanish(page(english, 'en').body)).toBe(false);
  });

  it('needs enough words, and reads prose only', () => {
    expect(readsAsSpanish(page('<p>de la</p>').body)).toBe(false);
    const code = `<pre>${'de la que el los las '.repeat(5)}</pre><script>var de = "la que el";</script>`;
    expect(readsAsSpanish(page(code + english).body)).toBe(false);
  });

  it('reads only the start of a long page', () => {
    const doc = page(english.repeat(20) + spanish.repeat(60));
    expect(readsAsSpanish(doc.body)).toBe(false);
    expect(readsAsSpanish(doc.body, 1e9)).toBe(true);
  });

  it('reads only the start of one long text node too', () => {
    const words = (html: string) => page(html).body.textContent!;
    const doc = page(`<p>${words(english).repeat(20)}${words(spanish).repeat(60)}</p>`);
    expect(doc.body.firstChild!.childNodes).toHaveLength(1);
    expect(readsAsSpanish(doc.body)).toBe(false);
    expect(readsAsSpanish(doc.body, 1e9)).toBe(true);
  });
});
