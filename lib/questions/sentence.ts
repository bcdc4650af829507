/** The blocks a sentence lives in; a term outside them takes its parent element's text. */
const BLOCK = 'p,li,td,th,dd,dt,blockquote,figcaption,caption,h1,h2,h3,h4,h5,h6,summary,label';
const MAX = 300;

/**
 * The sentence around a term element on its page, in one line: from the end of the previous
 * sentence (. ! ? or the block's start) to the end of this one, cut to about 300 characters
 * around the term on long run-on text.
 */
export function sentenceAround(term: Element): string {
  const block = term.closest(BLOCK) ?? term.parentElement ?? term;
  const doc = term.ownerDocument;
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEndBefore(term);
  const start = before.toString().length;
  const text = block.textContent ?? '';
  const end = start + (term.textContent ?? '').length;
  const head = text.slice(0, start);
  const sentenceStart = Math.max(
    start - MAX / 2,
    ...[...head.matchAll(/[.!?]["”’)]?\s+/g)].map((m) => m.index + m[0].length),
    0,
  );
  const tail = text.slice(end);
  const stop = /[.!?]["”’)]?(?=\s|$)/.exec(tail);
  const sentenceEnd = Math.min(
    stop ? end + stop.index + stop[0].length : text.length,
    end + MAX / 2,
  );
  return text.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim();
}
