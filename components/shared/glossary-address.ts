/**
 * The glossary page's address: glossary.html?q=<search>#<entry id>. The popup links to a search
 * there; cards link to an entry by its id.
 */

/** "?q=nausea" for a search, "" for none. */
export function glossaryQuery(query: string): string {
  const q = query.trim();
  return q === '' ? '' : `?${new URLSearchParams({ q }).toString()}`;
}

/** The search in a glossary page address's query string; "" when there is none. */
export function parseGlossaryQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, 200);
}

/** The entry id in an address's hash ("#dasatinib", "#g2/zanubrutinib"); "" when there is none. */
export function parseEntryHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
