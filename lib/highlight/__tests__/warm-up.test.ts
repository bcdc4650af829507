import { describe, expect, it, vi } from 'vitest';
import { warmUpRegex } from '../warm-up';

/** A window whose only part warmUpRegex uses is scheduler.postTask, counted. */
function countingWindow() {
  const postTask = vi.fn((cb: () => void) => Promise.resolve(cb()));
  return { win: { scheduler: { postTask } } as unknown as Window & typeof globalThis, postTask };
}

describe('warmUpRegex', () => {
  it('uses the regex on one-byte and two-byte text, each in a task of its own', async () => {
    const regex = /imatinib/gu;
    const exec = vi.spyOn(regex, 'exec');
    const { win, postTask } = countingWindow();
    await warmUpRegex(regex, win);
    expect(
      exec.mock.calls.map(([text]) => [...text].some((ch) => ch.charCodeAt(0) > 0xff)),
    ).toEqual([false, true]);
    expect(postTask).toHaveBeenCalledTimes(2);
    expect(regex.lastIndex).toBe(0);
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
