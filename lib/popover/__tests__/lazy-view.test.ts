import { LazyPopoverView } from '../lazy-view';
import type { CreatePopoverUi, PopoverUi } from '../../card-ui/publish';
import { publishCardUi, publishedCardUi } from '../../card-ui/publish';

function fakeUi(log: string[]): PopoverUi {
  const ui = {
    openTerm: null as HTMLElement | null,
    pinned: false,
    show(term: HTMLElement, o: { pinned: boolean }) {
      ui.openTerm = term;
      ui.pinned = o.pinned;
      log.push(`show ${term.id}${o.pinned ? ' pinned' : ''}`);
    },
    hide() {
      ui.openTerm = null;
      log.push('hide');
    },
    setLook(look: { theme: string }) {
      log.push(`look ${look.theme}`);
    },
    reposition: () => true,
    destroy() {
      log.push('destroy');
    },
  };
  return ui;
}

/** A loader the test resolves by hand, counting how often it was asked. */
function deferredLoader(log: string[]) {
  let resolve!: (create: CreatePopoverUi) => void;
  let reject!: (err: Error) => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<CreatePopoverUi>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    load,
    calls: () => calls,
    resolve: () => resolve(() => fakeUi(log)),
    reject: (err: Error) => reject(err),
  };
}

const noCard = () => Promise.resolve(null);

function term(id: string): HTMLElement {
  const el = document.createElement('tl-term');
  el.id = id;
  document.body.append(el);
  return el;
}

describe('LazyPopoverView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('shows the term asked for while loading once the UI is there, with the look set first', async () => {
    const log: string[] = [];
    const loader = deferredLoader(log);
    const view = new LazyPopoverView(document, loader.load, noCard);
    view.setLook({ textScale: 1, theme: 'dark' });
    const t = term('a');
    view.show(t, { pinned: true, focus: false });
    expect(view.openTerm).toBe(t); // the controller sees it open at once
    expect(view.pinned).toBe(true);
    loader.resolve();
    await view.load();
    expect(log).toEqual(['look dark', 'show a pinned']);
    expect(loader.calls()).toBe(1);
  });

  it('forgets a show that was hidden before the UI arrived', async () => {
    const log: string[] = [];
    const loader = deferredLoader(log);
    const view = new LazyPopoverView(document, loader.load, noCard);
    view.show(term('a'), { pinned: false, focus: false });
    view.hide({ restoreFocus: false });
    expect(view.openTerm).toBeNull();
    loader.resolve();
    await view.load();
    expect(log).toEqual([]);
  });

  it('loads once however often it is asked, and delegates after that', async () => {
    const log: string[] = [];
    const loader = deferredLoader(log);
    const view = new LazyPopoverView(document, loader.load, noCard);
    void view.load();
    view.prefetch(term('a'));
    loader.resolve();
    await view.load();
    view.show(term('b'), { pinned: false, focus: true });
    expect(log).toEqual(['show b']);
    expect(loader.calls()).toBe(1);
  });

  it('reports a failed load and tries again on the next request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log: string[] = [];
    const loader = deferredLoader(log);
    const view = new LazyPopoverView(document, loader.load, noCard);
    view.show(term('a'), { pinned: false, focus: false });
    loader.reject(new Error('no tab'));
    expect(await view.load()).toBeNull();
    expect(warn).toHaveBeenCalled();
    expect(view.openTerm).toBeNull();
    view.show(term('b'), { pinned: false, focus: false });
    loader.resolve();
    await view.load();
    expect(loader.calls()).toBe(2);
    expect(log).toEqual(['show b']);
  });
});

describe('publishCardUi', () => {
  it('leaves a factory on the given global and reads nothing else as one', () => {
    const global: Record<string, unknown> = {};
    expect(publishedCardUi(global)).toBeNull();
    global.__termlightCardUi = 'not a function';
    expect(publishedCardUi(global)).toBeNull();
    const create: CreatePopoverUi = () => fakeUi([]);
    publishCardUi(create, global);
    expect(publishedCardUi(global)).toBe(create);
  });
  it('passes destroy on to a loaded UI, and makes none when destroyed while loading', async () => {
    const log: string[] = [];
    const loaded = deferredLoader(log);
    const view = new LazyPopoverView(document, loaded.load, noCard);
    void view.load();
    loaded.resolve();
    await view.load();
    view.destroy();
    expect(log).toEqual(['destroy']);

    const created: string[] = [];
    const late = deferredLoader(created);
    const stopped = new LazyPopoverView(document, late.load, noCard);
    stopped.show(term('a'), { pinned: false, focus: false });
    stopped.destroy();
    late.resolve();
    expect(await stopped.load()).toBeNull();
    expect(stopped.openTerm).toBeNull();
  });
});
