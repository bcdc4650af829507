import { NAMES } from '../highlight/page-names';
import { t } from '../i18n';

/**
 * Tells assistive technology that a term opens a definition, and makes it focusable: a Tab stop
 * when `inTabOrder` (the reader's setting, first mentions only, so a page full of terms is not
 * flooded), else only by the keyboard commands (tabindex -1).
 */
export function makeTermReachable(el: HTMLElement, first: boolean, inTabOrder = true): void {
  if (!first) return;
  el.setAttribute('tabindex', inTabOrder ? '0' : '-1');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
  el.setAttribute('aria-expanded', 'false');
  el.setAttribute('aria-description', t('popover_termClosed'));
}

/** Keeps a reachable term's state and description true to whether its card is open. */
export function setTermOpen(el: HTMLElement, open: boolean): void {
  if (open) el.setAttribute(NAMES.open, '');
  else el.removeAttribute(NAMES.open);
  if (!el.hasAttribute('aria-expanded')) return;
  el.setAttribute('aria-expanded', String(open));
  el.setAttribute('aria-description', open ? t('popover_termOpen') : t('popover_termClosed'));
}
