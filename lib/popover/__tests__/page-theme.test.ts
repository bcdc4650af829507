import { luminance, pageLooksDark, parseColor } from '../page-theme';

function pageWith(html: string, css = ''): HTMLElement {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('#t')!;
}

describe('pageLooksDark', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
  });

  it('is false on a plain white page', () => {
    expect(pageLooksDark(pageWith('<p><b id="t">x</b></p>'))).toBe(false);
  });

  it('is true when the nearest opaque background is dark', () => {
    expect(
      pageLooksDark(pageWith('<p><b id="t">x</b></p>', 'body { background: rgb(17, 17, 17); }')),
    ).toBe(true);
  });

  it("reads the page around the term, not the term's own opaque tint", () => {
    const t = pageWith(
      '<p><b id="t">x</b></p>',
      'body { background: rgb(48, 48, 48); } #t { background: rgb(250, 240, 200); color: #000; }',
    );
    expect(pageLooksDark(t)).toBe(true);
  });

  it('reads the nearest background, not the body: a light box on a dark page is light', () => {
    const t = pageWith(
      '<div class="box"><b id="t">x</b></div>',
      'body { background: rgb(17, 17, 17); } .box { background: rgb(250, 250, 240); }',
    );
    expect(pageLooksDark(t)).toBe(false);
  });

  it('skips see-through backgrounds', () => {
    const t = pageWith(
      '<div class="tint"><b id="t">x</b></div>',
      'body { background: rgb(16, 16, 16); } .tint { background: rgba(255, 255, 255, 0.1); }',
    );
    expect(pageLooksDark(t)).toBe(true);
  });

  it('takes light text with no background anywhere as a dark page', () => {
    expect(
      pageLooksDark(pageWith('<p style="color: rgb(238, 238, 238)"><b id="t">x</b></p>')),
    ).toBe(true);
  });
});

describe('colour helpers', () => {
  it('parses computed colours', () => {
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColor('transparent')).toBeNull();
  });

  it('gives WCAG luminance', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
  });
});
