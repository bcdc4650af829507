import { CHECK_CHARS, TextNodeCollector } from '../collect';
import { standInFinder } from './stand-in-finder';

function collectAll(root: ParentNode & Node, sliceEvery = Infinity) {
  const collector = new TextNodeCollector(root as Element, standInFinder());
  let slices = 1;
  let calls = 0;
  // A clock that says "time is up" on every `sliceEvery`-th check.
  while (!collector.collect(() => ++calls % sliceEvery === 0)) slices++;
  return { texts: collector.found.map((t) => t.data), collector, slices };
}

describe('TextNodeCollector', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('goes on after a skipped subtree, at any depth', () => {
    document.body.innerHTML =
      '<div><p>one imatinib <a href="#">imatinib <b>TKI</b></a></p></div>' +
      '<section><code>TKI</code></section>TKI here' +
      '<ul><li><button>Gleevec</button></li></ul><p>last Gleevec</p>';
    expect(collectAll(document.body).texts).toEqual(['one imatinib ', 'TKI here', 'last Gleevec']);
  });

  it('keeps only text with an accepted term, and skips one-character text', () => {
    document.body.innerHTML = '<p>tki in lower case</p><p>plain</p><p>A TKI</p><p>x</p>';
    expect(collectAll(document.body).texts).toEqual(['A TKI']);
  });

  it('lists the open shadow roots it passes, but not those inside skipped elements', () => {
    document.body.innerHTML = '<div id="host"></div><a href="#"><span id="inlink"></span></a>';
    const open = document.getElementById('host')!.attachShadow({ mode: 'open' });
    document.getElementById('inlink')!.attachShadow({ mode: 'open' });
    expect(collectAll(document.body).collector.shadowRoots).toEqual([open]);
  });

  it('resumes where it stopped: slicing changes nothing but the number of slices', () => {
    const html = Array.from({ length: 600 }, (_, i) =>
      i % 7 ? `<p>p${i} imatinib</p>` : `<pre>p${i} TKI</pre>`,
    ).join('');
    document.body.innerHTML = html;
    const whole = collectAll(document.body);
    const sliced = collectAll(document.body, 1);
    expect(sliced.slices).toBeGreaterThan(1);
    expect(sliced.texts).toEqual(whole.texts);
    expect(whole.texts).toHaveLength(514);
  });

  it('reads the clock after CHECK_CHARS of text at most, however few the nodes', () => {
    // The regex's time goes with the text's length: 64 long paragraphs between two reads made
    // 32-34 ms slices (budget 20) on a CPU slowed 4x.
    const paragraph = 'plain words '.repeat(Math.ceil(CHECK_CHARS / 12)) + 'imatinib';
    document.body.innerHTML = Array.from({ length: 10 }, () => `<p>${paragraph}</p>`).join('');
    const collector = new TextNodeCollector(document.body, standInFinder());
    let reads = 0;
    expect(collector.collect(() => (++reads, false))).toBe(true);
    expect(collector.found).toHaveLength(10);
    expect(reads).toBeGreaterThanOrEqual(10);
  });

  it('walks a subtree root without leaving it', () => {
    document.body.innerHTML = '<div id="a"><p>imatinib</p><a>TKI</a></div><p>TKI outside</p>';
    expect(collectAll(document.getElementById('a')!).texts).toEqual(['imatinib']);
  });
});

describe('TextNodeCollector on a page that changes between slices', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('still reaches the rest of the page when the node it stopped at is removed', () => {
    document.body.innerHTML =
      '<main>' +
      Array.from({ length: 400 }, (_, i) => `<p>p${i} imatinib</p>`).join('') +
      '</main><footer><p>the last TKI</p></footer>';
    const collector = new TextNodeCollector(document.body, standInFinder());
    expect(collector.collect(() => true)).toBe(false); // one slice: 256 nodes
    // The page re-renders the part the walk was in the middle of.
    const main = document.querySelector('main')!;
    main.replaceWith(main.cloneNode(true));
    while (!collector.collect(() => false));
    const texts = collector.found.map((t) => t.data);
    expect(texts).toContain('the last TKI');
    expect(new Set(collector.found).size).toBe(collector.found.length);
  });
});
