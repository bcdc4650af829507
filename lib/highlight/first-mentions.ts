/**
 * Which terms have had their first mention on the page: wrapped, or found and claimed to be
 * wrapped at once (a term's first mention is its keyboard stop, so it is never left to the
 * reader's pace).
 */
export class FirstMentions {
  private readonly seen = new Set<string>();
  private readonly claimed = new Set<string>();

  /**
   * Claims the first mention of each of `ids` that has none wrapped or claimed yet; true when a
   * text node with these terms holds one (it is to be wrapped at once).
   */
  claim(ids: readonly string[]): boolean {
    let first = false;
    for (const id of ids) {
      if (this.seen.has(id) || this.claimed.has(id)) continue;
      this.claimed.add(id);
      first = true;
    }
    return first;
  }

  /** Records a highlight of `id`; true when it is the first of its term on the page. */
  wrapped(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    return true;
  }

  /** Whether a highlight of `id` has been made. */
  isWrapped(id: string): boolean {
    return this.seen.has(id);
  }

  clear(): void {
    this.seen.clear();
    this.claimed.clear();
  }
}
