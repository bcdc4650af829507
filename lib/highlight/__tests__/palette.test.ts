import { describe, expect, it } from 'vitest';
import { contrast, hex, over, termPalette, withContrast, type Rgb } from '../palette';

// The page colours of the audit (issue #30): light, near-black, GitHub dark, mid-grey; with
// their usual text colours. Plus a mid-tone page, the hardest case for a 3:1 tint.
const PAGES: [string, Rgb, Rgb][] = [
  ['white', [255, 255, 255], [26, 26, 26]],
  ['#121212', [18, 18, 18], [224, 224, 224]],
  ['#0d1117', [13, 17, 23], [230, 237, 243]],
  ['#303030', [48, 48, 48], [255, 255, 255]],
  ['#767676', [118, 118, 118], [0, 0, 0]],
  ['pale yellow', [255, 248, 200], [40, 40, 40]],
];

describe('contrast', () => {
  it('matches the WCAG figures', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(contrast([255, 255, 255], [255, 255, 255])).toBe(1);
  });

  it('composites a translucent colour over an opaque one', () => {
    expect(over([255, 205, 64], 0.42, [48, 48, 48])).toEqual([135, 114, 55]);
  });
});

describe('withContrast', () => {
  it('keeps a colour that already stands out', () => {
    expect(withContrast([0, 0, 0], [255, 255, 255], 3)).toEqual([0, 0, 0]);
  });
  it('lightens on dark pages and darkens on light ones', () => {
    const onDark = withContrast([31, 111, 178], [48, 48, 48], 3);
    expect(contrast(onDark, [48, 48, 48])).toBeGreaterThanOrEqual(3);
    expect(onDark[0]).toBeGreaterThan(31);
    const onLight = withContrast([255, 205, 64], [255, 255, 255], 3);
    expect(contrast(onLight, [255, 255, 255])).toBeGreaterThanOrEqual(3);
    expect(onLight[0]).toBeLessThan(255);
  });
});

describe('termPalette', () => {
  it.each(PAGES)(
    'on %s: marks and tint >= 3:1 against the page, text >= 4.5:1 on the tint',
    (_, page, text) => {
      const p = termPalette(page, text);
      expect(contrast(p.mark, page)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.tint, page)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.onTint, p.tint)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps the page’s own text colour on the tint when it is readable there', () => {
    const p = termPalette([48, 48, 48], [20, 20, 20]);
    expect(p.onTint).toEqual([20, 20, 20]);
  });

  it('writes colours as #rrggbb', () => {
    expect(hex([31, 111, 178])).toBe('#1f6fb2');
  });
});
