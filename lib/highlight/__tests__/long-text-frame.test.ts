import { termIndex } from 'virtual:term-index';
import { compileMatcher, findMatches } from '../../matcher';
import { makeCorpus } from '../../matcher/__tests__/corpus';
import { watchFirstFrame } from '../first-frame';
import { Highlighter } from '../highlighter';
import { LongText } from '../long-text';

// A file of its own: once this window's first frame is seen, every Highlighter on it takes the
// page for laid out (long-text.test.ts covers the page before its first frame).
describe('Highlighter on a long text node after the first frame', () => {
  it('does not cut it in place when the frame has come but Paint Timing has no entry yet', async () => {
    const matcher = compileMatcher(termIndex());
    const { text } = makeCorpus(termIndex(), 60_000, 7);
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p')!;
    p.textContent = text;
    const node = p.firstChild as Text;
    // Paint Timing adds its entry only once the frame is on screen: a task right after the
    // frame finds none (traced in Chromium: the first screen then cut a 400 kB paragraph in
    // place, and the page laid all of it out again).
    expect(window.performance.getEntriesByType('paint')).toEqual([]);
    watchFirstFrame(window);
    await new Promise((done) => requestAnimationFrame(done));
    const seen: Text[] = [];
    const swapIn = LongText.prototype.swapIn;
    vi.spyOn(LongText.prototype, 'swapIn').mockImplementation(function (this: LongText) {
      seen.push(this.original);
      return swapIn.call(this);
    });
    const h = new Highlighter(document, { finder: matcher });
    await h.start();
    // The whole text was wrapped off the page and swapped in once: nothing was cut before.
    expect(seen).toEqual([node]);
    expect([...p.querySelectorAll('tl-term')].map((el) => el.textContent)).toEqual(
      findMatches(matcher, text).map((m) => m.text),
    );
    await h.stop();
    expect(p.childNodes).toHaveLength(1);
    expect(p.textContent).toBe(text);
  });
});
