import committed from '../term-index.ts?raw';
import { GLOSSARY } from '../index';
import { OTHER_SPELLINGS } from '../misspellings';
import { TERM_INDEX } from '../term-index';
import {
  buildTermIndex,
  decodeTermIndex,
  encodeTermIndex,
  renderTermIndexModule,
} from '../term-index-build';

describe('the content script term index', () => {
  it('is up to date with the glossary (run `npm run build` to refresh it)', () => {
    expect(committed).toBe(renderTermIndexModule(buildTermIndex(GLOSSARY, OTHER_SPELLINGS)));
  });

  it('holds ids, categories and forms only: no explanation text reaches the page bundle', () => {
    expect(TERM_INDEX.map((e) => e.id)).toEqual(GLOSSARY.map((e) => e.id));
    for (const entry of TERM_INDEX) {
      expect(Object.keys(entry).sort()).toEqual(['category', 'forms', 'id']);
    }
  });
});

describe('the term index encoding', () => {
  it('decodes to exactly the index it was built from', () => {
    const index = buildTermIndex(GLOSSARY, OTHER_SPELLINGS);
    expect(decodeTermIndex(encodeTermIndex(index))).toEqual(index);
    expect(TERM_INDEX).toEqual(index);
  });

  it('refuses a form that would read as a marker', () => {
    expect(() => encodeTermIndex([{ id: 'x', category: 'drug', forms: [{ text: '=x' }] }])).toThrow(
      'form "=x" of "x"',
    );
  });
});
