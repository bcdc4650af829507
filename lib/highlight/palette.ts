import { luminance } from '../popover/page-theme';

/** An opaque sRGB colour, 0-255 per channel. */
export type Rgb = readonly [number, number, number];

/** The colours of the highlights on one page background (see termPalette). */
export interface TermPalette {
  /** The dotted underline at rest, and the focus ring: >= 3:1 against the page. */
  mark: Rgb;
  /** The background of a hovered, focused or open term (and of every term in the soft style). */
  tint: Rgb;
  /** The term's text (and the soft style's underline) on the tint: >= 4.5:1 against it. */
  onTint: Rgb;
}

// What the palette starts from; it moves toward black or white only as far as contrast needs.
const BRAND_BLUE: Rgb = [31, 111, 178];
const MARKER_AMBER: Rgb = [255, 205, 64];
const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

// A little above the WCAG minimums (3:1 non-text, 4.5:1 text), so rounding never drops below them.
const NON_TEXT_MIN = 3.2;
const TEXT_MIN = 4.7;

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` with opacity `alpha` painted over the opaque `bottom`. */
export function over(top: Rgb, alpha: number, bottom: Rgb): Rgb {
  return [0, 1, 2].map((i) => Math.round(top[i]! * alpha + bottom[i]! * (1 - alpha))) as [
    number,
    number,
    number,
  ];
}

/**
 * `base`, moved toward black or white (whichever stands out more from `page`) in small steps
 * until it has at least `min` contrast against `page`. Pure black or white always reaches 3:1
 * and 4.5:1 against one of them, so this ends.
 */
export function withContrast(base: Rgb, page: Rgb, min: number): Rgb {
  const toward = contrast(WHITE, page) >= contrast(BLACK, page) ? WHITE : BLACK;
  for (let step = 0; step <= 20; step++) {
    const colour = over(toward, step / 20, base);
    if (contrast(colour, page) >= min) return colour;
  }
  return toward;
}

/**
 * The highlight colours for terms read on `page` in the text colour `text`. The page's own text
 * colour stays on the tint when it is readable there; otherwise black or white, whichever reads
 * better.
 */
export function termPalette(page: Rgb, text: Rgb): TermPalette {
  const mark = withContrast(BRAND_BLUE, page, NON_TEXT_MIN);
  const tint = withContrast(MARKER_AMBER, page, NON_TEXT_MIN);
  let onTint = text;
  if (contrast(text, tint) < TEXT_MIN) {
    onTint = contrast(BLACK, tint) >= contrast(WHITE, tint) ? BLACK : WHITE;
  }
  return { mark, tint, onTint };
}

/** "#rrggbb" for a stylesheet. */
export function hex(c: Rgb): string {
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
