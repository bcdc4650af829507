import { termIndex } from 'virtual:term-index';
import { compileMatcher, findMatches } from '../../matcher';
import { makeCorpus } from '../../matcher/__tests__/corpus';
import { Highlighter } from '../highlighter';
import { cutHeadInPlace, LONG_TEXT_CHARS, LongText, rejoinParts, shortParts } from '../long-text';

const matcher = compileMatcher(termIndex());

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
  const { text } = makeCorpus(termIndex(), 60_000, 7);

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

  it('cuts the top off in place only before the first frame: after it, any cut costs a layout', async () => {
    for (const rendered of [false, true]) {
      document.body.innerHTML = '<p id="p"></p>';
      const p = document.getElementById('p')!;
      p.textContent = text;
      const node = p.firstChild as Text;
      const paint = vi
        .spyOn(window.performance, 'getEntriesByType')
        .mockImplementation((type) =>
          type === 'paint' && rendered ? [{} as PerformanceEntry] : [],
        );
      const seen: Text[] = [];
      const swapIn = LongText.prototype.swapIn;
      const spy = vi.spyOn(LongText.prototype, 'swapIn').mockImplementation(function (
        this: LongText,
      ) {
        seen.push(this.original);
        return swapIn.call(this);
      });
      try {
        const h = new Highlighter(document, { finder: matcher });
        await h.start();
        // Rendered: the whole text is wrapped off the page; not yet: only the rest after the top.
        expect(seen.length).toBe(1);
        expect(seen[0] === node).toBe(rendered);
        expect(highlighted(p)).toEqual(findMatches(matcher, text).map((m) => [m.text, m.id]));
        await h.stop();
        expect(p.childNodes).toHaveLength(1);
      } finally {
        spy.mockRestore();
        paint.mockRestore();
      }
    }
  });

  it('leaves the text alone when the page changed it while it was wrapped off the page', async () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = text;
    const changed = `${text.slice(0, 1000)} imatinib`;
    const swapIn = LongText.prototype.swapIn;
    const results: boolean[] = [];
    let long: Text | null = null;
    const spy = vi.spyOn(LongText.prototype, 'swapIn').mockImplementation(function (
      this: LongText,
    ) {
      // The page, just before the swap. (The top of the text was cut off and wrapped in place at
      // the first screen; the long text wrapped off the page is the rest.)
      if (!results.length) {
        long = this.original;
        long.nodeValue = changed;
      }
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
      expect(long).not.toBeNull();
      expect(long!.nextSibling).toBeNull();
      expect(long!.nodeValue).toBe(changed);
      const head = p.textContent!.slice(0, -changed.length);
      expect(head.length).toBeGreaterThan(0);
      expect(text.startsWith(head) && p.textContent!.endsWith(changed)).toBe(true);
      await h.stop();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('cutHeadInPlace', () => {
  const { text } = makeCorpus(termIndex(), 60_000, 11);

  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('cuts the top of a long text into short nodes in place, each decided as in the whole text', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = text;
    const node = p.firstChild as Text;
    const parts = cutHeadInPlace(node, matcher, 12_000);
    expect(parts[0]).toBe(node);
    expect([...p.childNodes]).toEqual(parts);
    expect(parts.map((t) => t.data).join('')).toBe(text);
    const short = parts.filter((t) => t.data.length <= LONG_TEXT_CHARS);
    expect(short.length).toBeGreaterThanOrEqual(4);
    expect(short.reduce((n, t) => n + t.data.length, 0)).toBeGreaterThanOrEqual(12_000);
    // The rest of the text stays one long node, for the full pass.
    expect(parts.at(-1)!.data.length).toBeGreaterThan(LONG_TEXT_CHARS);
    // Every part gets exactly the matches the whole text has in it.
    const whole = findMatches(matcher, text).map((m) => [m.start, m.text, m.id]);
    let offset = 0;
    const cut = parts.flatMap((t) => {
      const found = findMatches(matcher, t.data).map((m) => [m.start + offset, m.text, m.id]);
      offset += t.data.length;
      return found;
    });
    expect(cut).toEqual(whole);
    rejoinParts(parts);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe(text);
  });

  it('does not cut where the capitals guard would see another neighbour', () => {
    // Only spaces between the words: no cut fits between "ALL" and a shouting neighbour, or
    // right before a match.
    const shouting = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'ALL' : 'NOTICE')).join(' ');
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = shouting;
    const parts = cutHeadInPlace(p.firstChild as Text, matcher, 12_000);
    expect(parts).toHaveLength(1);
    expect(findMatches(matcher, shouting)).toEqual([]);
  });

  it('leaves parts the page changed apart when joining', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = text;
    const parts = cutHeadInPlace(p.firstChild as Text, matcher, 12_000);
    parts[2]!.before(document.createElement('br')); // the page put something between them
    rejoinParts(parts);
    expect([...p.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'BR', '#text']);
    expect(p.textContent).toBe(text);
  });
});

describe('shortParts', () => {
  const { text } = makeCorpus(termIndex(), 30_000, 13);

  afterEach(() => {
    document.body.innerHTML = '';
  });

  function page(): { short: Text; long: Text } {
    document.body.innerHTML = '<p id="a">imatinib</p><p id="b"></p>';
    document.getElementById('b')!.textContent = text;
    return {
      short: document.getElementById('a')!.firstChild as Text,
      long: document.getElementById('b')!.firstChild as Text,
    };
  }

  it('leaves long text nodes out, untouched, without a head size', () => {
    const { short, long } = page();
    const onCut = vi.fn();
    expect(shortParts([short, long], matcher, undefined, onCut)).toEqual([short]);
    expect(long.data).toBe(text);
    expect(onCut).not.toHaveBeenCalled();
  });

  it('cuts the head of long text nodes in place and keeps its short parts, in order', () => {
    const { short, long } = page();
    const cuts: Text[][] = [];
    const kept = shortParts([short, long], matcher, 6_000, (parts) => cuts.push(parts));
    expect(cuts).toHaveLength(1);
    expect(cuts[0]![0]).toBe(long);
    expect(kept[0]).toBe(short);
    expect(kept.slice(1)).toEqual(cuts[0]!.filter((t) => t.data.length <= LONG_TEXT_CHARS));
    expect(kept.length).toBeGreaterThan(2);
    expect(document.getElementById('b')!.textContent).toBe(text);
    rejoinParts(cuts[0]!);
    expect(document.getElementById('b')!.childNodes).toHaveLength(1);
  });
});
