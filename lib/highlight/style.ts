import { NAMES } from './page-names';
import { hex, termPalette, type TermPalette } from './palette';
import { COLOUR_ATTR, OWN_UI_ATTR, TERM_TAG } from './skip-rules';

import type { HighlightStyle } from '../settings';

export type { HighlightStyle };

const T = TERM_TAG;
const OPEN = `[${NAMES.open}]`;

/** Until the page's colours are read (after its first frame): for a light page. */
const FALLBACK: TermPalette = termPalette([255, 255, 255], [0, 0, 0]);

/**
 * The page-side stylesheet for highlights. Every rule is `!important` on a custom tag, so page
 * rules (even `* { ... !important }`, which is less specific) cannot restyle it. Nothing here
 * takes space: underlines and backgrounds do not move the text around them.
 *
 * `palettes[0]` colours every term; `palettes[n]` the terms with `COLOUR_ATTR="n"`, which sit on
 * another background (see term-colours.ts). The tint is opaque and the text on it recoloured,
 * so hovered, focused and open terms stay readable on any page.
 *
 * The rule for painted terms only once something is painted (`painted`): a `::highlight()` rule
 * matches any element, so each change of a sheet holding one made the browser restyle the whole
 * page (90-110 ms on the 300 kB bench page at 4x CPU, against 3-5 ms without it).
 */
export function highlightCss(
  style: HighlightStyle,
  palettes: readonly TermPalette[] = [],
  painted = false,
): string {
  const base = `${T}{all:unset;display:inline!important;cursor:help!important;font:inherit!important;color:inherit!important;border-radius:2px!important;}
${T}:focus-visible{outline:2px solid!important;outline-offset:1px!important;}`;
  const underline = `${T}{text-decoration-line:underline!important;text-decoration-style:dotted!important;text-decoration-thickness:2px!important;text-underline-offset:.18em!important;}`;
  // Colour alone is not enough (WCAG 1.4.1): the soft style's tint comes with a thin underline.
  const soft = `${T}{text-decoration:underline solid 1px!important;text-underline-offset:.2em!important;}`;
  const rules = [base];
  if (style === 'underline') rules.push(underline);
  if (style === 'background') rules.push(soft);
  const list = palettes.length ? palettes : [FALLBACK];
  list.forEach((p, i) => rules.push(paletteCss(i ? `${T}[${COLOUR_ATTR}="${i}"]` : T, p, style)));
  if (painted && style !== 'hover-only') rules.push(paintedCss(list[0]!, style));
  return rules.join('\n');
}

/**
 * Terms painted with the CSS Custom Highlight API (paint.ts): the highlight is named like our
 * elements. `::highlight()` takes colours and decorations only, which both styles need (a
 * hover-only term shows nothing until it is hovered, and hovering wraps it).
 */
function paintedCss({ mark, tint, onTint }: TermPalette, style: HighlightStyle): string {
  const look =
    style === 'background'
      ? `background-color:${hex(tint)};color:${hex(onTint)};text-decoration:underline solid 1px ${hex(onTint)};`
      : `text-decoration:underline dotted 2px ${hex(mark)};`;
  return `::highlight(${T}){${look}}`;
}

function paletteCss(s: string, { mark, tint, onTint }: TermPalette, style: HighlightStyle): string {
  const tinted = `background-color:${hex(tint)}!important;color:${hex(onTint)}!important;text-decoration-color:${hex(onTint)}!important;`;
  const rules = [
    `${s}:focus-visible{outline-color:${hex(mark)}!important;}`,
    `${s}:hover,${s}:focus-visible,${s}${OPEN}{${tinted}}`,
  ];
  if (style === 'underline') rules.unshift(`${s}{text-decoration-color:${hex(mark)}!important;}`);
  if (style === 'background') rules.unshift(`${s}{${tinted}}`);
  return rules.join('\n');
}

const sheets = new WeakMap<Document | ShadowRoot, { set(css: string): void; remove(): void }>();

/**
 * Puts our stylesheet into a document or shadow root, or updates it. A constructed sheet in
 * `adoptedStyleSheets` adds no node the page could see or remove; a <style> element is the
 * fallback where constructed sheets are not allowed (some Firefox content-script cases).
 */
export function applyHighlightCss(root: Document | ShadowRoot, css: string): void {
  let sheet = sheets.get(root);
  if (!sheet) {
    sheet = createSheet(root);
    sheets.set(root, sheet);
  }
  sheet.set(css);
}

export function removeHighlightCss(root: Document | ShadowRoot): void {
  sheets.get(root)?.remove();
  sheets.delete(root);
}

function createSheet(root: Document | ShadowRoot) {
  const doc = (root as ShadowRoot).host
    ? (root as ShadowRoot).host.ownerDocument
    : (root as Document);
  const win = doc.defaultView;
  try {
    const sheet = new (win as typeof window).CSSStyleSheet();
    const unadopt = adoptSheet(root, sheet);
    return { set: (css: string) => sheet.replaceSync(css), remove: unadopt };
  } catch {
    const el = doc.createElement('style');
    el.setAttribute(OWN_UI_ATTR, '');
    const parent = (root as Document).documentElement ? (doc.head ?? doc.documentElement) : root;
    parent.appendChild(el);
    return {
      set: (css: string) => {
        el.textContent = css;
      },
      remove: () => el.remove(),
    };
  }
}

/** What Firefox gives a content script besides its Xray view of a page object. */
type Waivable = { wrappedJSObject?: { adoptedStyleSheets?: CSSStyleSheet[] } };

/**
 * Adds `sheet` to the root's adopted sheets; returns what takes it out again. Firefox ESR 140
 * refuses a content script both reading and setting the list through its Xray wrapper
 * ("Accessing from Xray wrapper is not supported"; 153 allows it), so there the page's own list
 * takes the sheet, with push and splice. Without this the page got a <style> element it can see.
 */
function adoptSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): () => void {
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch (error) {
    const pageSide = () => (root as Waivable).wrappedJSObject?.adoptedStyleSheets;
    const list = pageSide();
    if (!list) throw error;
    list.push(sheet);
    return () => {
      const now = pageSide();
      const at = now?.indexOf(sheet) ?? -1;
      if (at >= 0) now!.splice(at, 1);
    };
  }
}
