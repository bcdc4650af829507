import type { PainterClass } from '../../card-ui/publish';
import { Highlighter } from '../highlighter';
import { PAINT_CHARS } from '../paint';
import { applyHighlightCss, highlightCss, removeHighlightCss } from '../style';
import { installFakeIntersectionObserver } from './fake-intersection';
import { standInFinder } from './stand-in-finder';

describe('highlightCss', () => {
  it('has the painted terms’ rule only once something is painted', () => {
    // A ::highlight() rule matches any element: each change of its sheet restyles the page.
    expect(highlightCss('underline')).not.toContain('::highlight(');
    expect(highlightCss('background')).not.toContain('::highlight(');
    expect(highlightCss('underline', [], true)).toContain('::highlight(');
    expect(highlightCss('background', [], true)).toContain('::highlight(');
    expect(highlightCss('hover-only', [], true)).not.toContain('::highlight(');
  });
});

describe('Highlighter stylesheet', () => {
  let uninstall = () => {};
  beforeAll(() => (uninstall = installFakeIntersectionObserver(window)));
  afterAll(() => uninstall());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  // The text our sheet was last set to (happy-dom drops ::highlight() rules when it parses).
  let sheetText = () => '';
  beforeEach(() => {
    const set = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    sheetText = () => String(set.mock.lastCall?.[0] ?? '');
  });
  afterEach(() => vi.restoreAllMocks());
  const painter = class {
    add() {
      return Promise.resolve();
    }
    ids() {
      return [];
    }
    stop() {}
  } as unknown as PainterClass;

  it.each([
    ['no giant text: no painted rule', 'imatinib and a TKI', false],
    ['giant text painted: the painted rule', 'imatinib '.repeat(PAINT_CHARS / 8), true],
  ])('%s', async (_name, text, painted) => {
    document.body.innerHTML = `<p>imatinib</p><p>${text}</p>`;
    const h = new Highlighter(document, {
      finder: standInFinder(),
      paint: true,
      loadPainter: () => Promise.resolve(painter),
    });
    await h.start();
    await vi.waitFor(() => expect(sheetText()).toContain('tl-term'));
    await h.idle();
    if (painted) await vi.waitFor(() => expect(sheetText()).toContain('::highlight('));
    else expect(sheetText()).not.toContain('::highlight(');
    await h.stop();
  });
});

describe('applyHighlightCss in a Firefox content script', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  /** A shadow root whose adoptedStyleSheets throws `message` when read or set. */
  function refusingRoot(message: string): ShadowRoot {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const refused = () => {
      throw new Error(message);
    };
    Object.defineProperty(root, 'adoptedStyleSheets', { get: refused, set: refused });
    return root;
  }

  it('adopts the sheet through the page’s own list where the Xray view refuses it (ESR 140)', () => {
    const root = refusingRoot('Accessing from Xray wrapper is not supported.');
    const pageSheet = new CSSStyleSheet();
    const pageSide = { adoptedStyleSheets: [pageSheet] };
    Object.defineProperty(root, 'wrappedJSObject', { value: pageSide });

    applyHighlightCss(root, 'b{color:red}');
    // No element the page could see; the page's own sheet stays first.
    expect(root.querySelector('style')).toBeNull();
    expect(pageSide.adoptedStyleSheets).toHaveLength(2);
    expect(pageSide.adoptedStyleSheets[0]).toBe(pageSheet);

    removeHighlightCss(root);
    expect(pageSide.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('falls back to a <style> element where neither list takes a sheet', () => {
    const root = refusingRoot('not supported');
    applyHighlightCss(root, 'b{color:red}');
    expect(root.querySelector('style')?.textContent).toBe('b{color:red}');
    removeHighlightCss(root);
    expect(root.querySelector('style')).toBeNull();
  });
});
