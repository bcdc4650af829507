import { NODE_SIZE, wrapTextNodes, type WrapJob } from '../wrap';
import { standInFinder } from './stand-in-finder';

/** `n` paragraphs of one short text node each, as a wrap job. */
function paragraphs(n: number): WrapJob {
  document.body.innerHTML = Array.from({ length: n }, () => '<p>Take imatinib.</p>').join('');
  const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  return {
    nodes,
    allowed: new Set(nodes),
    finder: standInFinder(),
    keep: () => true,
    onWrapped: () => {},
    pieces: new WeakMap(),
  };
}

describe('wrapTextNodes', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('counts each node it changed in the size, not only its characters', () => {
    const job = paragraphs(3);
    const { next, size } = wrapTextNodes(job, 0, () => false);
    expect(next).toBe(3);
    // Each node's paragraph is laid out again, however short the node.
    expect(size).toBe(3 * ('Take imatinib.'.length + NODE_SIZE));
    expect(document.querySelectorAll('tl-term')).toHaveLength(3);
  });

  it('stops at the node that reaches the size asked for', () => {
    const job = paragraphs(100);
    const { next, size } = wrapTextNodes(job, 0, () => false, 10 * NODE_SIZE);
    // Each node is 114: the ninth reaches 1,000 (one mark.js call takes up to 32 of them).
    expect(next).toBe(9);
    expect(size).toBe(9 * ('Take imatinib.'.length + NODE_SIZE));
    const rest = wrapTextNodes(job, next, () => false);
    expect(rest.next).toBe(100);
  });
});
