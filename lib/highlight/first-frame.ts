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
