/** Which parts of a page Termlight never highlights in. */

/** The tag name of our highlight elements: a custom tag, so page rules for `mark` or `span` miss it. */
export const TERM_TAG = 'tl-term';

/** Which of the page's colour palettes a highlight uses (see term-colours.ts); none: the page's own. */
export const COLOUR_ATTR = 'data-tl-colours';

/** Our own UI hosts (the popover's shadow host) carry this attribute. */
export const OWN_UI_ATTR = 'data-termlight-ui';

// Text inside these is code, form state, metadata or another element's click target.
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'A',
  'BUTTON',
  'LABEL',
  'SUMMARY',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  TERM_TAG.toUpperCase(),
]);

/**
 * True when nothing inside `el` may be touched. Uses tagName and attributes only (no
 * `instanceof`, which fails across frames; no computed style, which forces layout).
 */
export function isSkippedElement(el: Element): boolean {
  // SVG and MathML children have lower-case tag names and their own namespace.
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute(OWN_UI_ATTR)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  return false;
}
