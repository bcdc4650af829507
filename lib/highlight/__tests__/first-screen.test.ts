import { collectFirstScreen } from '../first-screen';
import { standInFinder } from './stand-in-finder';

const never = () => false;

/** Gives every element a box: `top` from its data-top attribute (0 without one), 20 px high. */
function layOut(): void {
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const top = Number(el.dataset.top ?? 0);
    el.getBoundingClientRect = () =>
      ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20 }) as DOMRect;
  }
}

describe('collectFirstScreen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.scrollTo(0, 0);
  });

  it('without reading layout: the text with terms at the top of the page, up to a length', () => {
    document.body.innerHTML =
      '<p>one imatinib</p><a href="#">TKI link</a><p>plain words here</p><p>two TKI</p>' +
      '<p>three Gleevec</p>';
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const texts = (maxChars: number) =>
      collectFirstScreen(document, standInFinder(), never, { maxChars }).map((t) => t.data);
    expect(texts(1000)).toEqual(['one imatinib', 'two TKI', 'three Gleevec']);
    // It stops once the text it has seen is longer than maxChars (here after "two TKI").
    expect(texts(30)).toEqual(['one imatinib', 'two TKI']);
    expect(rect).not.toHaveBeenCalled();
    rect.mockRestore();
  });

  it('by the boxes: stops at the first text below the screen', () => {
    const below = window.innerHeight + 10;
    document.body.innerHTML =
      '<p data-top="0">one imatinib</p><p data-top="300">two TKI</p>' +
      `<p data-top="${below}">three Gleevec</p><p data-top="0">placed up by CSS: imatinib</p>`;
    layOut();
    const found = collectFirstScreen(document, standInFinder(), never).map((t) => t.data);
    // The last one is on screen, but after the walk stopped: the full pass does it.
    expect(found).toEqual(['one imatinib', 'two TKI']);
  });

  it('leaves out the nodes already done', () => {
    document.body.innerHTML = '<p>one imatinib</p><p>two TKI</p>';
    layOut();
    const done = new Set<Node>([document.querySelector('p')!.firstChild!]);
    expect(
      collectFirstScreen(document, standInFinder(), never, { done }).map((t) => t.data),
    ).toEqual(['two TKI']);
  });

  it('stops when its time is up', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>p${i} imatinib</p>`).join(
      '',
    );
    layOut();
    expect(collectFirstScreen(document, standInFinder(), () => true)).toHaveLength(1);
  });
});
