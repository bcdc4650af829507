/**
 * The English catalog read directly, for the embed (a site's page has no browser.i18n) and unit
 * tests. The same file the extension ships as _locales/en/messages.json.
 */
import english from '../../public/_locales/en/messages.json';
import { formatMessage, type Catalog } from './format';

export function getMessage(key: string, substitutions: string[]): string {
  return formatMessage(english as Catalog, key, substitutions);
}
