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
  private finished = false;

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

  get done(): boolean {
    return this.finished;
  }

  /** Collects until `timeUp()` says the slice is over; returns true when the walk is complete. */
  collect(timeUp: () => boolean): boolean {
    const { walker, finder, found } = this;
    let count = 0;
    let node: Node | null;
    while ((node = walker.nextNode())) {
      const text = (node as Text).data;
      if (text.length > 1 && hasAcceptedMatch(finder, text)) found.push(node as Text);
      // Reading the clock costs more than testing a short text node.
      if ((++count & 255) === 0 && timeUp()) return false;
    }
    this.finished = true;
    return true;
  }
}

/** Whether `text` holds a match that the finder's guards accept. */
export function hasAcceptedMatch(finder: TermFinder, text: string): boolean {
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
