import { describe, expect, it, vi } from 'vitest';
import { termIndex } from 'virtual:term-index';
import { compileMatcher } from '../../matcher/compile';
import type { TermFinder } from '../types';
import { warmUpFinder } from '../warm-up';

/** A window with the parts warmUpFinder uses: document state, paint timing, a counted postTask. */
function countingWindow(readyState: DocumentReadyState = 'loading', painted = false) {
  const postTask = vi.fn((cb: () => void) => Promise.resolve(cb()));
  const paints = painted ? [{ name: 'first-paint' }] : [];
  const listeners: (() => void)[] = [];
  const doc = {
    readyState,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') listeners.push(listener);
    },
  };
  /** The parser finishes: DOMContentLoaded. */
  const finishParsing = () => {
    doc.readyState = 'interactive';
    listeners.splice(0).forEach((listener) => listener());
  };
  const win = {
    scheduler: { postTask },
    document: doc,
    performance: { getEntriesByType: (type: string) => (type === 'paint' ? paints : []) },
  };
  return { win: win as unknown as Window & typeof globalThis, postTask, finishParsing };
}

const twoByte = (text: string) => [...text].some((ch) => ch.charCodeAt(0) > 0xff);

/** A finder on `regex` whose guards accept everything and note what they were asked. */
function finderOf(regex: RegExp) {
  const accepted: string[] = [];
  const finder: TermFinder = {
    regex,
    accept: (text, start, end) => {
      accepted.push(text.slice(start, end));
      return 'id';
    },
  };
  return { finder, accepted, exec: vi.spyOn(regex, 'exec') };
}

describe('warmUpFinder', () => {
  it('while the page is parsed, uses the regex on each kind of text and runs the guards, each in a task of its own', async () => {
    const { finder, exec, accepted } = finderOf(/imatinib/gu);
    const { win, postTask } = countingWindow('loading');
    await warmUpFinder(finder, win);
    expect(exec.mock.calls.slice(0, 2).map(([text]) => twoByte(text))).toEqual([false, true]);
    expect(accepted).toEqual(['imatinib', 'imatinib', 'imatinib']);
    expect(postTask).toHaveBeenCalledTimes(3);
    expect(finder.regex.lastIndex).toBe(0);
  });

  it('while the page is parsed, yields before its first compile, apart from its caller', async () => {
    // The content script compiles the matcher just before (55-72 ms at 1x CPU): with the first
    // compile in the same task, that was one task of 110-160 ms.
    const { finder, exec } = finderOf(/imatinib/gu);
    const { win, postTask } = countingWindow('loading');
    const order: string[] = [];
    postTask.mockImplementation((cb: () => void) => (order.push('yield'), Promise.resolve(cb())));
    exec.mockImplementation(function (this: RegExp, text: string) {
      order.push('exec');
      return RegExp.prototype.exec.call(this, text);
    });
    await warmUpFinder(finder, win);
    expect(order.slice(0, 4)).toEqual(['yield', 'exec', 'yield', 'exec']);
  });

  it('stops waiting for a yield when the page is parsed: the rest runs at DOMContentLoaded', async () => {
    // A task posted while the page is parsed came back after the page's first layout and paint
    // (83-237 ms after DOMContentLoaded at 1x), and the first screen waited behind it.
    const { finder, exec } = finderOf(/bosutinib/gu);
    const { win, postTask, finishParsing } = countingWindow('loading');
    postTask.mockImplementation(() => new Promise<void>(() => {})); // not before the first frame
    let done = false;
    const warming = warmUpFinder(finder, win).then(() => (done = true));
    await Promise.resolve();
    expect(exec).not.toHaveBeenCalled();
    finishParsing();
    await warming;
    expect(done).toBe(true);
    expect(exec.mock.calls.slice(0, 2).map(([text]) => twoByte(text))).toEqual([false, true]);
    expect(postTask).toHaveBeenCalledTimes(1);
  });

  it('keeps waiting for its tasks at DOMContentLoaded while the first screen cannot follow', async () => {
    // The settings are still being read: their answer comes after the page's first frame, which
    // steps run at DOMContentLoaded would only put off.
    const { finder, exec } = finderOf(/blinatumomab/gu);
    const { win, postTask, finishParsing } = countingWindow('loading');
    const posted: (() => void)[] = [];
    postTask.mockImplementation(
      (cb: () => void) => new Promise<void>((done) => posted.push(() => done(cb()))),
    );
    let done = false;
    const warming = warmUpFinder(finder, win, () => false).then(() => (done = true));
    finishParsing();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(exec).not.toHaveBeenCalled(); // nothing in DOMContentLoaded's task
    while (!done) {
      posted.splice(0).forEach((run) => run());
      await new Promise((next) => setTimeout(next, 0));
    }
    await warming;
    expect(exec.mock.calls.slice(0, 2).map(([text]) => twoByte(text))).toEqual([false, true]);
    // A task before each of the three steps (and the one posted at DOMContentLoaded).
    expect(postTask.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('gives each kind of text 1,000 characters or more, so V8 compiles machine code at once', async () => {
    // Shorter, V8 first makes bytecode and compiles again on the next use: the first screen's
    // scan then paid 20-31 ms for it (Chromium 150, 1x CPU; 100 ms and more at 4x).
    const { finder, exec } = finderOf(/imatinib/gu);
    await warmUpFinder(finder, countingWindow('loading').win);
    for (const [text] of exec.mock.calls.slice(0, 2)) {
      expect(text.length).toBeGreaterThanOrEqual(1000);
    }
    expect(exec.mock.results[0]!.value?.index).toBe(0);
  });

  it('runs the real guards at least twice on forms that start with t and r, and on an abbreviation', async () => {
    // Their regexes compile as bytecode on first use and as machine code on the next.
    const matcher = compileMatcher(termIndex());
    const asked: string[] = [];
    const finder: TermFinder = {
      regex: matcher.regex,
      accept: (text, start, end) => {
        asked.push(text.slice(start, end).toLowerCase());
        return matcher.accept(text, start, end);
      },
    };
    await warmUpFinder(finder, countingWindow('loading').win);
    const times = (form: string) => asked.filter((a) => a === form).length;
    for (const form of ['targeted therapy', 'tki', 'remission', 'remisión', 'all', 'lla']) {
      expect(times(form), form).toBeGreaterThanOrEqual(2);
    }
  });

  it('parsed but not yet shown, does it all at once: the first screen is waiting', async () => {
    const { finder, exec } = finderOf(/nilotinib/gu);
    const { win, postTask } = countingWindow('interactive', false);
    await warmUpFinder(finder, win);
    expect(exec.mock.calls.slice(0, 2).map(([text]) => twoByte(text))).toEqual([false, true]);
    expect(postTask).not.toHaveBeenCalled();
  });

  it('parsed but not yet shown, still keeps a task per step while the first screen cannot follow', async () => {
    const { finder } = finderOf(/inotuzumab/gu);
    const { win, postTask } = countingWindow('interactive', false);
    await warmUpFinder(finder, win, () => false);
    expect(postTask).toHaveBeenCalledTimes(3);
  });

  it('on a page already shown, keeps each step in a task of its own', async () => {
    const { finder } = finderOf(/ponatinib/gu);
    const { win, postTask } = countingWindow('complete', true);
    await warmUpFinder(finder, win);
    expect(postTask).toHaveBeenCalledTimes(3);
  });

  it('resolves at once, without yielding, for a finder it warmed before', async () => {
    const regex = /dasatinib/gu;
    await warmUpFinder(finderOf(regex).finder, countingWindow().win);
    const { win, postTask } = countingWindow();
    const { finder, exec } = finderOf(regex);
    exec.mockClear(); // the same regex: its spy counted the first warm-up
    await warmUpFinder(finder, win);
    expect(postTask).not.toHaveBeenCalled();
    expect(exec).not.toHaveBeenCalled();
  });
});
