/**
 * The embed's Spanish lives in a file of its own, termlight-es.js beside termlight.js, so the
 * English embed does not carry it (issue #29): it is loaded, once, only when a page asks for
 * Spanish cards. It is a classic script from the same folder, so `script-src 'self'` allows it.
 */
import type { withSpanish } from '../data/es/card';
import type { Catalog } from '../lib/i18n/format';

/** What termlight-es.js hands over: each card's Spanish side and the card's Spanish words. */
export interface EmbedSpanish {
  withSpanish: typeof withSpanish;
  catalog: Catalog;
}

/** Where termlight-es.js leaves its EmbedSpanish on the page's window. */
export const SPANISH_KEY = Symbol.for('termlight.embed.es');

/** The Spanish file's address: beside the script that loaded us. */
export function spanishUrl(scriptSrc: string): string {
  return new URL('termlight-es.js', scriptSrc).href;
}

/**
 * Loads termlight-es.js into `doc` and resolves with what it hands over; null (and a console
 * warning from the caller) when it cannot be loaded: the cards then stay English.
 */
export function loadSpanish(doc: Document, url: string): Promise<EmbedSpanish | null> {
  const win = doc.defaultView as unknown as Record<symbol, EmbedSpanish | undefined>;
  const ready = win[SPANISH_KEY];
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.addEventListener('load', () => resolve(win[SPANISH_KEY] ?? null), { once: true });
    script.addEventListener('error', () => resolve(null), { once: true });
    doc.head.append(script);
  });
}
