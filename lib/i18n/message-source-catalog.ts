/**
 * The English catalog read directly, for the embed (a site's page has no browser.i18n) and unit
 * tests. The same file the extension ships as _locales/en/messages.json. Unit tests may choose
 * another catalog, as an extension page does (./interface-language.ts).
 */
import english from '../../public/_locales/en/messages.json';
import { formatMessage, type Catalog } from './format';
import type { MessageLookup } from './message-source';

let chosen: MessageLookup | null = null;

export function setMessageLookup(lookup: MessageLookup | null): void {
  chosen = lookup;
}

export function getMessage(key: string, substitutions: string[]): string {
  return chosen?.(key, substitutions) || formatMessage(english as Catalog, key, substitutions);
}
