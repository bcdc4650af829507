import { OWN_UI_ATTR, TERM_TAG } from '../highlight/skip-rules';
import { termIdOf } from '../highlight/term-ids';

const TERM = TERM_TAG.toUpperCase();

/**
 * The highlight element an event happened on, looking through open shadow roots (events from
 * inside them are retargeted to their host by the time they reach the document).
 */
export function termFromEvent(event: Event): HTMLElement | null {
  for (const node of event.composedPath()) {
    const el = node as Element;
    if (el.nodeType !== 1) continue;
    if (el.tagName === TERM && termIdOf(el) !== null) return el as HTMLElement;
  }
  return null;
}

/** A node that may be inside our UI (for relatedTarget checks). */
export function isOwnUiNode(node: EventTarget | null): boolean {
  for (let n = node as Node | null; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if ((n as Element).nodeType === 1 && (n as Element).hasAttribute(OWN_UI_ATTR)) return true;
  }
  return false;
}

/** Whether the event happened inside our own UI (the popover). */
export function isFromOwnUi(event: Event): boolean {
  return isOwnUiNode(event.composedPath()[0] ?? null);
}
