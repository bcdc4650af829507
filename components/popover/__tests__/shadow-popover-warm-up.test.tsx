import { options, type VNode } from 'preact';
import { cardData } from '../../../data/card';
import { setTermId } from '../../../lib/highlight/term-ids';
import { ShadowPopover } from '../shadow-popover';

describe('ShadowPopover warm-up', () => {
  const win = window as { requestIdleCallback?: (cb: IdleRequestCallback) => number };
  const idle: IdleRequestCallback[] = [];
  let popover: ShadowPopover | null = null;
  beforeEach(() => {
    win.requestIdleCallback = (cb) => idle.push(cb);
  });
  afterEach(() => {
    delete win.requestIdleCallback;
    idle.length = 0;
    popover?.destroy();
    document.body.innerHTML = '';
  });

  it("runs the card's code for the first time over several idle periods, none with all of it", async () => {
    // V8 compiles each function at its first call: the whole card in one idle task was a
    // 36-55 ms task on a CPU slowed 4x (93-102 ms on a busy machine).
    document.body.innerHTML = '<p><span>imatinib</span></p>';
    const term = document.querySelector('span')!;
    setTermId(term, 'imatinib');
    popover = new ShadowPopover(document, (id) => Promise.resolve(cardData(id)));
    /** The components that render for the first time, by the idle period they render in. */
    const firsts: Set<unknown>[] = [];
    const seen = new Set<unknown>();
    const before = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (typeof vnode.type === 'function' && !seen.has(vnode.type)) {
        seen.add(vnode.type);
        firsts.at(-1)?.add(vnode.type);
      }
      before?.(vnode);
    };
    try {
      popover.prefetch(term);
      for (let i = 0; i < 20; i++) {
        await vi.waitFor(() => expect(idle.length).toBeGreaterThan(0));
        firsts.push(new Set());
        idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });
        await new Promise((ok) => setTimeout(ok, 0));
        if (!idle.length) break;
      }
    } finally {
      options.diffed = before;
    }
    const perPeriod = firsts.map((s) => s.size).filter((n) => n > 0);
    // The card's components (TermCard, its head, "More", side effects, sources...) first ran
    // in more than one idle period, and the last of them was not most of the card.
    expect(seen.size).toBeGreaterThan(8);
    expect(perPeriod.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perPeriod)).toBeLessThan(seen.size * 0.75);
  });
});
