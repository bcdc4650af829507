import { CHECK_CHARS } from './collect';
import type { TermFinder } from './types';

/**
 * The terms in a list of text nodes, found without wrapping anything: what the popup's "on this
 * page" list counts while most of the page is not wrapped yet (see reader-pace.ts). Resumable in
 * slices, also inside one long text node (one pass over 400 kB is 30-60 ms).
 */
export class TermScan {
  /** Each text node's accepted ids, in text order (nodes without any are left out). */
  readonly ids = new Map<Text, string[]>();
  private next = 0;
  /** Where the search goes on in nodes[next]. */
  private from = 0;
  private current: string[] = [];

  constructor(
    private readonly nodes: readonly Text[],
    private readonly finder: TermFinder,
    private readonly keep: (id: string) => boolean = () => true,
  ) {}

  /** Scans until `timeUp()` says the slice is over; returns true when every node is done. */
  run(timeUp: () => boolean): boolean {
    const { nodes, finder, keep } = this;
    const { regex } = finder;
    let chars = 0;
    try {
      while (this.next < nodes.length) {
        const node = nodes[this.next]!;
        const text = node.data;
        chars += text.length - this.from;
        regex.lastIndex = this.from;
        let count = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          if (m[0] === '') {
            regex.lastIndex++;
            continue;
          }
          const id = finder.accept(text, m.index, m.index + m[0].length);
          if (id !== null && keep(id)) this.current.push(id);
          if ((++count & 63) === 0 && timeUp()) {
            this.from = regex.lastIndex;
            return false;
          }
        }
        if (this.current.length) this.ids.set(node, this.current);
        this.current = [];
        this.from = 0;
        if ((++this.next & 31) === 0 || chars >= CHECK_CHARS) {
          chars = 0;
          if (timeUp()) return this.next >= nodes.length;
        }
      }
      return true;
    } finally {
      regex.lastIndex = 0; // the regex is shared (mark.js runs it too)
    }
  }
}
