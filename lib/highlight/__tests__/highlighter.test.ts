import { Highlighter } from '../highlighter';
import { standInFinder } from './stand-in-finder';
import { FakeIntersectionObserver, installFakeIntersectionObserver } from './fake-intersection';

let uninstall = () => {};
beforeAll(() => {
  uninstall = installFakeIntersectionObserver(window);
});
afterAll(() => uninstall());

function highlighted(root: ParentNode) {
  return [...root.querySelectorAll('tl-term')].map((el) => [
    el.textContent,
    el.getAttribute('data-term-id'),
  ]);
}

async function run(
  html: string,
  options: Partial<ConstructorParameters<typeof Highlighter>[1]> = {},
) {
  document.body.innerHTML = html;
  const h = new Highlighter(document, { finder: standInFinder(), debounceMs: 10, ...options });
  await h.start();
  return h;
}

describe('Highlighter', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps every accepted occurrence with its id', async () => {
    const h = await run('<p>Imatinib is a TKI. Gleevec is imatinib. tki is not.</p>');
    expect(highlighted(document)).toEqual([
      ['Imatinib', 'imatinib'],
      ['TKI', 'tki'],
      ['Gleevec', 'imatinib'],
      ['imatinib', 'imatinib'],
    ]);
    expect(document.body.textContent).toBe('Imatinib is a TKI. Gleevec is imatinib. tki is not.');
    await h.stop();
  });

  it('never has mark.js create live NodeIterators (the document would update each on every removal)', async () => {
    const live = vi.spyOn(document, 'createNodeIterator');
    try {
      const h = await run('<p>imatinib and <b>TKI</b></p><p>Gleevec</p>');
      expect(highlighted(document)).toHaveLength(3);
      expect(live).not.toHaveBeenCalled();
      await h.stop();
    } finally {
      live.mockRestore();
    }
  });

  it.each([
    ['a link', '<a href="#">imatinib</a>'],
    ['a button', '<button>imatinib</button>'],
    ['code', '<code>imatinib</code>'],
    ['pre', '<pre>imatinib</pre>'],
    ['a textarea', '<textarea>imatinib</textarea>'],
    ['a script', '<script>var imatinib</script>'],
    ['a style', '<style>.imatinib{}</style>'],
    ['an editable area', '<div contenteditable="true"><p>imatinib</p></div>'],
    ['an SVG', '<svg><text>imatinib</text></svg>'],
    ['our own UI', '<div data-termlight-ui><p>imatinib</p></div>'],
  ])('never touches text inside %s', async (_name, html) => {
    const h = await run(`<div>${html}</div>`);
    expect(highlighted(document)).toEqual([]);
    await h.stop();
  });

  it.each(['flex', 'inline-flex', 'grid'])(
    'leaves text that sits directly in a %s container alone, so its items do not reflow',
    async (display) => {
      const h = await run(
        `<div style="display:${display}">Take imatinib daily<span>TKI</span></div><p>TKI</p>`,
      );
      expect(highlighted(document)).toEqual([
        ['TKI', 'tki'],
        ['TKI', 'tki'],
      ]);
      await h.stop();
    },
  );

  it('stop() restores the page exactly, merging split text nodes', async () => {
    const html = '<p>Take imatinib, a TKI, then imatinib again.</p><p>No terms here.</p>';
    const h = await run(html);
    const p = document.querySelector('p')!;
    const original = p.firstChild;
    expect(highlighted(document)).toHaveLength(3);
    await h.stop();
    expect(document.body.innerHTML).toBe(html);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
  });

  it('first mention only highlights each term once, in document order', async () => {
    const h = await run('<p>imatinib TKI</p><p>imatinib TKI Gleevec</p>', {
      firstMentionOnly: true,
    });
    expect(highlighted(document)).toEqual([
      ['imatinib', 'imatinib'],
      ['TKI', 'tki'],
    ]);
    await h.stop();
  });

  it('tells onWrapped which highlight is the first mention of its term', async () => {
    const calls: [string | null, string, boolean][] = [];
    const h = await run('<p>imatinib TKI</p><p>Gleevec tki TKI</p>', {
      onWrapped: (el, id, first) => calls.push([el.textContent, id, first]),
    });
    expect(calls).toEqual([
      ['imatinib', 'imatinib', true],
      ['TKI', 'tki', true],
      ['Gleevec', 'imatinib', false],
      ['TKI', 'tki', false],
    ]);
    expect(document.querySelector('[data-first]')).toBeNull();
    await h.stop();
  });

  it('gives the first frame twice a slice: a slowed CPU then wraps all of the top at once', async () => {
    // A CPU slowed 4x: the top of the page's 12,000 characters took 22-28 ms to find and 25-33 ms
    // to wrap, and what a 20 ms slice left waited behind the page's first layout (200 ms more).
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const finder = standInFinder();
    const slowFinder = {
      regex: finder.regex,
      accept: (text: string, start: number, end: number) => {
        clock += 0.2; // each match costs 0.2 ms to find, and again to wrap
        return finder.accept(text, start, end);
      },
    };
    const slices: { kind: string; nodes?: number }[] = [];
    try {
      const paragraphs = Array.from({ length: 150 }, (_, i) => `<p>Dose ${i}: imatinib.</p>`);
      const h = await run(paragraphs.join(''), {
        finder: slowFinder,
        onSlice: ({ kind, nodes }) => slices.push({ kind, nodes }),
      });
      await h.stop();
    } finally {
      now.mockRestore();
    }
    // Found and wrapped in one task each: 30 ms apiece, over a slice (20) and under two.
    expect(slices.slice(0, 3)).toEqual([
      { kind: 'collect', nodes: undefined },
      { kind: 'layout', nodes: undefined },
      { kind: 'wrap', nodes: 150 },
    ]);
  });

  it('reports its slices and phases to onSlice and onPhase', async () => {
    const kinds = new Set<string>();
    const phases: string[] = [];
    const h = await run('<p>imatinib TKI</p>', {
      onSlice: ({ kind, ms }) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        kinds.add(kind);
      },
      onPhase: (phase) => phases.push(phase),
    });
    expect([...kinds].sort()).toEqual(['collect', 'layout', 'wrap']);
    expect(phases).toEqual(['first-screen', 'collected', 'done']);
    await h.stop();
  });

  it('skips ids the reader turned off', async () => {
    const h = await run('<p>imatinib TKI</p>', { keep: (id) => id !== 'tki' });
    expect(highlighted(document)).toEqual([['imatinib', 'imatinib']]);
    await h.stop();
  });

  it('highlights text the page adds later, and does not rescan on its own changes', async () => {
    // Fake setTimeout only (frames and tasks stay real): the debounced rescan runs when the test
    // moves the clock, so "no rescan of our own wrapping" is a count after moving it again.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let collects = 0;
    const h = await run('<main><p>imatinib</p></main>', {
      onSlice: ({ kind }) => void (kind === 'collect' && collects++),
    });
    try {
      const before = collects;
      const added = document.createElement('p');
      added.textContent = 'A TKI arrived later.';
      document.querySelector('main')!.append(added);
      await vi.advanceTimersByTimeAsync(10);
      await h.idle();
      expect(highlighted(added)).toEqual([['TKI', 'tki']]);
      expect(collects - before).toBe(1); // the added paragraph
      await vi.advanceTimersByTimeAsync(1000); // a rescan our wrapping queued would run now
      await h.idle();
      expect(collects - before).toBe(1);
      expect(highlighted(document)).toHaveLength(2);
    } finally {
      vi.useRealTimers();
      await h.stop();
    }
  });

  it('highlights text changed in place, with the same layout rule as the first pass', async () => {
    const h = await run('<p id="p">nothing yet</p><div id="flex" style="display:flex">plain</div>');
    document.getElementById('p')!.firstChild!.nodeValue = 'now imatinib';
    document.getElementById('flex')!.firstChild!.nodeValue = 'now imatinib';
    // Both changes are in one rescan: once it has wrapped the paragraph, idle() is its end.
    await vi.waitFor(() => expect(highlighted(document)).toEqual([['imatinib', 'imatinib']]));
    await h.idle();
    expect(highlighted(document.getElementById('flex')!)).toEqual([]);
    await h.stop();
  });

  it('removes the highlights of text that becomes editable, and restores them when it stops', async () => {
    const h = await run('<div id="note"><p>Take imatinib, a TKI.</p></div><p>imatinib</p>');
    const note = document.getElementById('note')!;
    const text = note.innerHTML.replace(/<[^>]+>/g, '');
    expect(highlighted(note)).toHaveLength(2);
    note.setAttribute('contenteditable', 'true');
    await vi.waitFor(() => expect(highlighted(note)).toEqual([]));
    expect(note.innerHTML).toBe('<p>Take imatinib, a TKI.</p>');
    expect(note.textContent).toBe(text);
    expect(highlighted(document)).toHaveLength(1); // outside the editor: untouched
    note.setAttribute('contenteditable', 'false');
    await vi.waitFor(() => expect(highlighted(note)).toHaveLength(2));
    await h.stop();
  });

  it('removes the highlights inside an element that becomes a text box', async () => {
    const h = await run('<div id="box"><span>imatinib</span></div>');
    document.getElementById('box')!.setAttribute('role', 'textbox');
    await vi.waitFor(() => expect(highlighted(document)).toEqual([]));
    await h.stop();
  });

  it('highlights inside open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Gleevec</p>';
    const h = new Highlighter(document, { finder: standInFinder() });
    await h.start();
    await h.idle();
    expect(highlighted(shadow)).toEqual([['Gleevec', 'imatinib']]);
    await h.stop();
    expect(shadow.innerHTML).toBe('<p>Gleevec</p>');
  });

  describe("at the reader's pace", () => {
    beforeEach(() => {
      FakeIntersectionObserver.auto = false;
    });
    afterEach(() => {
      FakeIntersectionObserver.auto = true;
    });

    /** A page whose later part arrives after the first pass, away from the screen. */
    async function withFarText() {
      const h = await run('<main><p>imatinib first</p></main>');
      const far = document.createElement('p');
      far.innerHTML = '<span>Later a TKI.</span> Then imatinib and <b>Gleevec</b>.';
      document.querySelector('main')!.append(far);
      // The first mention of TKI is wrapped at once (its keyboard stop); the rest waits.
      await vi.waitFor(() => expect(highlighted(far)).toEqual([['TKI', 'tki']]));
      await h.idle();
      return { h, far };
    }

    it('counts every term while a round is wrapped over several frames, never fewer', async () => {
      const paragraphs = Array.from(
        { length: 100 },
        (_, i) => `<p id="p${i}">Dose ${i}: imatinib.</p>`,
      );
      const h = await run(`<main>${paragraphs.join('')}</main>`, { sliceMs: 0 });
      await h.idle();
      expect(h.termIds()).toHaveLength(100); // one wrapped (its keyboard stop), 99 waiting
      const counts = new Set<number>();
      let sampling = true;
      const sample = () => {
        counts.add(h.termIds().length);
        if (sampling) setTimeout(sample, 0);
      };
      sample();
      FakeIntersectionObserver.bringNear(...document.querySelectorAll('p'));
      await vi.waitFor(() => expect(document.querySelectorAll('tl-term')).toHaveLength(100));
      sampling = false;
      expect([...counts]).toEqual([100]);
      await h.stop();
    });

    it('wraps waiting text when it comes near the screen, and counts it before', async () => {
      const { h, far } = await withFarText();
      expect(highlighted(far)).toEqual([['TKI', 'tki']]);
      expect(h.termIds().sort()).toEqual(['imatinib', 'imatinib', 'imatinib', 'tki']);
      FakeIntersectionObserver.bringNear(far, far.querySelector('b')!);
      await vi.waitFor(() =>
        expect(highlighted(far)).toEqual([
          ['TKI', 'tki'],
          ['imatinib', 'imatinib'],
          ['Gleevec', 'imatinib'],
        ]),
      );
      expect(h.termIds().sort()).toEqual(['imatinib', 'imatinib', 'imatinib', 'tki']);
      await h.stop();
    });

    it('wraps waiting text that the selection moves into', async () => {
      const { h, far } = await withFarText();
      const text = far.querySelector('b')!.firstChild!;
      document.getSelection()!.setBaseAndExtent(text, 0, text, 3);
      document.dispatchEvent(new Event('selectionchange'));
      await vi.waitFor(() => expect(highlighted(far.querySelector('b')!)).toHaveLength(1));
      await h.stop();
    });

    it('wraps waiting text that focus moves into', async () => {
      const { h, far } = await withFarText();
      const link = document.createElement('span');
      link.tabIndex = 0;
      link.textContent = 'here';
      far.append(link);
      await h.idle();
      link.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      await vi.waitFor(() => expect(highlighted(far).map(([t]) => t)).toEqual(['TKI', 'imatinib']));
      await h.stop();
    });
  });
});
