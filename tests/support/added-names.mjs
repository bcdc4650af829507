// What Termlight added to a page's DOM, for the privacy tests (issue #23: every name we add is
// chosen per page load). Runs in the page: pass it to page.evaluate (Playwright or puppeteer).

/** Names of ours that would mark Termlight or a term (the test builds' fixed names among them). */
export const TERMLIGHT_NAMES = /termlight|tl-term|tl-popover|data-tl-|data-term|tl-colours/i;

/**
 * In the page: the tag and attribute names in its DOM (open roots included) that its own markup
 * does not have, as "tag:x" and "attr:y", the platform's attribute names (ARIA, focus, the
 * Popover API) left out; `boxed`, such names on the highlight of "imatinib" in #boxed (a term on
 * a background of its own, which carries a palette attribute); `css`, the rules of the
 * document's stylesheets, which page scripts can read.
 * @returns {Promise<{ added: string[], boxed: string[], css: string }>}
 */
export async function addedNamesInPage() {
  const markup = await (await fetch(location.href)).text();
  const original = new DOMParser().parseFromString(markup, 'text/html');
  /** @param {Document | ShadowRoot} root @param {Set<string>} into */
  const namesIn = (root, into) => {
    for (const el of root.querySelectorAll('*')) {
      into.add(`tag:${el.localName}`);
      for (const a of el.getAttributeNames()) into.add(`attr:${a}`);
      if (el.shadowRoot) namesIn(el.shadowRoot, into);
    }
    return into;
  };
  /** @param {string} name */
  const standard = (name) =>
    name.startsWith('attr:') &&
    /^(aria-[a-z]+|role|tabindex|popover|style|class|id|hidden|title|lang|dir)$/.test(
      name.slice(5),
    );
  const before = namesIn(original, new Set());
  const added = [...namesIn(document, new Set())].filter((n) => !before.has(n) && !standard(n));
  const boxedTerm = [...document.querySelectorAll('#boxed *')].find(
    (el) => el.textContent === 'imatinib',
  );
  const boxed = (boxedTerm?.getAttributeNames() ?? []).filter(
    (a) => !before.has(`attr:${a}`) && !standard(`attr:${a}`),
  );
  const css = [...document.adoptedStyleSheets, ...document.styleSheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((r) => r.cssText);
      } catch {
        return [];
      }
    })
    .join('\n');
  return { added, boxed, css };
}
