/** Which parts of a page Termlight never highlights in. */

import { NAMES } from './page-names';

/**
 * The tag name of our highlight elements: a custom tag, so page rules for `mark` or `span` miss
 * it; random per page load in the extension (page-names.ts).
 */
export const TERM_TAG = NAMES.term;

/** Which of the page's colour palettes a highlight uses (see term-colours.ts); none: the page's own. */
export const COLOUR_ATTR = NAMES.colour;

/** Our own UI hosts (the popover's shadow host) carry this attribute. */
export const OWN_UI_ATTR = NAMES.ownUi;

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
 * ARIA widget roles whose element is one control (WCAG 4.1.2): a focusable term inside would be a
 * control inside a control (axe `nested-interactive`), and a click on it would not reach theirs.
 * Text boxes are here too: the reader types there.
 */
const INTERACTIVE_ROLES = new Set([
  'button',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'option',
  'checkbox',
  'switch',
  'radio',
  'treeitem',
  'slider',
  'spinbutton',
  'scrollbar',
  'combobox',
  'searchbox',
  'textbox',
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
  // A role list is a fallback chain; skipping when any of them is a widget errs on the safe side.
  const roles = el.getAttribute('role');
  return (
    !!roles &&
    roles
      .toLowerCase()
      .split(/\s+/)
      .some((r) => INTERACTIVE_ROLES.has(r))
  );
}
