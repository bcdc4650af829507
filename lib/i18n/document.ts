/**
 * An extension page in the reader's language: its title from the catalog, and its lang the
 * catalog's own, so screen readers speak it in that language. The HTML files say lang="en" and
 * give an English title, which stay only until the page's script runs.
 */
import { getMessage } from './message-source';

export function localizeDocument(doc: Document, title: string): void {
  doc.title = title;
  const locale = getMessage('locale', []);
  if (locale) doc.documentElement.lang = locale.replace('_', '-');
}
