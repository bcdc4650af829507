import type { PainterClass } from '../../card-ui/publish';
import { GiantText, type GiantTextOptions } from '../giant-text';
import { PAINT_CHARS } from '../paint';
import { standInFinder } from './stand-in-finder';

/** Records what a painter is asked to do, in place of the CSS Custom Highlight API. */
function fakePainterClass(log: string[]) {
  return class {
    constructor(
      _doc: Document,
      readonly options: { stopped: () => boolean },
    ) {
      log.push('made');
    }
    add(node: Text) {
      log.push(`add ${node.data.length}`);
      return Promise.resolve();
    }
    ids() {
      return ['imatinib'];
    }
    stop() {
      log.push('stop');
    }
  } as unknown as PainterClass;
}

function giantText(load: GiantTextOptions['load'], unpainted = vi.fn()) {
  let stopped = false;
  const giants = new GiantText(document, {
    load,
    painter: {
      name: 'tl-term',
      finder: standInFinder(),
      keep: () => true,
      wrap: () => null,
      inSlices: () => Promise.resolve(true),
    },
    stopped: () => stopped,
    unpainted,
  });
  return { giants, unpainted, stopHighlighting: () => (stopped = true) };
}

function textOf(length: number): Text {
  const p = document.createElement('p');
  p.textContent = 'imatinib '.repeat(Math.ceil(length / 9)).slice(0, length);
  document.body.append(p);
  return p.firstChild as Text;
}

describe('GiantText', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('takes only text nodes over PAINT_CHARS', () => {
    const { giants } = giantText(() => Promise.resolve(null));
    expect(giants.takes(textOf(PAINT_CHARS))).toBe(false);
    expect(giants.takes(textOf(PAINT_CHARS + 1))).toBe(true);
  });

  it('loads the painter once, at the first giant node, and paints the nodes in order', async () => {
    const log: string[] = [];
    const load = vi.fn(() => Promise.resolve(fakePainterClass(log)));
    const { giants, unpainted } = giantText(load);
    expect(load).not.toHaveBeenCalled();
    giants.add(textOf(PAINT_CHARS + 1), ['imatinib']);
    giants.add(textOf(PAINT_CHARS + 2), ['imatinib']);
    await vi.waitFor(() =>
      expect(log).toEqual(['made', `add ${PAINT_CHARS + 1}`, `add ${PAINT_CHARS + 2}`]),
    );
    expect(load).toHaveBeenCalledTimes(1);
    expect(unpainted).not.toHaveBeenCalled();
    expect(giants.ids()).toEqual(['imatinib']);
    giants.stop();
    expect(log.at(-1)).toBe('stop');
    expect(giants.ids()).toEqual([]);
  });

  it('starts loading the painter when asked to prepare, and paints with that one', async () => {
    const log: string[] = [];
    const load = vi.fn(() => Promise.resolve(fakePainterClass(log)));
    const { giants } = giantText(load);
    giants.prepare();
    expect(load).toHaveBeenCalledTimes(1);
    giants.add(textOf(PAINT_CHARS + 1), ['imatinib']);
    await vi.waitFor(() => expect(log).toEqual(['made', `add ${PAINT_CHARS + 1}`]));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hands a giant node back to be wrapped when the painter cannot be had', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { giants, unpainted } = giantText(() => Promise.reject(new Error('no card UI')));
      const node = textOf(PAINT_CHARS + 1);
      giants.add(node, ['imatinib']);
      await vi.waitFor(() => expect(unpainted).toHaveBeenCalledWith(node, ['imatinib']));
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('makes no painter and paints nothing once stopped while the painter loaded', async () => {
    const log: string[] = [];
    let loaded: ((c: PainterClass) => void) | null = null;
    const { giants, unpainted } = giantText(() => new Promise((done) => (loaded = done)));
    giants.add(textOf(PAINT_CHARS + 1), ['imatinib']);
    await vi.waitFor(() => expect(loaded).not.toBeNull());
    giants.stop();
    loaded!(fakePainterClass(log));
    await new Promise((done) => setTimeout(done, 0));
    expect(log).toEqual([]);
    expect(unpainted).not.toHaveBeenCalled();
  });

  it("follows the highlighter's stop too", async () => {
    const log: string[] = [];
    const { giants, unpainted, stopHighlighting } = giantText(() =>
      Promise.resolve(fakePainterClass(log)),
    );
    stopHighlighting();
    giants.add(textOf(PAINT_CHARS + 1), ['imatinib']);
    await new Promise((done) => setTimeout(done, 0));
    expect(log).toEqual([]);
    expect(unpainted).not.toHaveBeenCalled();
  });
});
