/**
 * The names Termlight's elements carry in a page. In the extension that ships they are chosen at
 * random per page load, so a page script cannot list our highlights (which terms the reader's
 * page has) or find our card host with a fixed selector (issue #23). The term an element stands
 * for is never in the page: see term-ids.ts.
 *
 * Fixed, readable names where the page has nothing to hide from: the embed (the site itself
 * added it), unit tests, and the browser tests' build (`wxt build --mode e2e`, see
 * docs/privacy-design.md), which also keeps the card's shadow root open for Playwright.
 */
export interface PageNames {
  /** Tag of a highlight element. */
  term: string;
  /** Attribute on our UI hosts (the card's host element, a fallback <style>). */
  ownUi: string;
  /** Attribute on a highlight whose card is open (styled like a hover). */
  open: string;
  /** Attribute naming the colour palette of a highlight on another background (term-colours.ts). */
  colour: string;
  /** Tag of the card's host element. */
  popover: string;
  /** Whether the card's shadow root is readable by page scripts (never in the shipped build). */
  openShadowRoot: boolean;
  /** Whether highlights also carry their entry id as data-term-id (test builds only). */
  idInDom: boolean;
}

/** The fixed names of the embed and the test builds. */
export const FIXED_NAMES: PageNames = {
  term: 'tl-term',
  ownUi: 'data-termlight-ui',
  open: 'data-open',
  colour: 'data-tl-colours',
  popover: 'tl-popover',
  openShadowRoot: true,
  idInDom: true,
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A lowercase word of random letters (a valid start of a custom element or attribute name). */
function randomWord(length: number, crypto: Crypto = globalThis.crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => LETTERS[b % LETTERS.length]).join('');
}

/** Fresh random names: custom element names need a hyphen, attributes must not clash with ARIA. */
export function randomNames(crypto: Crypto = globalThis.crypto): PageNames {
  const word = () => randomWord(4 + (crypto.getRandomValues(new Uint8Array(1))[0]! % 5), crypto);
  return {
    term: `${word()}-${word()}`,
    ownUi: `${word()}-${word()}`,
    open: `${word()}-${word()}`,
    colour: `${word()}-${word()}`,
    popover: `${word()}-${word()}`,
    openShadowRoot: false,
    idInDom: false,
  };
}

// The content script and the card UI script it has injected are two bundles in one isolated
// world (Firefox: one sandbox): they meet on its global, which page scripts cannot reach.
const SHARED_KEY = '__termlightPageNames';

function pageNames(): PageNames {
  if (import.meta.env.MODE !== 'production') return FIXED_NAMES;
  const global = globalThis as unknown as Record<string, PageNames | undefined>;
  return (global[SHARED_KEY] ??= randomNames());
}

/** This page load's names. */
export const NAMES: PageNames = pageNames();
