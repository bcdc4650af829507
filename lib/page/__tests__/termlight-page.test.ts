import { cardData } from '../../../data/card';
import { termIndex } from 'virtual:term-index';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { startTermlightPage } from '../termlight-page';
import { ShadowPopover } from '../../../components/popover/shadow-popover';
import type { CardLoader } from '../../card-ui/publish';

const terms = () => [...document.querySelectorAll('tl-term')].map((t) => t.textContent);

// Every page a test starts is torn down after it, even when the test fails half-way.
const started: AbortController[] = [];

const shadowPopoverUi = () =>
  Promise.resolve((doc: Document, load: CardLoader) => new ShadowPopover(doc, load));

function start(signal: AbortSignal, settings = DEFAULT_SETTINGS, loadCardUi = shadowPopoverUi) {
  return startTermlightPage({
    document,
    index: termIndex(),
    loadCard: (id) => Promise.resolve(cardData(id)),
    loadCardUi,
    settings,
    signal,
  });
}

function track(controller: AbortController): AbortController {
  started.push(controller);
  return controller;
}

describe('startTermlightPage', () => {
  afterEach(() => {
    for (const c of started.splice(0)) c.abort();
    document.body.innerHTML = '';
    document.documentElement.querySelectorAll('tl-popover').forEach((p) => p.remove());
  });

  it('highlights the glossary terms of the document it is given', async () => {
    document.body.innerHTML = '<p>Imatinib is a tyrosine kinase inhibitor.</p>';
    const abort = track(new AbortController());
    const { page, ready } = start(abort.signal);
    await ready;
    expect(terms()).toEqual(['Imatinib', 'tyrosine kinase inhibitor']);
    expect(page.info().terms.map((t) => t.id)).toEqual(['imatinib', 'tyrosine-kinase-inhibitor']);
    abort.abort();
  });

  it('loads the card UI once idle on a page with terms, and never on a page without', async () => {
    document.body.innerHTML = '<p>Nothing to explain here.</p>';
    const plain = vi.fn(shadowPopoverUi);
    const abortPlain = track(new AbortController());
    // Fake timers that still follow the clock, so the highlighting runs as usual; then past
    // anything an idle callback would wait for (3 s at most, or the 500 ms fallback).
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await start(abortPlain.signal, DEFAULT_SETTINGS, plain).ready;
      await vi.advanceTimersByTimeAsync(5000);
    } finally {
      vi.useRealTimers();
    }
    expect(plain).not.toHaveBeenCalled();
    abortPlain.abort();

    document.body.innerHTML = '<p>Imatinib is a drug.</p>';
    const withTerms = vi.fn(shadowPopoverUi);
    const abort = track(new AbortController());
    await start(abort.signal, DEFAULT_SETTINGS, withTerms).ready;
    await vi.waitFor(() => expect(withTerms).toHaveBeenCalledTimes(1), { timeout: 4000 });
    abort.abort();
  });

  it('asks for the cards of the terms on screen as many per idle period as it has room for', async () => {
    // A dozen requests in one task made a 70-100 ms frame on a phone-class CPU.
    document.body.innerHTML =
      '<p>Imatinib, dasatinib, nilotinib and ponatinib are each a tyrosine kinase inhibitor.</p>';
    const idle: IdleRequestCallback[] = [];
    const rects = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue(DOMRect.fromRect({ x: 0, y: 10, width: 40, height: 16 }));
    // happy-dom has none: the page's idle callbacks are the test's to run.
    const win = window as { requestIdleCallback?: (cb: IdleRequestCallback) => number };
    win.requestIdleCallback = (cb) => idle.push(cb);
    const loadCard = vi.fn((id: string) => Promise.resolve(cardData(id)));
    const abort = track(new AbortController());
    try {
      await startTermlightPage({
        document,
        index: termIndex(),
        loadCard,
        loadCardUi: shadowPopoverUi,
        settings: DEFAULT_SETTINGS,
        signal: abort.signal,
      }).ready;
      /** Runs the next idle callback with this much time left at each look. */
      const runIdle = async (...left: number[]) => {
        idle.shift()!({ didTimeout: false, timeRemaining: () => left.shift() ?? 0 });
        await vi.waitFor(() => expect(idle.length).toBeGreaterThan(0));
      };
      await runIdle(50); // the card UI loads
      await runIdle(50); // the screen's terms are found
      const before = loadCard.mock.calls.length;
      await runIdle(30, 30, 0); // room for three
      expect(loadCard.mock.calls.length - before).toBe(3);
      await runIdle(0); // room for one
      expect(loadCard.mock.calls.length - before).toBe(4);
    } finally {
      rects.mockRestore();
      delete win.requestIdleCallback;
      abort.abort();
    }
  });

  it('keeps categories the reader turned off plain', async () => {
    document.body.innerHTML = '<p>Imatinib is a tyrosine kinase inhibitor.</p>';
    const abort = track(new AbortController());
    const settings = {
      ...DEFAULT_SETTINGS,
      categories: { ...DEFAULT_SETTINGS.categories, drug: false },
    };
    await start(abort.signal, settings).ready;
    expect(terms()).toEqual(['tyrosine kinase inhibitor']);
    abort.abort();
  });

  it('removes its listeners and highlights when the signal aborts, and stays off', async () => {
    document.body.innerHTML = '<p>Imatinib is a drug.</p>';
    const abort = track(new AbortController());
    const { page, ready } = start(abort.signal);
    await ready;
    const term = document.querySelector<HTMLElement>('tl-term')!;
    abort.abort();
    // The unwrapping runs in slices; its first step is synchronous for the styles, then it ends.
    await vi.waitFor(() => expect(terms()).toEqual([]));
    expect(document.body.innerHTML).toBe('<p>Imatinib is a drug.</p>');
    // A term element left by someone else gets no reaction from the torn-down controller.
    document.body.append(term);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      term.click();
      term.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await vi.advanceTimersByTimeAsync(1000); // past any hover or open delay
    } finally {
      vi.useRealTimers();
    }
    expect(document.querySelector('tl-popover')).toBeNull();
    await page.apply(DEFAULT_SETTINGS);
    expect(page.info().active).toBe(false);
  });

  it('does nothing with a signal that has already aborted', async () => {
    document.body.innerHTML = '<p>Imatinib</p>';
    const abort = track(new AbortController());
    abort.abort();
    await start(abort.signal).ready;
    expect(terms()).toEqual([]);
  });

  it('opens a card on a click while running (control for the test above)', async () => {
    document.body.innerHTML = '<p>Imatinib is a drug.</p>';
    const abort = track(new AbortController());
    await start(abort.signal).ready;
    document.querySelector<HTMLElement>('tl-term')!.click();
    await vi.waitFor(() =>
      expect(document.querySelector('tl-popover')?.shadowRoot?.textContent).toContain('Imatinib'),
    );
    abort.abort();
  });
});
