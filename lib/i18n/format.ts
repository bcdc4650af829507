/**
 * The message format of browser.i18n (Chrome's and Firefox's messages.json), for where that API is
 * missing: the embed and unit tests. A message names its placeholders as $name$; each placeholder's
 * content says which substitution it takes ($1, $2, ...); "$$" is a literal "$".
 */

interface CatalogMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogMessage>;

/** Like browser.i18n.getMessage: the message with its substitutions, "" for an unknown key. */
export function formatMessage(catalog: Catalog, key: string, substitutions: string[] = []): string {
  if (!Object.hasOwn(catalog, key)) return '';
  const { message, placeholders = {} } = catalog[key]!;
  const named = new Map(Object.entries(placeholders).map(([n, p]) => [n.toLowerCase(), p.content]));
  const substitute = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return message.replace(/\$\$|\$([a-zA-Z0-9_@]+)\$/g, (whole, name?: string) => {
    if (whole === '$$') return '$';
    const content = named.get(name!.toLowerCase());
    return content === undefined ? '' : substitute(content);
  });
}
