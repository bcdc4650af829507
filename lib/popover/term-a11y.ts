import { NAMES } from '../highlight/page-names';
import { t } from '../i18n';

const DESCRIPTION = 'aria-description';

/**
 * Tells assistive technology that a term opens a definition, and makes it focusable: a Tab stop
 * when `inTabOrder` (the reader's setting, first mentions only, so a page full of terms is not
 * flooded), else only by the keyboard commands (tabindex -1). The sentence on how to use it is
 * added only while the term has focus (describeTerm).
 */
export function makeTermReachable(el: HTMLElement, first: boolean, inTabOrder = true): void {
  if (!first) return;
  el.setAttribute('tabindex', inTabOrder ? '0' : '-1');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
  el.setAttribute('aria-expanded', 'false');
}

/**
 * How to use a reachable term ("Press Enter to open it…"), only on the term that has focus,
 * where a screen reader reads it. The same sentence on every highlight would let a page list
 * them all by it (issue #23); the role and aria-haspopup still say what each term is.
 */
export function describeTerm(el: HTMLElement, focused: boolean): void {
  if (!focused || !el.hasAttribute('aria-expanded')) {
    el.removeAttribute(DESCRIPTION);
    return;
  }
  const open = el.getAttribute('aria-expanded') === 'true';
  el.setAttribute(DESCRIPTION, open ? t('popover_termOpen') : t('popover_termClosed'));
}

/** Keeps a reachable term's state (and its description, while focused) true to its card. */
export function setTermOpen(el: HTMLElement, open: boolean): void {
  if (open) el.setAttribute(NAMES.open, '');
  else el.removeAttribute(NAMES.open);
  if (!el.hasAttribute('aria-expanded')) return;
  el.setAttribute('aria-expanded', String(open));
  if (el.hasAttribute(DESCRIPTION)) describeTerm(el, true);
}
