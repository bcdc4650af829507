import { hasRendered, parsed } from './first-frame';
import { yieldToMain } from './slices';
import type { TermFinder } from './types';

/** The regexes of finders already warmed. */
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
  'imatinib \u2014' + PADDING, // the dash is two-byte
];
/**
 * Matches for the guards (accept): their own small regexes compile on first use too, on short
 * text as bytecode and again as machine code. Run three times, the first screen's scan then
 * finds them compiled: unwarmed, one of them took 24 ms of its 53 at 4x.
 */
const GUARD_SAMPLE = 'Targeted therapy (TKI): imatinib, remission in ALL; remisión en LLA.';
const GUARD_RUNS = 3;

/**
 * V8 compiles a regular expression on first use, separately for one-byte (Latin-1) and two-byte
 * text; for the combined pattern each takes 25-130 ms (more on a busy machine). While the page is
 * parsed, running the finder on each kind, and its guards on a few matches, in tasks of their
 * own, keeps that out of the first scan. Between DOMContentLoaded and the page's first frame the
 * first screen waits for us: a yield then would go to the back of the queue, behind the page's
 * first layout and paint (100-200 ms on the 300 kB bench page, traced), so the rest runs at once.
 * That holds only when the first screen can follow at once: `firstScreenNext()` is false while
 * the content script's settings are still being read. Their answer then comes after the page's
 * first frame (traced at 1x: 155-204 ms after DOMContentLoaded when the script started 30-40 ms
 * before it), and steps run at DOMContentLoaded would only make that frame later; they keep a
 * task each. On a page already shown (Termlight turned on in an open tab) nothing races: each
 * step keeps a task of its own. A finder warmed before resolves at once: the content script
 * warms the built-in one while its settings load, and the Highlighter asks again.
 */
export async function warmUpFinder(
  finder: TermFinder,
  win: Window & typeof globalThis = window,
  firstScreenNext: () => boolean = () => true,
): Promise<void> {
  const { regex } = finder;
  if (warm.has(regex)) return;
  const steps = [
    ...SAMPLES.map((sample) => () => void regex.exec(sample)),
    () => {
      for (let run = 0; run < GUARD_RUNS; run++) acceptAll(finder, GUARD_SAMPLE);
    },
  ];
  try {
    for (const step of steps) {
      // Each in a task of its own, apart from the caller's (the content script compiles the
      // matcher just before: 55-72 ms at 1x CPU, and a compile of 75 more made one long task).
      const firstFrameWaits =
        firstScreenNext() && win.document.readyState !== 'loading' && !hasRendered(win);
      if (!firstFrameWaits) await yieldUnlessParsed(win, firstScreenNext);
      regex.lastIndex = 0;
      step();
    }
  } finally {
    regex.lastIndex = 0;
  }
  warm.add(regex);
}

/**
 * A task of its own, or DOMContentLoaded if that comes first and the first screen can follow. A
 * yield posted while the page is parsed came back only after the page's first layout and paint
 * (the warm-up ended 83-237 ms after DOMContentLoaded, after the first paint, on the bench's
 * pages at 1x), and the first screen waited behind it; at DOMContentLoaded the rest runs at once
 * instead (see above).
 */
function yieldUnlessParsed(
  win: Window & typeof globalThis,
  firstScreenNext: () => boolean,
): Promise<void> {
  if (win.document.readyState !== 'loading') return yieldToMain(win);
  const atParsed = parsed(win.document).then(() =>
    firstScreenNext() ? undefined : yieldToMain(win),
  );
  return Promise.race([yieldToMain(win), atParsed]);
}

/** Runs the finder's guards on every match in `text`. */
function acceptAll(finder: TermFinder, text: string): void {
  const { regex } = finder;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === '') regex.lastIndex++;
    else finder.accept(text, m.index, m.index + m[0].length);
  }
}
