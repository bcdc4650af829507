import { yieldToMain } from './slices';

/**
 * V8 compiles a regular expression on first use, separately for one-byte (Latin-1) and two-byte
 * text; for the combined pattern each takes 10-30 ms. Running it once on each kind, in tasks of
 * their own, keeps that out of the first scan. A second call costs next to nothing.
 */
export async function warmUpRegex(
  regex: RegExp,
  win: Window & typeof globalThis = window,
): Promise<void> {
  for (const sample of [
    'imatinib',
    'imatinib \u2014 \u0438\u043c\u0430\u0442\u0438\u043d\u0438\u0431',
  ]) {
    regex.lastIndex = 0;
    regex.exec(sample);
    await yieldToMain(win);
  }
  regex.lastIndex = 0;
}
