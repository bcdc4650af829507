import { LayoutFilter } from '../layout-filter';

function textsIn(html: string): Text[] {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  return texts;
}

describe('LayoutFilter', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('drops text that sits directly in a flex or grid container, keeps the rest in order', () => {
    const nodes = textsIn(
      '<p>a</p><div style="display:flex">b<span>c</span></div>' +
        '<div style="display:inline-grid">d</div><div style="display:block">e</div>',
    );
    const filter = new LayoutFilter(nodes);
    expect(filter.run(() => false)).toBe(true);
    expect(filter.kept.map((t) => t.data)).toEqual(['a', 'c', 'e']);
  });

  it('resumes where it stopped when a slice ends', () => {
    const nodes = textsIn(Array.from({ length: 300 }, (_, i) => `<p>${i}</p>`).join(''));
    const filter = new LayoutFilter(nodes);
    let slices = 1;
    while (!filter.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(filter.kept).toEqual(nodes);
  });
});
