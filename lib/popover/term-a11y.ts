import { t } from '../i18n';

/**
 * Makes the first mention of each term a keyboard stop and tells assistive technology it opens a
 * definition. Later mentions stay out of the Tab order, so a page full of terms is not flooded.
 */
export function makeTermReachable(el: HTMLElement, first: boolean): void {
  if (!first) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-haspopup', 'dialog');
  el.setAttribute('aria-expanded', 'false');
  el.setAttribute('aria-description', t('popover_termClosed'));
}

/** Keeps a reachable term's state and description true to whether its card is open. */
export function setTermOpen(el: HTMLElement, open: boolean): void {
  if (open) el.setAttribute('data-open', '');
  else el.removeAttribute('data-open');
  if (!el.hasAttribute('aria-expanded')) return;
  el.setAttribute('aria-expanded', String(open));
  el.setAttribute('aria-description', open ? t('popover_termOpen') : t('popover_termClosed'));
}
