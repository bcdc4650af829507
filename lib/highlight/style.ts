import { TERM_TAG } from './skip-rules';

import type { HighlightStyle } from '../settings';

export type { HighlightStyle };

const T = `${TERM_TAG}[data-term-id]`;

/**
 * The page-side stylesheet for highlights. Every rule is `!important` on a custom tag, so page
 * rules (even `* { ... !important }`, which is less specific) cannot restyle it. Nothing here
 * takes space: underlines and backgrounds do not move the text around them.
 */
export function highlightCss(style: HighlightStyle): string {
  const base = `${T}{all:unset;display:inline!important;cursor:help!important;font:inherit!important;color:inherit!important;border-radius:2px!important;}
${T}:focus-visible{outline:2px solid #1f6fb2!important;outline-offset:1px!important;}
${T}:hover,${T}:focus-visible,${T}[data-open]{background-color:rgba(255,205,64,.42)!important;}`;
  const underline = `${T}{text-decoration-line:underline!important;text-decoration-style:dotted!important;text-decoration-thickness:2px!important;text-underline-offset:.18em!important;text-decoration-color:rgba(31,111,178,.9)!important;}`;
  switch (style) {
    case 'background':
      // Colour alone is not enough (WCAG 1.4.1, and a pale tint vanishes on dark pages): a thin
      // solid underline in the text's own colour marks the term too.
      return `${base}\n${T}{background-color:rgba(255,205,64,.28)!important;text-decoration:underline solid 1px currentColor!important;text-underline-offset:.2em!important;}`;
    case 'hover-only':
      return base;
    default:
      return `${base}\n${underline}`;
  }
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
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return {
      set: (css: string) => sheet.replaceSync(css),
      remove: () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const el = doc.createElement('style');
    el.setAttribute('data-termlight-ui', '');
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
