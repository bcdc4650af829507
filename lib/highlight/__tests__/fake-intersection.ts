/**
 * A stand-in IntersectionObserver for DOM tests (happy-dom's never reports anything). `auto`
 * reports every observed element as near the screen; otherwise tests call `bringNear`.
 */
export class FakeIntersectionObserver {
  static all = new Set<FakeIntersectionObserver>();
  static auto = true;
  readonly targets = new Set<Element>();

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.add(this);
  }

  observe(el: Element): void {
    this.targets.add(el);
    if (FakeIntersectionObserver.auto) queueMicrotask(() => this.report([el]));
  }

  unobserve(el: Element): void {
    this.targets.delete(el);
  }

  disconnect(): void {
    this.targets.clear();
    FakeIntersectionObserver.all.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Reports the observed ones among `els` as having come near the screen. */
  static bringNear(...els: Element[]): void {
    for (const o of FakeIntersectionObserver.all) o.report(els.filter((el) => o.targets.has(el)));
  }

  private report(els: Element[]): void {
    if (!els.length) return;
    const entries = els.map(
      (target) =>
        ({
          target,
          isIntersecting: true,
          boundingClientRect: { top: 0 },
        }) as unknown as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Puts the stand-in on `win` for one test file; returns a function that takes it away. */
export function installFakeIntersectionObserver(win: Window): () => void {
  const w = win as unknown as { IntersectionObserver: unknown };
  const original = w.IntersectionObserver;
  w.IntersectionObserver = FakeIntersectionObserver;
  return () => {
    w.IntersectionObserver = original;
  };
}
