import { NODE_SIZE, wrapTextNodes, type WrapJob } from '../wrap';
import { wrapJobOf } from './wrap-job';

/** `n` paragraphs of one short text node each, as a wrap job. */
function paragraphs(n: number): WrapJob {
  document.body.innerHTML = Array.from({ length: n }, () => '<p>Take imatinib.</p>').join('');
  return wrapJobOf([...document.querySelectorAll('p')].map((p) => p.firstChild as Text));
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
    // Each node is 114: the ninth reaches 1,000.
    expect(next).toBe(9);
    expect(size).toBe(9 * ('Take imatinib.'.length + NODE_SIZE));
    const rest = wrapTextNodes(job, next, () => false);
    expect(rest.next).toBe(100);
  });

  it('starts a slice with a small mark.js call, so a slice with little time stops early', () => {
    // The time is checked between calls: a first call of 32 nodes ran 14-18 ms at 4x CPU.
    const job = paragraphs(100);
    const first = wrapTextNodes(job, 0, () => true);
    expect(first.next).toBe(4);
    // With time, the calls grow to 32 nodes: 4 + 8 + 16 + 32 + 32 + 8.
    let calls = 0;
    const second = wrapTextNodes(job, first.next, () => (calls++, false));
    expect(second.next).toBe(100);
    expect(calls).toBe(6);
  });
});
