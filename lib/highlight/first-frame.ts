/**
 * Whether the page has had a frame with content (its text is laid out). A page that is parsed
 * before its first frame, as most are, is not yet: its first layout comes after our first task.
 */
export function hasRendered(win: Window): boolean {
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
