import Mark from 'mark.js';
import { createSnapshotIterator, withSnapshotIterators } from '../snapshot-iterator';

function fragment(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

/** mark.js's own walk (DOMIterator.getIteratorNode): back one, then forward once or twice. */
function markJsWalk(iterator: NodeIterator): Node[] {
  const seen: Node[] = [];
  for (;;) {
    const prev = iterator.previousNode();
    const node = prev === null ? iterator.nextNode() : iterator.nextNode() && iterator.nextNode();
    if (!node) return seen;
    seen.push(node);
  }
}

function forward(iterator: NodeIterator): Node[] {
  const seen: Node[] = [];
  for (let n = iterator.nextNode(); n; n = iterator.nextNode()) seen.push(n);
  return seen;
}

const HTML = '<p>one <b>two</b> three</p><!--c--><ul><li>four</li><li><i>five</i></li></ul>';
const noItalics: NodeFilter = (node) =>
  node.parentNode?.nodeName === 'I' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;

describe('createSnapshotIterator', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['text nodes', NodeFilter.SHOW_TEXT, null],
    ['elements', NodeFilter.SHOW_ELEMENT, null],
    ['everything', NodeFilter.SHOW_ALL, null],
    ['comments', NodeFilter.SHOW_COMMENT, null],
    ['filtered text nodes', NodeFilter.SHOW_TEXT, noItalics],
    ['text nodes, object filter', NodeFilter.SHOW_TEXT, { acceptNode: noItalics }],
  ] as const)('visits the same %s as a NodeIterator', (_name, show, filter) => {
    const root = fragment(HTML);
    const expected = forward(document.createNodeIterator(root, show, filter));
    expect(expected.length).toBeGreaterThan(0);
    expect(forward(createSnapshotIterator(root, show, filter))).toEqual(expected);
    expect(markJsWalk(createSnapshotIterator(root, show, filter))).toEqual(expected);
  });

  it('includes the root itself, as a NodeIterator does (a text node as the context)', () => {
    const text = fragment('imatinib').firstChild!;
    expect(forward(createSnapshotIterator(text, NodeFilter.SHOW_TEXT))).toEqual([text]);
    expect(forward(document.createNodeIterator(text, NodeFilter.SHOW_TEXT))).toEqual([text]);
  });

  it('moves back and forth between the nodes like NodeIterator', () => {
    const root = fragment(HTML);
    const it = createSnapshotIterator(root, NodeFilter.SHOW_TEXT);
    expect(it.previousNode()).toBeNull();
    const one = it.nextNode();
    expect(one?.textContent).toBe('one ');
    expect(it.nextNode()?.textContent).toBe('two');
    expect(it.previousNode()?.textContent).toBe('two');
    expect(it.previousNode()).toBe(one);
    expect(it.previousNode()).toBeNull();
  });

  it('is not moved by later changes to the tree (it is not live)', () => {
    const root = fragment('<p>a</p><p>b</p>');
    const it = createSnapshotIterator(root, NodeFilter.SHOW_TEXT);
    root.append('c');
    root.firstChild!.remove();
    expect(forward(it).map((n) => n.textContent)).toEqual(['a', 'b']);
  });
});

describe('withSnapshotIterators', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('serves snapshot iterators during the call only, then restores the document', () => {
    const root = fragment('<p>a</p>');
    const inside = withSnapshotIterators(document, () =>
      document.createNodeIterator(root, NodeFilter.SHOW_TEXT),
    );
    expect(inside.constructor.name).toBe('SnapshotIterator');
    expect(Object.hasOwn(document, 'createNodeIterator')).toBe(false);
    expect(document.createNodeIterator(root)).toBeInstanceOf(NodeIterator);
  });

  it('restores the document when the work throws', () => {
    expect(() =>
      withSnapshotIterators(document, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Object.hasOwn(document, 'createNodeIterator')).toBe(false);
  });

  it('lets mark.js wrap exactly what it wraps with live iterators', () => {
    const html = '<p>imatinib and <b>dasatinib</b>; <i>imatinib</i> again, imatinib.</p>';
    const mark = (root: HTMLElement) =>
      new Mark(root).markRegExp(/imatinib|dasatinib/g, { element: 'tl-term' });
    const live = fragment(html);
    mark(live);
    const snap = fragment(html);
    withSnapshotIterators(document, () => mark(snap));
    expect(snap.querySelectorAll('tl-term')).toHaveLength(4);
    expect(snap.innerHTML).toBe(live.innerHTML);
  });
});
