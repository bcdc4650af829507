import { isSkippedElement } from './skip-rules';
import type { TermFinder } from './types';

/** Any node that can root a scan: a document, an element, an open shadow root. */
export type ScanRoot = Document | Element | DocumentFragment;

/**
 * Text searched between two reads of the clock at most, in a read-only slice (here and in
 * term-scan.ts). The regex's time goes with the text's length: 64 long paragraphs between two
 * reads ran slices of 20 ms to 32-34 ms on a CPU slowed 4x.
 */
export const CHECK_CHARS = 4_000;

/**
 * Walks a subtree in resumable slices and collects the text nodes that hold at least one accepted
 * term, plus the open shadow roots it passes (they need scans of their own). It reads no style or
 * layout, so it can run while the page's first style and layout are still pending.
 */
export class TextNodeCollector {
  readonly found: Text[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly walker: TreeWalker;
  /** The next node to look at; null when the walk is over. */
  private node: Node | null;

  constructor(
    private readonly root: ScanRoot,
    private readonly finder: TermFinder,
    /** Text nodes already dealt with (the first screen's, and what wrapping them left). */
    private readonly done?: ReadonlySet<Node>,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No filter callback: a call from the DOM into script for each of tens of thousands of nodes
    // made the walk 2-3 times slower than skipping subtrees here, in the loop.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.node = this.walker.nextNode();
  }

  /** Collects until `timeUp()` says the slice is over; returns true when the walk is complete. */
  collect(timeUp: () => boolean): boolean {
    const { walker, finder, found } = this;
    let node = this.node;
    if (node && !this.root.contains(node)) node = this.restart();
    let count = 0;
    let chars = 0;
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node as Text).data;
        chars += text.length;
        if (
          text.length > 1 &&
          !this.already?.has(node) &&
          !this.done?.has(node) &&
          hasAcceptedMatch(finder, text)
        ) {
          found.push(node as Text);
        }
        node = walker.nextNode();
      } else if (isSkippedElement(node as Element)) {
        node = afterSubtree(walker);
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.shadowRoots.push(shadow);
        node = walker.nextNode();
      }
      // Reading the clock costs more than testing a short text node; 256 nodes ran 20-40 ms over
      // the slice on a CPU slowed 4x. Long text is read sooner (CHECK_CHARS).
      if ((++count & 63) === 0 || chars >= CHECK_CHARS) {
        chars = 0;
        if (timeUp()) break;
      }
    }
    this.node = node;
    return !node;
  }

  /** Set on a restart: what was found before it, so nothing is listed twice. */
  private already: Set<Node> | undefined;

  /**
   * The page removed the node the walk was to go on from (a framework re-rendering between two
   * slices): from a detached node the walker would end at once and miss the rest of the page, so
   * the walk starts over. New and replaced nodes are rescanned anyway (the MutationObserver).
   */
  private restart(): Node | null {
    this.already = new Set(this.found);
    this.walker.currentNode = this.root;
    return this.walker.nextNode();
  }
}

/**
 * Moves `walker` past its current node's subtree (climbing while there is no next sibling) and
 * returns the node there, or null at the end of the walk.
 */
export function afterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
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
