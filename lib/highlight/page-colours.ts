import { luminance, parseColor } from '../popover/page-theme';
import { over, type Rgb } from './palette';

const WHITE: Rgb = [255, 255, 255];
/** Chromium's and Firefox's canvas under a dark color-scheme (close enough for contrast). */
const DARK_CANVAS: Rgb = [18, 18, 18];

export interface PageColours {
  /** The opaque colour behind text in the element: its backgrounds composited down to the canvas. */
  background: Rgb;
  /** The element's text colour, composited over that background. */
  text: Rgb;
}

/**
 * Reads the colours text is read in and against, per element, caching each element's composited
 * background: the terms of a page share a few parents and far fewer backgrounds, so a page costs
 * one computed-style read per element on the way up, once. Read it when style is fresh (after a
 * frame), or each read recalculates style.
 */
export class PageColourReader {
  private readonly backgrounds = new WeakMap<Element, { colour: Rgb; canvas: boolean }>();

  constructor(private readonly win: Window) {}

  coloursAt(el: Element): PageColours {
    const style = this.win.getComputedStyle(el);
    const behind = this.backgroundAt(el);
    const ownText = parseColor(style.color) ?? [0, 0, 0, 1];
    let background = behind.colour;
    // Nothing painted but the canvas and light text: the page's background is an image, or the
    // canvas is dark. Read it as dark.
    if (behind.canvas && luminance(ownText) > 0.6) background = DARK_CANVAS;
    const text = over(ownText.slice(0, 3) as unknown as Rgb, ownText[3], background);
    return { background, text };
  }

  private backgroundAt(el: Element): { colour: Rgb; canvas: boolean } {
    // Up to the first element already known (or the root), then back down, compositing.
    const chain: Element[] = [];
    let known: { colour: Rgb; canvas: boolean } | undefined;
    for (let e: Element | null = el; e; e = parentOf(e)) {
      known = this.backgrounds.get(e);
      if (known) break;
      chain.push(e);
    }
    let below = known ?? this.canvas(el.ownerDocument);
    for (let i = chain.length - 1; i >= 0; i--) {
      const own = parseColor(this.win.getComputedStyle(chain[i]!).backgroundColor);
      if (own && own[3] > 0) {
        const colour = over(own.slice(0, 3) as unknown as Rgb, own[3], below.colour);
        below = { colour, canvas: below.canvas && own[3] < 1 };
      }
      this.backgrounds.set(chain[i]!, below);
    }
    return below;
  }

  private canvas(doc: Document): { colour: Rgb; canvas: boolean } {
    const scheme = this.win.getComputedStyle(doc.documentElement).colorScheme;
    const dark = /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme);
    return { colour: dark ? DARK_CANVAS : WHITE, canvas: true };
  }
}

/** The parent element, or a shadow root's host (its children are drawn on the host's background). */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}
