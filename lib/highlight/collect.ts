import { isSkippedElement } from './skip-rules';
import type { TermFinder } from './types';

/** Any node that can root a scan: a document, an element, an open shadow root. */
export type ScanRoot = Document | Element | DocumentFragment;

/**
 * Walks a subtree in resumable slices and collects the text nodes that hold at least one accepted
 * term, plus the open shadow roots it passes (they need scans of their own).
 */
export class TextNodeCollector {
  readonly found: Text[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly walker: TreeWalker;

  constructor(
    root: ScanRoot,
    private readonly finder: TermFinder,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    const shadowRoots = this.shadowRoots;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (isSkippedElement(el)) return NodeFilter.FILTER_REJECT;
        if (el.shadowRoot) shadowRoots.push(el.shadowRoot);
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  private readonly layoutSafe = new WeakMap<Element, boolean>();

  /**
   * Wrapping part of a text node that sits directly in a flex or grid container would split one
   * anonymous item into three and move things around, so such text is left alone. Style is read
   * here, while collecting, because nothing has been written yet and it costs no extra recalc.
   */
  private keepsLayout(node: Text): boolean {
    const parent = node.parentElement;
    if (!parent) return true;
    let safe = this.layoutSafe.get(parent);
    if (safe === undefined) {
      const display = parent.ownerDocument.defaultView?.getComputedStyle(parent).display ?? '';
      safe = !/(?:^|-)(?:flex|grid|box)$/.test(display);
      this.layoutSafe.set(parent, safe);
    }
    return safe;
  }

  /** Collects until `timeUp()` says the slice is over; returns true when the walk is complete. */
  collect(timeUp: () => boolean): boolean {
    const { walker, finder, found } = this;
    let count = 0;
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const text = (node as Text).data;
      if (text.length > 1 && hasAcceptedMatch(finder, text) && this.keepsLayout(node as Text)) {
        found.push(node as Text);
      }
      // Reading the clock costs more than testing a short text node.
      if ((++count & 255) === 0 && timeUp()) return false;
    }
    return true;
  }
}

/** Whether `text` holds a match that the finder's guards accept. */
function hasAcceptedMatch(finder: TermFinder, text: string): boolean {
  const { regex } = finder;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text))) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    if (finder.accept(text, m.index, m.index + m[0].length) !== null) {
      regex.lastIndex = 0;
      return true;
    }
  }
  return false;
}
