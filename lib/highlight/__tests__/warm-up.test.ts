import { describe, expect, it, vi } from 'vitest';
import { warmUpRegex } from '../warm-up';

/** A window with the parts warmUpRegex uses: document state, paint timing, a counted postTask. */
function countingWindow(readyState: DocumentReadyState = 'loading', painted = false) {
  const postTask = vi.fn((cb: () => void) => Promise.resolve(cb()));
  const paints = painted ? [{ name: 'first-paint' }] : [];
  const win = {
    scheduler: { postTask },
    document: { readyState },
    performance: { getEntriesByType: (type: string) => (type === 'paint' ? paints : []) },
  };
  return { win: win as unknown as Window & typeof globalThis, postTask };
}

const twoByte = (text: string) => [...text].some((ch) => ch.charCodeAt(0) > 0xff);

describe('warmUpRegex', () => {
  it('while the page is parsed, uses the regex on each kind of text in a task of its own', async () => {
    const regex = /imatinib/gu;
    const exec = vi.spyOn(regex, 'exec');
    const { win, postTask } = countingWindow('loading');
    await warmUpRegex(regex, win);
    expect(exec.mock.calls.map(([text]) => twoByte(text))).toEqual([false, true]);
    expect(postTask).toHaveBeenCalledTimes(2);
    expect(regex.lastIndex).toBe(0);
  });

  it('gives each kind of text 1,000 characters or more, so V8 compiles machine code at once', async () => {
    // Shorter, V8 first makes bytecode and compiles again on the next use: the first screen's
    // scan then paid 20-31 ms for it (Chromium 150, 1x CPU; 100 ms and more at 4x).
    const regex = /imatinib/gu;
    const exec = vi.spyOn(regex, 'exec');
    await warmUpRegex(regex, countingWindow('loading').win);
    for (const [text] of exec.mock.calls) expect(text.length).toBeGreaterThanOrEqual(1000);
    expect(exec.mock.results.every((r) => r.value?.index === 0)).toBe(true);
  });

  it('parsed but not yet shown, does it all at once: the first screen is waiting', async () => {
    const regex = /nilotinib/gu;
    const exec = vi.spyOn(regex, 'exec');
    const { win, postTask } = countingWindow('interactive', false);
    await warmUpRegex(regex, win);
    expect(exec.mock.calls.map(([text]) => twoByte(text))).toEqual([false, true]);
    expect(postTask).not.toHaveBeenCalled();
  });

  it('on a page already shown, keeps each compile in a task of its own', async () => {
    const regex = /ponatinib/gu;
    const { win, postTask } = countingWindow('complete', true);
    await warmUpRegex(regex, win);
    expect(postTask).toHaveBeenCalledTimes(2);
  });

  it('resolves at once, without yielding, for a regex it warmed before', async () => {
    const regex = /dasatinib/gu;
    await warmUpRegex(regex, countingWindow().win);
    const { win, postTask } = countingWindow();
    const exec = vi.spyOn(regex, 'exec');
    await warmUpRegex(regex, win);
    expect(postTask).not.toHaveBeenCalled();
    expect(exec).not.toHaveBeenCalled();
  });
});
