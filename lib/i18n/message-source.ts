/**
 * Where the extension's UI strings come from: browser.i18n, which picks the reader's language from
 * public/_locales (English is the default), unless an extension page chose another catalog (the
 * reader's "Language of Termlight" setting, ./interface-language.ts). The embed and unit tests
 * replace this module with message-source-catalog.ts (see embed/vite.config.ts and
 * vitest.config.ts): they have no browser.i18n.
 */
import { browser } from 'wxt/browser';

// WXT types getMessage with the keys it knows; ours are typed in ./index.ts.
type I18n = { getMessage(key: string, substitutions: string[]): string };
export type MessageLookup = (key: string, substitutions: string[]) => string;

// Kept tiny on purpose: the content script carries this module (its budget is 85 kB), and only
// extension pages ever set a lookup.
let chosen: MessageLookup | null = null;

/** Reads messages from another catalog than the browser's (null: the browser's again). */
export function setMessageLookup(lookup: MessageLookup | null): void {
  chosen = lookup;
}

export function getMessage(key: string, substitutions: string[]): string {
  return (
    chosen?.(key, substitutions) || (browser.i18n as unknown as I18n).getMessage(key, substitutions)
  );
}
