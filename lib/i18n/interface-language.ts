/**
 * The reader's "Language of Termlight" for the extension's own pages. browser.i18n shows the
 * browser's language (Spanish when the browser is in Spanish, else English); a reader who picks
 * another gets that catalog, fetched from the extension's own files. Only extension pages use
 * this: the content script keeps browser.i18n, and so its size.
 */
import { browser } from 'wxt/browser';
import { formatMessage, type Catalog } from './format';
import { getMessage, setMessageLookup } from './message-source';
import type { InterfaceLanguage } from '../settings/schema';

export type CatalogLoader = (language: string) => Promise<Catalog>;

/** The catalog the extension ships in _locales/<language>/messages.json. */
const loadBundledCatalog: CatalogLoader = async (language) => {
  const url = browser.runtime.getURL(`/_locales/${language}/messages.json` as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Catalog;
};

/**
 * Makes t() and plural() read the chosen language. Call before any module that reads messages
 * when it loads (the pages import their app after this). A catalog that cannot be loaded leaves
 * the browser's language: a page in the other language beats no page. Resolves to the locale in use.
 */
export async function chooseInterfaceLanguage(
  choice: InterfaceLanguage,
  load: CatalogLoader = loadBundledCatalog,
): Promise<string> {
  setMessageLookup(null);
  const browsers = getMessage('locale', []);
  if (choice === 'auto' || choice === browsers) return browsers;
  try {
    const catalog = await load(choice);
    if (catalog.locale?.message !== choice) throw new Error(`not the ${choice} catalog`);
    setMessageLookup((key, substitutions) => formatMessage(catalog, key, substitutions));
    return choice;
  } catch (error) {
    console.warn(`Termlight: keeping the browser's language, as ${choice} did not load:`, error);
    return browsers;
  }
}
