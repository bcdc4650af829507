import { chooseInterfaceLanguage } from '../../lib/i18n/interface-language';
import { loadSettings, type InterfaceLanguage } from '../../lib/settings';

/**
 * Starts an extension page in the reader's "Language of Termlight": the language first, then the
 * page's own modules, imported only then because several read their messages when they load (the
 * options' choices, Study's grade buttons).
 */
export async function startPage(mount: () => Promise<unknown>): Promise<void> {
  let choice: InterfaceLanguage = 'auto';
  try {
    choice = (await loadSettings()).interfaceLanguage;
  } catch {
    // Unreadable settings: the browser's language; the page itself reports the error.
  }
  await chooseInterfaceLanguage(choice);
  await mount();
}
