/**
 * Wrapping part of a text node that sits directly in a flex or grid container would split one
 * anonymous item into three and move things around, so such text is left alone.
 *
 * This reads computed style: run it after the browser has rendered the page (see
 * `afterNextFrame`), so the style is up to date and reading it costs no recalculation in our task.
 */
export class LayoutFilter {
  /** The nodes that can be wrapped without moving anything, in their original order. */
  readonly kept: Text[] = [];
  private next = 0;
  private readonly safe = new Map<Element, boolean>();

  constructor(private readonly nodes: readonly Text[]) {}

  /** Filters until `timeUp()` says the slice is over; returns true when every node is checked. */
  run(timeUp: () => boolean): boolean {
    const { nodes, kept } = this;
    while (this.next < nodes.length) {
      const node = nodes[this.next++]!;
      if (this.keepsLayout(node)) kept.push(node);
      if ((this.next & 63) === 0 && timeUp()) return this.next >= nodes.length;
    }
    return true;
  }

  private keepsLayout(node: Text): boolean {
    const parent = node.parentElement;
    if (!parent) return true;
    let safe = this.safe.get(parent);
    if (safe === undefined) {
      const display = parent.ownerDocument.defaultView?.getComputedStyle(parent).display ?? '';
      safe = !/(?:^|-)(?:flex|grid|box)$/.test(display);
      this.safe.set(parent, safe);
    }
    return safe;
  }
}
