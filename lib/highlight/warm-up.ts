import { hasRendered } from './first-frame';
import { yieldToMain } from './slices';

/** Regexes already used once on both kinds of text. */
const warm = new WeakSet<RegExp>();

/**
 * V8 compiles a regex to machine code at once for a text of this many characters or more
 * (JSRegExp::kTierUpForSubjectLengthValue). On shorter text it first makes bytecode and compiles
 * machine code on the next use: warmed on "imatinib", the first screen's own scan paid that
 * second compile, 20-31 ms (Chromium 150, 1x CPU; 100 ms and more at 4x).
 */
const TIER_UP_CHARS = 1000;
const PADDING = ' '.repeat(TIER_UP_CHARS);
/** One-byte (Latin-1) text, then two-byte: V8 compiles for each kind separately. */
const SAMPLES = [
  'imatinib' + PADDING,
  'imatinib \u2014 \u0438\u043c\u0430\u0442\u0438\u043d\u0438\u0431' + PADDING,
];

/**
 * V8 compiles a regular expression on first use, separately for one-byte (Latin-1) and two-byte
 * text; for the combined pattern each takes 25-130 ms (more on a busy machine). While the page is
 * parsed, running it once on each kind, in tasks of their own, keeps that out of the first scan.
 * Between DOMContentLoaded and the page's first frame the first screen waits for us: a yield then
 * would go to the back of the queue, behind the page's first layout and paint (100-200 ms on the
 * 300 kB bench page, traced), so the rest runs at once. On a page already shown (Termlight turned
 * on in an open tab) nothing races: each compile keeps a task of its own. A regex warmed before
 * resolves at once: the content script warms the built-in one while its settings load, and the
 * Highlighter asks again.
 */
export async function warmUpRegex(
  regex: RegExp,
  win: Window & typeof globalThis = window,
): Promise<void> {
  if (warm.has(regex)) return;
  for (const sample of SAMPLES) {
    regex.lastIndex = 0;
    regex.exec(sample);
    const firstFrameWaits = win.document.readyState !== 'loading' && !hasRendered(win);
    if (!firstFrameWaits) await yieldToMain(win);
  }
  regex.lastIndex = 0;
  warm.add(regex);
}
