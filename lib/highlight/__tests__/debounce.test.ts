import { Debounce } from '../debounce';

describe('Debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timers = {
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  };

  it('runs once after changes pause', () => {
    const action = vi.fn();
    const d = new Debounce(action, 150, 500, timers);
    d.poke();
    vi.advanceTimersByTime(100);
    d.poke();
    vi.advanceTimersByTime(149);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('runs at the maximum wait while changes never pause, and again after each maximum wait', () => {
    const action = vi.fn();
    const d = new Debounce(action, 150, 500, timers);
    const calls: number[] = [];
    action.mockImplementation(() => calls.push(Date.now() - start));
    const start = Date.now();
    // A change every 100 ms for 2 s: a plain 150 ms debounce would never run.
    for (let t = 0; t < 2000; t += 100) {
      d.poke();
      vi.advanceTimersByTime(100);
    }
    expect(calls).toEqual([500, 1000, 1500, 2000]);
  });

  it('does nothing after cancel()', () => {
    const action = vi.fn();
    const d = new Debounce(action, 150, 500, timers);
    d.poke();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
  });
});
