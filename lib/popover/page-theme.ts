/**
 * Whether the page behind a term looks dark, so a card in "system" mode can follow the page
 * rather than the operating system (a dark page with a white card glares, and the reverse).
 */
export function pageLooksDark(term: Element): boolean {
  const win = term.ownerDocument.defaultView;
  if (!win) return false;
  // The term's own tint is ours (opaque since the colours follow the page): read the page from
  // the element around it.
  const page = term.parentElement ?? term;
  // The first ancestor with a mostly opaque background is what the term is read against.
  for (let el: Element | null = page; el; el = el.parentElement) {
    const rgba = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.3;
  }
  // No background anywhere: the canvas shows, which is dark only under a dark color-scheme.
  // Light text is the other tell (a page that paints its background with an image).
  const text = parseColor(win.getComputedStyle(page).color);
  if (text && luminance(text) > 0.6) return true;
  const scheme = win.getComputedStyle(page.ownerDocument.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme);
}

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.5)" (what getComputedStyle returns) as [r, g, b, a]. */
export function parseColor(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    css.trim(),
  );
  if (!m) return null;
  let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
