import { SPANISH_FORMS } from '../es/forms';
import { expandForm } from '../form-syntax';
import { GLOSSARY } from '../index';
import { OTHER_SPELLINGS } from '../misspellings';
import { CORE_TERM_INDEX, termIndex } from 'virtual:term-index';
import {
  buildTermIndex,
  decodeFoldedTermIndex,
  decodeTermIndex,
  encodeTermIndex,
  foldTermIndex,
  renderTermIndexModule,
  splitTermIndex,
  type TermIndexEntry,
} from '../term-index-build';
import { builtInCoreTermIndex, builtInTermIndex } from '../term-index-source';

const built = () => buildTermIndex(GLOSSARY, OTHER_SPELLINGS, SPANISH_FORMS);

/** Each entry's forms as a sorted list of "=Text" / "text": the order the index keeps is free. */
const formSets = (index: readonly TermIndexEntry[]) =>
  index.map((e) => ({
    ...e,
    forms: e.forms.map((f) => `${f.caseSensitive ? '=' : ''}${f.text}`).sort(),
  }));

describe('the content script term index', () => {
  it('is the virtual module of data/term-index-plugin.ts: the glossary folded, then decoded', () => {
    expect(termIndex()).toEqual(builtInTermIndex());
    expect(CORE_TERM_INDEX).toEqual(builtInCoreTermIndex());
    const parts = splitTermIndex(GLOSSARY, OTHER_SPELLINGS, SPANISH_FORMS);
    const source = renderTermIndexModule(parts, SPANISH_FORMS, '/x/term-index-build.ts');
    expect(source).toContain(
      'import { decodeFoldedTermIndex, withExtraForms } from "/x/term-index-build.ts";',
    );
    // Each category's name is written once, as a constant the rows use.
    expect(source.match(/"drug"/g)).toHaveLength(1);
    expect(source).toContain('const disease = "disease"');
    expect(source).toContain('side_effect = "side-effect"');
  });

  it('holds ids, categories and forms only: no explanation text reaches the page bundle', () => {
    expect(termIndex().map((e) => e.id)).toEqual(GLOSSARY.map((e) => e.id));
    for (const entry of termIndex()) {
      expect(Object.keys(entry).sort()).toEqual(['category', 'forms', 'id']);
    }
  });

  it('holds every English form, other spelling and Spanish form, each once', () => {
    expect(formSets(termIndex())).toEqual(formSets(built()));
    const remission = termIndex().find((e) => e.id === 'remission')!;
    expect(remission.forms.map((f) => f.text).sort()).toEqual([
      'remisiones',
      'remisión',
      'remission',
    ]);
    const all = termIndex().find((e) => e.id === 'acute-lymphocytic-leukemia')!;
    expect(all.forms).toContainEqual({ text: 'LLA', caseSensitive: true });
    expect(all.forms).toContainEqual({ text: 'leucemia linfoblástica aguda' });
  });

  it('has a core without the forms only the Spanish adds, for pages in another language', () => {
    const english = buildTermIndex(GLOSSARY, OTHER_SPELLINGS);
    expect(formSets(CORE_TERM_INDEX)).toEqual(formSets(english));
    const remission = CORE_TERM_INDEX.find((e) => e.id === 'remission')!;
    expect(remission.forms.map((f) => f.text)).toEqual(['remission']);
    // A Spanish form spelled like an English one stays in the core: drug names.
    const imatinib = CORE_TERM_INDEX.find((e) => e.id === 'imatinib')!;
    expect(imatinib.forms.map((f) => f.text)).toContain('imatinib');
    // Each entry's own forms come first in the whole index (the first entry to claim a form
    // keeps it, so the order across entries is the same in both).
    expect(termIndex().map((e) => e.id)).toEqual(CORE_TERM_INDEX.map((e) => e.id));
    for (const [i, entry] of termIndex().entries()) {
      expect(entry.forms.slice(0, CORE_TERM_INDEX[i]!.forms.length)).toEqual(
        CORE_TERM_INDEX[i]!.forms,
      );
    }
  });
});

describe('the term index encoding', () => {
  it('decodes to exactly the index it was built from', () => {
    const index = buildTermIndex(GLOSSARY, OTHER_SPELLINGS);
    expect(decodeTermIndex(encodeTermIndex(index))).toEqual(index);
  });

  it('folds the forms into the short syntax and back to the same forms', () => {
    const index = built();
    const rows = foldTermIndex(index, SPANISH_FORMS);
    expect(formSets(decodeFoldedTermIndex(rows))).toEqual(formSets(index));
    // One string of any-case forms and one of exact-case ones per entry at most.
    for (const [, , forms] of rows) expect(forms.length).toBeLessThanOrEqual(2);
    expect(JSON.stringify(rows).length).toBeLessThan(
      JSON.stringify(encodeTermIndex(index)).length / 2,
    );
  });

  it('refuses a form that would read as a marker or as the short syntax', () => {
    expect(() => encodeTermIndex([{ id: 'x', category: 'drug', forms: [{ text: '=x' }] }])).toThrow(
      'form "=x" of "x"',
    );
    expect(() =>
      foldTermIndex([{ id: 'x', category: 'drug', forms: [{ text: 'IL-2 (x)' }] }]),
    ).toThrow('form "IL-2 (x)" of "x"');
  });
});

describe('the short syntax of forms (data/form-syntax.ts)', () => {
  it('expands optional parts and choices, nested, each spelling once', () => {
    expect(expandForm('imatinib')).toEqual(['imatinib']);
    expect(expandForm('inhibidor(es) de (la )tirosina {cinasa|quinasa}')).toEqual([
      'inhibidor de tirosina cinasa',
      'inhibidor de tirosina quinasa',
      'inhibidor de la tirosina cinasa',
      'inhibidor de la tirosina quinasa',
      'inhibidores de tirosina cinasa',
      'inhibidores de tirosina quinasa',
      'inhibidores de la tirosina cinasa',
      'inhibidores de la tirosina quinasa',
    ]);
    expect(
      expandForm('{trasplante|transplante} de {células madre( hematopoyéticas)|médula}'),
    ).toEqual([
      'trasplante de células madre',
      'trasplante de células madre hematopoyéticas',
      'trasplante de médula',
      'transplante de células madre',
      'transplante de células madre hematopoyéticas',
      'transplante de médula',
    ]);
    expect(expandForm('{a{b|c}|a{b|c}}')).toEqual(['ab', 'ac']);
  });
});
