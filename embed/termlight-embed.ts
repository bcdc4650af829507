/**
 * Termlight for a web page, without the extension: `<script src="termlight.js" defer></script>`.
 * The same engine (lib/page) with the glossary's text built in; nothing is sent anywhere.
 */
import { cardData } from '../data/card';
import { termIndex } from 'virtual:term-index';
import { startTermlightPage } from '../lib/page/termlight-page';
import { Painter } from '../lib/highlight/paint';
import { watchFirstFrame } from '../lib/highlight/first-frame';
import { TERM_TAG } from '../lib/highlight/skip-rules';
import { POPOVER_TAG, ShadowPopover } from '../components/popover/shadow-popover';
import { readEmbedOptions } from './options';
import { loadSpanish, spanishUrl, type EmbedSpanish } from './load-spanish';
import { formatMessage } from '../lib/i18n/format';
// The catalog lookup the embed's t() reads (vite.config.ts aliases lib/i18n's message source to it).
import { setMessageLookup } from '../lib/i18n/message-source-catalog';
import { langCode } from '../lib/popover/card-language';

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

/** Whether any of the page is marked Spanish (lang="es", "es-MX"…). */
function hasSpanish(doc: Document): boolean {
  return (
    langCode(doc.documentElement.lang) === 'es' || doc.querySelector('body [lang|="es"]') !== null
  );
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
  const { cardLanguage } = options.settings;
  // The card's own words: data-lang's language, else the page's.
  const labels = cardLanguage === 'auto' ? langCode(document.documentElement.lang) : cardLanguage;
  // Spanish cards are possible when asked for, or on "automatic" when some of the page is Spanish.
  const spanish: Promise<EmbedSpanish | null> =
    cardLanguage === 'es' || (cardLanguage === 'auto' && hasSpanish(document))
      ? loadSpanish(document, spanishUrl(script?.src || location.href)).then((loaded) => {
          if (!loaded) log('termlight-es.js could not be loaded; the cards stay in English.');
          else if (labels === 'es') {
            const { catalog } = loaded;
            setMessageLookup((key, substitutions) => formatMessage(catalog, key, substitutions));
          }
          return loaded;
        })
      : Promise.resolve(null);
  startTermlightPage({
    document,
    index: termIndex(),
    loadCard: async (id) => {
      const card = cardData(id);
      const es = await spanish;
      return card && es ? es.withSpanish(card) : card;
    },
    loadCardUi: () => Promise.resolve((doc, loadCard) => new ShadowPopover(doc, loadCard)),
    loadPainter: () => Promise.resolve(Painter),
    settings: options.settings,
    scope: options.scope ?? undefined,
    // The page lives as long as the document; nothing to tear down before it goes.
    signal: new AbortController().signal,
  });
}

// currentScript is only set while the script first runs: read it now.
const script = document.currentScript as HTMLScriptElement | null;
// As the content script does: whether the page has been laid out decides whether long text may
// be cut in place, and Paint Timing says so only once the frame is on screen.
watchFirstFrame(window);
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
} else {
  start(script);
}
