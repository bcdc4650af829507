/** Windows whose first frame after parsing is watched for: whether it has come. */
const firstFrames = new WeakMap<Window, { seen: boolean }>();

/**
 * Starts watching for the page's first frame after it is parsed (call it at document_start, see
 * hasRendered). Paint Timing alone says it too late: its entry is added when the frame is shown
 * on screen, and a task of ours right after that frame (settings read late) took the page for
 * not laid out yet and cut a 400 kB paragraph in place, which laid all of it out again (64-117
 * ms at 1x, traced).
 */
export function watchFirstFrame(win: Window): void {
  if (firstFrames.has(win)) return;
  const watch = { seen: false };
  firstFrames.set(win, watch);
  // The frame after parsing lays the page out; a task of ours after its callback finds it done.
  // (A frame while the page is parsed may show nothing yet; one that showed text has a paint entry.)
  const afterParsing = () => win.requestAnimationFrame(() => (watch.seen = true));
  if (win.document.readyState !== 'loading') afterParsing();
  else win.document.addEventListener('DOMContentLoaded', afterParsing, { once: true });
}

/**
 * Whether the page has had a frame with content (its text is laid out). A page that is parsed
 * before its first frame, as most are, is not yet: its first layout comes after our first task.
 */
export function hasRendered(win: Window): boolean {
  if (firstFrames.get(win)?.seen) return true;
  try {
    return win.performance.getEntriesByType('paint').length > 0;
  } catch {
    return true; // no paint timing: assume the worst, a cut would cost a layout
  }
}

/** Resolves once `doc` is parsed: at once if it is, else in its DOMContentLoaded listener. */
export function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) =>
    doc.addEventListener('DOMContentLoaded', () => done(), { once: true }),
  );
}
