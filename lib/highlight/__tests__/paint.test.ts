import { Painter } from '../paint';
import { standInFinder } from './stand-in-finder';

/** happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges. */
class FakeHighlight extends Set<AbstractRange> {}

/** Characters per match in the test paragraph ("imatinib "): match i starts at 9 i. */
const STEP = 9;
const MATCHES = 1000;

/**
 * A paragraph of MATCHES matches that covers the screen, and a screen that shows the matches
 * [from, to): the text position at its top left is match `from`, at its bottom right match `to`.
 */
function paragraphOnScreen() {
  const p = document.createElement('p');
  p.textContent = 'imatinib '.repeat(MATCHES);
  document.body.append(p);
  const text = p.firstChild as Text;
  p.getBoundingClientRect = () => new DOMRect(0, -5000, innerWidth, 20_000);
  const screen = { from: 0, to: 0 };
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: (_x: number, y: number) => ({
      offsetNode: text,
      offset: STEP * (y < innerHeight / 2 ? screen.from : screen.to),
    }),
  });
  return { text, screen };
}

/** The indices of the matches painted now, in order. */
function painted(highlight: FakeHighlight): number[] {
  return [...highlight].map((range) => (range as Range).startOffset / STEP).sort((a, b) => a - b);
}

const indices = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('Painter', () => {
  let painter: Painter | null = null;
  beforeEach(() => {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: new Map<string, FakeHighlight>() });
  });
  afterEach(() => {
    painter?.stop();
    painter = null;
    vi.unstubAllGlobals();
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    document.body.innerHTML = '';
  });

  async function paint(text: Text) {
    painter = new Painter(document, {
      name: 'tl-term',
      finder: standInFinder(),
      keep: () => true,
      wrap: () => null,
      inSlices: (step) => {
        while (!step(() => false));
        return Promise.resolve(true);
      },
      stopped: () => false,
    });
    await painter.add(text);
    return CSS.highlights.get('tl-term') as unknown as FakeHighlight;
  }

  it('wraps the first match of each unclaimed term when the reader presses Tab, not before', async () => {
    // A term whose first mention is painted has no keyboard stop otherwise; the wrap lays the
    // paragraph out again, so it waits for a reader who uses the keyboard.
    const { text, screen } = paragraphOnScreen();
    Object.assign(screen, { from: 100, to: 110 });
    text.data = `${text.data}Gleevec and more imatinib`; // "imatinib" is the id of both
    text.data = `TKI ${text.data}`;
    const claimed = new Set<string>();
    const wrapped: string[] = [];
    painter = new Painter(document, {
      name: 'tl-term',
      finder: standInFinder(),
      keep: () => true,
      wrap: (range, id) => {
        const el = document.createElement('tl-term');
        range.surroundContents(el);
        wrapped.push(`${id}@${el.textContent}`);
        return el;
      },
      claimFirst: (id) => !claimed.has(id) && !!claimed.add(id),
      inSlices: (step) => {
        while (!step(() => false));
        return Promise.resolve(true);
      },
      stopped: () => false,
    });
    await painter.add(text);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', ctrlKey: true }));
    expect(wrapped).toEqual([]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(wrapped.sort()).toEqual(['imatinib@imatinib', 'tki@TKI']);
    const p = document.querySelector('p')!;
    expect([...p.querySelectorAll('tl-term')].map((el) => el.textContent)).toEqual([
      'TKI',
      'imatinib',
    ]);
    expect(p.textContent!.startsWith('TKI imatinib imatinib')).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true }));
    painter.wrapFirsts(); // as the commands that go from term to term do
    expect(wrapped).toHaveLength(2); // claimed already: nothing more
  });

  it('changes only the ranges that leave or enter the window when the reader scrolls', async () => {
    const { text, screen } = paragraphOnScreen();
    Object.assign(screen, { from: 100, to: 110 });
    const highlight = await paint(text);
    // The screen's 10 matches and 24 on each side (the least margin).
    expect(painted(highlight)).toEqual(indices(76, 134));
    const kept = new Map([...highlight].map((range) => [(range as Range).startOffset, range]));
    const add = vi.spyOn(highlight, 'add');
    const remove = vi.spyOn(highlight, 'delete');
    const clear = vi.spyOn(highlight, 'clear');

    Object.assign(screen, { from: 120, to: 130 }); // near the window's bottom edge
    window.dispatchEvent(new Event('scrollend'));

    expect(clear).not.toHaveBeenCalled();
    const startOf = ([range]: [AbstractRange]) => (range as Range).startOffset / STEP;
    expect(remove.mock.calls.map(startOf).sort((a, b) => a - b)).toEqual(indices(76, 96));
    expect(add.mock.calls.map(startOf).sort((a, b) => a - b)).toEqual(indices(134, 154));
    expect(painted(highlight)).toEqual(indices(96, 154));
    // The ranges kept are the very ones painted before.
    for (const range of highlight) {
      const start = (range as Range).startOffset;
      if (start < STEP * 134) expect(range).toBe(kept.get(start));
    }
  });

  it('paints exactly the new window after a jump, and nothing once the text is far off', async () => {
    const { text, screen } = paragraphOnScreen();
    Object.assign(screen, { from: 100, to: 110 });
    const highlight = await paint(text);
    const clear = vi.spyOn(highlight, 'clear');

    Object.assign(screen, { from: 600, to: 620 });
    window.dispatchEvent(new Event('scrollend'));
    expect(painted(highlight)).toEqual(indices(560, 660)); // 20 on screen, 40 each side

    text.parentElement!.getBoundingClientRect = () => new DOMRect(0, -50_000, innerWidth, 20_000);
    window.dispatchEvent(new Event('scrollend'));
    expect(painted(highlight)).toEqual([]);
    expect(clear).not.toHaveBeenCalled();
  });

  it('paints the node on screen when the parser split the paragraph into several', async () => {
    // Chromium 150's parser cuts a long text into nodes of 65,536 characters. The first node's
    // window (empty: it ends above the screen) was taken, and the node on screen never painted.
    const p = document.createElement('p');
    p.append('imatinib '.repeat(MATCHES), 'imatinib '.repeat(MATCHES));
    document.body.append(p);
    const [first, second] = [...p.childNodes] as Text[];
    p.getBoundingClientRect = () => new DOMRect(0, -5000, innerWidth, 40_000);
    Object.defineProperty(document, 'caretPositionFromPoint', {
      configurable: true,
      value: (_x: number, y: number) => ({
        offsetNode: second,
        offset: STEP * (y < innerHeight / 2 ? 100 : 110),
      }),
    });
    await paint(first!);
    await painter!.add(second!);
    const highlight = CSS.highlights.get('tl-term') as unknown as FakeHighlight;
    expect([...highlight].every((range) => (range as Range).startContainer === second)).toBe(true);
    expect(painted(highlight)).toEqual(indices(76, 134));
  });
});
