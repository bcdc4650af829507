import { TERM_INDEX } from '../../../data/term-index';
import { compileMatcher, findMatches } from '../../matcher';
import { makeCorpus } from '../../matcher/__tests__/corpus';
import { Highlighter } from '../highlighter';
import { LONG_TEXT_CHARS, LongText } from '../long-text';

const matcher = compileMatcher(TERM_INDEX);

function highlighted(root: ParentNode) {
  return [...root.querySelectorAll('tl-term')].map((el) => [
    el.textContent,
    el.getAttribute('data-term-id'),
  ]);
}

describe('Highlighter on one long text node', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  // Terms in many spellings and near-misses ("FREE SHIPPING ON ALL ORDERS") whose guards look at
  // the neighbouring words: cut into pieces, the text must get exactly the matches it gets whole.
  const { text } = makeCorpus(TERM_INDEX, 60_000, 7);

  it('highlights exactly what the matcher finds in the whole text, and restores it exactly', async () => {
    expect(text.length).toBeGreaterThan(10 * LONG_TEXT_CHARS);
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = text;
    const original = p.firstChild;
    const h = new Highlighter(document, { finder: matcher });
    await h.start();
    const expected = findMatches(matcher, text).map((m) => [m.text, m.id]);
    expect(expected.length).toBeGreaterThan(300);
    expect(highlighted(p)).toEqual(expected);
    expect(p.textContent).toBe(text);
    // The page's own Text object is still there, holding the text before the first highlight.
    expect(p.firstChild).toBe(original);
    await h.stop();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
    expect(p.textContent).toBe(text);
  });

  it('leaves the text alone when the page changed it while it was wrapped off the page', async () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = text;
    const changed = `${text.slice(0, 1000)} imatinib`;
    const swapIn = LongText.prototype.swapIn;
    const results: boolean[] = [];
    const spy = vi.spyOn(LongText.prototype, 'swapIn').mockImplementation(function (
      this: LongText,
    ) {
      if (!results.length) p.firstChild!.nodeValue = changed; // the page, just before the swap
      const swapped = swapIn.call(this);
      results.push(swapped);
      return swapped;
    });
    try {
      const h = new Highlighter(document, { finder: matcher });
      await h.start();
      expect(results).toEqual([false]);
      // Not one highlight mixed into the page's new text. (A real page changes text between our
      // tasks, never inside one: that change is rescanned like any other, see highlighter.test.)
      expect(p.childNodes).toHaveLength(1);
      expect(p.textContent).toBe(changed);
      await h.stop();
    } finally {
      spy.mockRestore();
    }
  });
});
