import { ReaderPace } from '../reader-pace';
import { FakeIntersectionObserver, installFakeIntersectionObserver } from './fake-intersection';

let uninstall: () => void;
beforeAll(() => {
  uninstall = installFakeIntersectionObserver(window);
  FakeIntersectionObserver.auto = false;
});
afterAll(() => {
  FakeIntersectionObserver.auto = true;
  uninstall();
});

/**
 * Paragraphs of one text node each, 1,000 px apart, all waiting; `scrollTo(y)` moves them, and
 * their box reads are counted.
 */
function waitingParagraphs(n: number) {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>text ${i}</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  let reads = 0;
  let y = 0;
  paragraphs.forEach((p, i) => {
    p.getBoundingClientRect = () => {
      reads++;
      const top = i * 1000 - y;
      return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20 } as DOMRect;
    };
  });
  return {
    paragraphs,
    texts: paragraphs.map((p) => p.firstChild as Text),
    reads: () => reads,
    scrollTo: (to: number) => (y = to),
  };
}

describe('ReaderPace after a scroll', () => {
  it('reads no box in the scrollend event, only in the task after a frame of ours', async () => {
    const { texts, reads, scrollTo } = waitingParagraphs(40);
    let frame!: () => void;
    const wrapped: Text[] = [];
    const pace = new ReaderPace(document, {
      wrap: async (nodes) => void wrapped.push(...nodes),
      enqueue: (job) => void job(),
      frame: () => new Promise<void>((ok) => (frame = ok)),
    });
    pace.add(texts);
    scrollTo(30_000);
    document.dispatchEvent(new Event('scrollend'));
    // The event may follow a slice of ours in the same frame: a box read there lays it out.
    expect(reads()).toBe(0);
    expect(wrapped).toEqual([]);
    frame();
    await vi.waitFor(() => expect(wrapped.length).toBeGreaterThan(0));
    expect(reads()).toBeGreaterThan(0);
    // The paragraph on screen (no observed group stood for it), not those far above.
    expect(wrapped).toContain(texts[30]);
    expect(wrapped).not.toContain(texts[0]);
    pace.stop();
  });

  it('takes a scroll that ends while a round is being wrapped after that round', async () => {
    const { paragraphs, texts, reads, scrollTo } = waitingParagraphs(40);
    const wrapped: Text[][] = [];
    let release!: () => void;
    const pace = new ReaderPace(document, {
      wrap: (nodes) => {
        wrapped.push(nodes);
        // The first round takes a while; the scroll ends meanwhile.
        return wrapped.length === 1 ? new Promise<void>((ok) => (release = ok)) : Promise.resolve();
      },
      enqueue: (job) => void job(),
    });
    pace.add(texts);
    FakeIntersectionObserver.bringNear(paragraphs[0]!);
    await vi.waitFor(() => expect(wrapped).toHaveLength(1));
    expect(wrapped[0]).not.toContain(texts[30]);
    const before = reads();
    scrollTo(30_000);
    document.dispatchEvent(new Event('scrollend'));
    expect(reads()).toBe(before);
    release();
    await vi.waitFor(() => expect(wrapped).toHaveLength(2));
    expect(wrapped[1]).toContain(texts[30]);
    pace.stop();
  });
});

describe('ReaderPace on a page that adds text', () => {
  it('watches text added after its stretch’s watched group was wrapped (a feed, a chat)', async () => {
    // The never-idle bench page: each feed item repeats a term, so it waits; the first item's
    // group was watched and wrapped, and the later ones were never watched: 2 of 5 highlighted.
    const { paragraphs, texts } = waitingParagraphs(5);
    const wrapped: Text[] = [];
    const pace = new ReaderPace(document, {
      wrap: async (nodes) => void wrapped.push(...nodes),
      enqueue: (job) => void job(),
    });
    pace.add([texts[0]!]);
    FakeIntersectionObserver.bringNear(paragraphs[0]!);
    await vi.waitFor(() => expect(wrapped).toEqual([texts[0]]));
    for (let i = 1; i < 5; i++) {
      pace.add([texts[i]!]);
      FakeIntersectionObserver.bringNear(paragraphs[i]!);
      await vi.waitFor(() => expect(wrapped).toEqual(texts.slice(0, i + 1)));
    }
    pace.stop();
  });

  it('still watches one group in sixteen of what one pass adds', () => {
    const { paragraphs, texts } = waitingParagraphs(40);
    const pace = new ReaderPace(document, { wrap: async () => {}, enqueue: (job) => void job() });
    pace.add(texts);
    const observer = [...FakeIntersectionObserver.all].at(-1)!; // this pace's
    expect([...observer.targets]).toEqual([paragraphs[0], paragraphs[16], paragraphs[32]]);
    pace.stop();
  });
});
