/**
 * mark.js walks each of its contexts with `document.createNodeIterator`. A NodeIterator is live:
 * the document keeps every one ever made (until garbage collection) and updates each of them on
 * every node removal, and mark.js removes a node for each highlight. Across the few hundred
 * contexts of a 2 MB page that is millions of updates: measured in Chromium, it made wrapping
 * 10,000 terms take 490-590 ms instead of about 200 ms.
 *
 * mark.js reads every node of a context before it changes anything, so it needs no live iterator:
 * a snapshot of the nodes, taken up front, gives it the same nodes in the same order.
 */

const FILTER_ACCEPT = 1;

/**
 * A NodeIterator over a fixed list of nodes, with the two moves mark.js makes. Not registered
 * with the document, so never updated.
 */
class SnapshotIterator {
  /** The gap before `nodes[position]`: NodeIterator's pointer, between the accepted nodes. */
  private position = 0;

  constructor(private readonly nodes: readonly Node[]) {}

  nextNode(): Node | null {
    return this.position < this.nodes.length ? this.nodes[this.position++]! : null;
  }

  previousNode(): Node | null {
    return this.position > 0 ? this.nodes[--this.position]! : null;
  }

  detach(): void {}
}

/**
 * What `document.createNodeIterator(root, whatToShow, filter)` returns, minus the liveness: the
 * nodes it would visit are listed at once (in tree order, `root` included, the filter asked once
 * per node), and later changes to the tree do not move it.
 */
export function createSnapshotIterator(
  root: Node,
  whatToShow: number = 0xffffffff,
  filter: NodeFilter | null = null,
): NodeIterator {
  const accept =
    typeof filter === 'function' ? filter : filter ? (node: Node) => filter.acceptNode(node) : null;
  const nodes: Node[] = [];
  const consider = (node: Node) => {
    if (accept && accept(node) !== FILTER_ACCEPT) return;
    nodes.push(node);
  };
  if (whatToShow & (1 << (root.nodeType - 1))) consider(root);
  if (root.firstChild) {
    // A TreeWalker is not live either; its whatToShow skips other nodes but still enters them.
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, whatToShow);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) consider(node);
  }
  return new SnapshotIterator(nodes) as unknown as NodeIterator;
}

/**
 * Runs `work` with `doc.createNodeIterator` answering with snapshot iterators, then puts it back.
 * The override is an own property of the script's own `document` object: in an extension's
 * content script the page sees none of it (its world has its own wrappers), and it lasts one
 * synchronous call, so nothing else can meet it.
 */
export function withSnapshotIterators<T>(doc: Document, work: () => T): T {
  const own = Object.getOwnPropertyDescriptor(doc, 'createNodeIterator');
  Object.defineProperty(doc, 'createNodeIterator', {
    value: createSnapshotIterator,
    configurable: true,
    writable: true,
  });
  try {
    return work();
  } finally {
    if (own) Object.defineProperty(doc, 'createNodeIterator', own);
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}
