import Mark from 'mark.js';
import { wrapMatches } from '../wrap-matches';

const TAG = 'tl-term';

function fragment(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

type Accept = (node: Text, match: string) => boolean;

interface Call {
  node: string;
  match: string;
  end: number;
}

/**
 * Wraps `html` twice, with mark.js's markRegExp driven as lib/highlight/wrap.ts drove it (each
 * text node a context of its own) and with wrapMatches, the same `accept` for both; returns both
 * pages, the calls each made to `accept` and the elements each handed back.
 */
function both(
  html: string,
  regex: RegExp,
  /** A fresh `accept` for each run. */
  makeAccept: () => (node: Text, match: string) => boolean = () => () => true,
  pick: (nodes: Text[]) => Text[] = (nodes) => nodes,
) {
  const run = (wrap: (nodes: Text[], record: Accept, elements: Element[]) => void) => {
    const root = fragment(html);
    const calls: Call[] = [];
    const elements: Element[] = [];
    const accept = makeAccept();
    const record: Accept = (node, match) => {
      calls.push({ node: node.data, match, end: regex.lastIndex });
      return accept(node, match);
    };
    regex.lastIndex = 0;
    wrap(pick(textNodes(root)), record, elements);
    return { html: root.innerHTML, calls, wrapped: elements.map((e) => e.outerHTML) };
  };
  const markJs = run((nodes, record, elements) =>
    new Mark(nodes as unknown as HTMLElement[]).markRegExp(regex, {
      element: TAG,
      exclude: [],
      filter: record,
      each: (element: Element) => {
        element.removeAttribute('data-markjs');
        elements.push(element);
      },
    }),
  );
  const ours = run((nodes, record, elements) =>
    wrapMatches(nodes, regex, {
      tag: TAG,
      accept: record,
      wrapped: (element) => elements.push(element),
    }),
  );
  return { markJs, ours };
}

describe('wrapMatches', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps each match in an element of the tag, and hands each back in order', () => {
    const root = fragment('<p>imatinib and <b>dasatinib</b>; imatinib.</p>');
    const wrapped: string[] = [];
    wrapMatches(textNodes(root), /imatinib|dasatinib/g, {
      tag: TAG,
      accept: () => true,
      wrapped: (element) => wrapped.push(element.textContent!),
    });
    expect(root.innerHTML).toBe(
      `<p><${TAG}>imatinib</${TAG}> and <b><${TAG}>dasatinib</${TAG}></b>; <${TAG}>imatinib</${TAG}>.</p>`,
    );
    expect(wrapped).toEqual(['imatinib', 'dasatinib', 'imatinib']);
    expect(root.textContent).toBe('imatinib and dasatinib; imatinib.');
  });

  it.each<[string, string, RegExp]>([
    [
      'matches across nodes',
      '<p>imatinib and <b>dasatinib</b>; <i>imatinib</i> again, imatinib.</p>',
      /imatinib|dasatinib/g,
    ],
    ['back-to-back matches', '<p>TKITKI TKI</p>', /TKI/g],
    ['a match at either end', '<p>ALL</p><p>ALL in adults, adult ALL</p>', /ALL/g],
    ['no match', '<p>nothing here</p>', /imatinib/g],
    ['astral characters (flag u)', '<p>💊imatinib and 💊 BCR‑ABL</p>', /imatinib|BCR‑ABL/gu],
    [
      'text in a style or title',
      '<style>.imatinib{}</style><title>imatinib</title><p>imatinib</p>',
      /imatinib/g,
    ],
  ])('wraps what mark.js wrapped: %s', (_name, html, regex) => {
    const { markJs, ours } = both(html, regex);
    expect(ours).toEqual(markJs);
  });

  it('goes on after a refused match as mark.js did, from the end of that match', () => {
    const everyOther = () => {
      let n = 0;
      return () => n++ % 2 === 1;
    };
    const { markJs, ours } = both('<p>TKI TKI TKI TKI</p><p>TKI TKI</p>', /TKI/g, everyOther);
    expect(ours).toEqual(markJs);
    expect(ours.calls.length).toBeGreaterThan(4);
    expect(ours.wrapped.length).toBeGreaterThan(0);
  });

  it('wraps a node listed twice once, as mark.js did', () => {
    const { markJs, ours } = both('<p>imatinib, imatinib</p>', /imatinib/g, undefined, (nodes) => [
      nodes[0]!,
      nodes[0]!,
    ]);
    expect(ours).toEqual(markJs);
    expect(ours.wrapped).toHaveLength(2);
  });

  it('wraps text in a detached fragment (pieces of a long text node)', () => {
    const holder = document.createDocumentFragment();
    holder.append('imatinib and ', 'dasatinib');
    const nodes = [...holder.childNodes] as Text[];
    wrapMatches(nodes, /imatinib|dasatinib/g, { tag: TAG, accept: () => true, wrapped() {} });
    expect(holder.querySelectorAll(TAG)).toHaveLength(2);
  });

  it('never creates a live NodeIterator (the document updates each on every removal)', () => {
    const live = vi.spyOn(document, 'createNodeIterator');
    try {
      const root = fragment('<p>imatinib</p>');
      wrapMatches(textNodes(root), /imatinib/g, { tag: TAG, accept: () => true, wrapped() {} });
      expect(root.querySelectorAll(TAG)).toHaveLength(1);
      expect(live).not.toHaveBeenCalled();
    } finally {
      live.mockRestore();
    }
  });
});
