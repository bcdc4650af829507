import committed from '../term-index.ts?raw';
import { GLOSSARY } from '../index';
import { TERM_INDEX } from '../term-index';
import { buildTermIndex, renderTermIndexModule } from '../term-index-build';

describe('the content script term index', () => {
  it('is up to date with the glossary (run `npm run build` to refresh it)', () => {
    expect(committed).toBe(renderTermIndexModule(buildTermIndex(GLOSSARY)));
  });

  it('holds ids, categories and forms only: no explanation text reaches the page bundle', () => {
    expect(TERM_INDEX.map((e) => e.id)).toEqual(GLOSSARY.map((e) => e.id));
    for (const entry of TERM_INDEX) {
      expect(Object.keys(entry).sort()).toEqual(['category', 'forms', 'id']);
    }
  });
});
