/**
 * Where the extension's UI strings come from: browser.i18n, which picks the reader's language from
 * public/_locales (English is the default). The embed and unit tests replace this module with
 * message-source-catalog.ts (see embed/vite.config.ts and vitest.config.ts): they have no
 * browser.i18n.
 */
import { browser } from 'wxt/browser';

// WXT types getMessage with the keys it knows; ours are typed in ./index.ts.
type I18n = { getMessage(key: string, substitutions: string[]): string };

export function getMessage(key: string, substitutions: string[]): string {
  return (browser.i18n as unknown as I18n).getMessage(key, substitutions);
}
