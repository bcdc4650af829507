import { afterEach, describe, expect, it } from 'vitest';
import { PageColourReader } from '../page-colours';

function pageWith(html: string, css = ''): HTMLElement {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('#t')!;
}

describe('PageColourReader', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('reads the nearest background and the text colour', () => {
    const t = pageWith(
      '<div class="box"><p id="t">x</p></div>',
      'body { background: rgb(48, 48, 48); } .box { color: rgb(255, 255, 255); }',
    );
    expect(new PageColourReader(window).coloursAt(t)).toEqual({
      background: [48, 48, 48],
      text: [255, 255, 255],
    });
  });

  it('composites a translucent background over the one below it', () => {
    const t = pageWith(
      '<div class="box"><p id="t">x</p></div>',
      'body { background: rgb(0, 0, 0); } .box { background: rgba(255, 255, 255, 0.5); }',
    );
    expect(new PageColourReader(window).coloursAt(t).background).toEqual([128, 128, 128]);
  });

  it('takes light text on a bare canvas for a dark page', () => {
    const t = pageWith('<p id="t">x</p>', 'p { color: rgb(240, 240, 240); }');
    expect(new PageColourReader(window).coloursAt(t).background).toEqual([18, 18, 18]);
  });

  it('reads through a shadow root to its host’s background', () => {
    const host = pageWith('<div id="t"></div>', '#t { background: rgb(13, 17, 23); }');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>x</p>';
    const inner = root.querySelector('p')!;
    expect(new PageColourReader(window).coloursAt(inner).background).toEqual([13, 17, 23]);
  });
});
