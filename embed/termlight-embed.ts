/**
 * Termlight for a web page, without the extension: `<script src="termlight.js" defer></script>`.
 * The same engine (lib/page) with the glossary's text built in; nothing is sent anywhere.
 */
import { cardData } from '../data/card';
import { TERM_INDEX } from 'virtual:term-index';
import { startTermlightPage } from '../lib/page/termlight-page';
import { TERM_TAG } from '../lib/highlight/skip-rules';
import { POPOVER_TAG, ShadowPopover } from '../components/popover/shadow-popover';
import { readEmbedOptions } from './options';

/** Set on the page's window by the first copy; a second copy of the script then does nothing. */
const RUNNING = Symbol.for('termlight.embed');

function log(message: string): void {
  console.warn(`[Termlight] ${message}`);
}

function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function start(script: HTMLScriptElement | null): void {
  const win = window as unknown as Record<symbol, unknown>;
  if (win[RUNNING]) {
    log('this page loads the script twice; the second copy does nothing.');
    return;
  }
  // Our elements would become the page's own if it defined these names: stay off rather than
  // break the page's components.
  const taken = [TERM_TAG, POPOVER_TAG].filter((tag) => customElements?.get(tag));
  if (taken.length) {
    log(`the page defines <${taken.join('>, <')}> itself; Termlight stays off on this page.`);
    return;
  }
  win[RUNNING] = true;
  const options = readEmbedOptions(script?.dataset ?? {}, isValidSelector);
  for (const problem of options.problems) log(problem);
  startTermlightPage({
    document,
    index: TERM_INDEX,
    loadCard: (id) => Promise.resolve(cardData(id)),
    loadCardUi: () => Promise.resolve((doc, loadCard) => new ShadowPopover(doc, loadCard)),
    settings: options.settings,
    scope: options.scope ?? undefined,
    // The page lives as long as the document; nothing to tear down before it goes.
    signal: new AbortController().signal,
  });
}

// currentScript is only set while the script first runs: read it now.
const script = document.currentScript as HTMLScriptElement | null;
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
} else {
  start(script);
}
