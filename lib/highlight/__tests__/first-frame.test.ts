import { hasRendered, parsed, watchFirstFrame } from '../first-frame';

/** A document being parsed (readyState "loading" until `finish()`). */
function loadingDocument() {
  const doc = document.implementation.createHTMLDocument('');
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  const finish = () => {
    state = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
  };
  return { doc, finish };
}

/** A window over `doc` whose frames run when `frame()` is called and which has no paint entries. */
function windowOf(doc: Document) {
  let callbacks: FrameRequestCallback[] = [];
  const win = {
    document: doc,
    requestAnimationFrame: (cb: FrameRequestCallback) => callbacks.push(cb),
    performance: { getEntriesByType: () => [] },
  } as unknown as Window;
  const frame = () => {
    const now = callbacks;
    callbacks = [];
    now.forEach((cb) => cb(0));
  };
  return { win, frame };
}

describe('hasRendered', () => {
  it('is true after the first frame after parsing, before Paint Timing has its entry', () => {
    const { doc, finish } = loadingDocument();
    const { win, frame } = windowOf(doc);
    watchFirstFrame(win);
    frame(); // a frame while the page is parsed shows no text yet
    expect(hasRendered(win)).toBe(false);
    finish();
    expect(hasRendered(win)).toBe(false); // DOMContentLoaded comes before the first layout
    frame();
    expect(hasRendered(win)).toBe(true);
  });

  it('watches a parsed page from its next frame on', () => {
    const { win, frame } = windowOf(document.implementation.createHTMLDocument(''));
    watchFirstFrame(win);
    expect(hasRendered(win)).toBe(false);
    frame();
    expect(hasRendered(win)).toBe(true);
  });

  it('goes by Paint Timing where nothing watches', () => {
    const { win } = windowOf(document.implementation.createHTMLDocument(''));
    expect(hasRendered(win)).toBe(false);
    const painted = { ...win, performance: { getEntriesByType: () => [{}] } } as unknown as Window;
    expect(hasRendered(painted)).toBe(true);
  });
});

describe('parsed', () => {
  it('resolves at once for a parsed document', async () => {
    expect(document.readyState).not.toBe('loading');
    await expect(parsed(document)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the document is parsed', async () => {
    const { doc, finish } = loadingDocument();
    let done = false;
    const waiting = parsed(doc).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    await waiting;
    expect(done).toBe(true);
  });
});
