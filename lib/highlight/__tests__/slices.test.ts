import { afterNextFrame } from '../slices';

/** A window with a hand-driven frame clock and a scheduler that runs tasks at once. */
function fakeWindow(visibilityState: 'visible' | 'hidden') {
  const frames: FrameRequestCallback[] = [];
  const win = {
    document: { visibilityState },
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    scheduler: { postTask: (cb: () => void) => Promise.resolve().then(cb) },
    performance: { now: () => Date.now() },
  };
  const renderFrame = () => frames.splice(0).forEach((cb) => cb(0));
  return { win: win as unknown as Window & typeof globalThis, frames, renderFrame };
}

describe('afterNextFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the next frame, then resolves in a task of its own with its render time', async () => {
    const { win, frames, renderFrame } = fakeWindow('visible');
    let renderMs: number | undefined;
    void afterNextFrame(win).then((ms) => (renderMs = ms));
    await vi.advanceTimersByTimeAsync(50);
    expect(renderMs).toBeUndefined();
    expect(frames).toHaveLength(1);
    renderFrame();
    await vi.advanceTimersByTimeAsync(0);
    expect(renderMs).toBeGreaterThanOrEqual(0);
    expect(renderMs).toBeLessThan(50);
  });

  it('goes on without a frame after a short wait (a shown tab can get no frames)', async () => {
    const { win } = fakeWindow('visible');
    let renderMs: number | undefined;
    void afterNextFrame(win).then((ms) => (renderMs = ms));
    await vi.advanceTimersByTimeAsync(150);
    expect(renderMs).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(renderMs).toBeNaN();
  });

  it('does not wait for a frame in a hidden document', async () => {
    const { win, frames } = fakeWindow('hidden');
    let resolved = false;
    void afterNextFrame(win).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
    expect(frames).toHaveLength(0);
  });
});
