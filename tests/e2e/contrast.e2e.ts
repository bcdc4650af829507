import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrast, over, type Rgb } from '../../lib/highlight/palette';
import { axeViolations } from './support/axe';
import { setSettings, waitForHighlights } from './support/page-helpers';
import { useExtension } from './support/session';

// WCAG 1.4.3 and 1.4.11 on the page themes of the audit (issue #30): the term's text >= 4.5:1,
// and the underline, the tint and the focus ring each >= 3:1 against the page, in every style.

const PAGES = {
  light: { background: '#ffffff', text: '#1a1a1a' },
  'near-black': { background: '#121212', text: '#e0e0e0' },
  'github-dark': { background: '#0d1117', text: '#e6edf3' },
  'mid-grey': { background: '#303030', text: '#ffffff' },
};
type PageName = keyof typeof PAGES;
const STYLES = ['underline', 'background', 'hover-only'] as const;

function pageHtml(name: PageName): string {
  const { background, text } = PAGES[name];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<style>body{background:${background};color:${text};font:18px/1.5 sans-serif;margin:0;padding:24px}
.box{background:#fafafa;color:#222;padding:8px}</style></head>
<body><main><h1>Treatment notes</h1>
<p id="main">Imatinib and dasatinib are taken by mouth.</p>
<div class="box"><p id="boxed">Blinatumomab is given through a vein.</p></div>
</main></body></html>`;
}

const routes = Object.fromEntries(
  (Object.keys(PAGES) as PageName[]).map((name) => [`/theme-${name}.html`, () => pageHtml(name)]),
);

/** A computed colour, composited over `under` when translucent. */
function rgb(css: string, under?: string): Rgb {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(css);
  if (!m) throw new Error(`not a colour: ${css}`);
  const colour: Rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  const alpha = m[4] === undefined ? 1 : Number(m[4]);
  return alpha < 1 && under ? over(colour, alpha, rgb(under)) : colour;
}

/** The colours of a term as drawn, and of what is behind it. */
function termColours(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    const behind = getComputedStyle(el.closest('.box') ?? document.body).backgroundColor;
    return {
      page: behind,
      text: s.color,
      background: s.backgroundColor,
      underline: s.textDecorationColor,
      underlined: s.textDecorationLine.includes('underline'),
      ring: s.outlineColor,
      ringStyle: s.outlineStyle,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

/** Contrast of `a` drawn on `b`, `b` itself drawn on `page` (both may be translucent). */
const ratio = (a: string, b: string, page?: string) => {
  const under = rgb(b, page);
  return Math.round(contrast(rgb(a, `rgb(${under.join(',')})`), under) * 100) / 100;
};

describe('highlight contrast on page themes', () => {
  const e2e = useExtension({ routes, viewport: { width: 1024, height: 700 } });
  const table: string[] = [];

  async function open(name: PageName, style: (typeof STYLES)[number]): Promise<Page> {
    await setSettings(e2e.session, { highlightStyle: style });
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url(`/theme-${name}.html`));
    await waitForHighlights(page, 3);
    // Colours are read after the frame that shows the highlights: let a few frames pass.
    await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 50));
    });
    return page;
  }

  for (const name of Object.keys(PAGES) as PageName[]) {
    for (const style of STYLES) {
      it(`${name} page, ${style} style`, async () => {
        const page = await open(name, style);
        for (const where of ['#main', '#boxed']) {
          const term = `${where} tl-term >> nth=0`;
          const rest = await termColours(page, term);
          if (style === 'underline') {
            expect(rest.underlined).toBe(true);
            expect
              .soft(ratio(rest.underline, rest.page), `${where} underline`)
              .toBeGreaterThanOrEqual(3);
          }
          if (style === 'background') {
            expect
              .soft(ratio(rest.background, rest.page), `${where} tint`)
              .toBeGreaterThanOrEqual(3);
            expect
              .soft(ratio(rest.text, rest.background, rest.page), `${where} text`)
              .toBeGreaterThanOrEqual(4.5);
            expect
              .soft(ratio(rest.underline, rest.background, rest.page))
              .toBeGreaterThanOrEqual(3);
          }
          await page.keyboard.press('Escape');
          await page.locator(term).focus();
          const focused = await termColours(page, term);
          expect(focused.focusVisible).toBe(true);
          expect(focused.ringStyle).toBe('solid');
          const figures = {
            ring: ratio(focused.ring, focused.page),
            tint: ratio(focused.background, focused.page),
            text: ratio(focused.text, focused.background, focused.page),
          };
          table.push(
            `${name} ${style} ${where}: rest ${style === 'underline' ? `underline ${ratio(rest.underline, rest.page)}` : style === 'background' ? `tint ${ratio(rest.background, rest.page)} text ${ratio(rest.text, rest.background, rest.page)}` : '-'}; focused ring ${figures.ring} tint ${figures.tint} text ${figures.text}`,
          );
          expect.soft(figures.ring, `${where} focus ring`).toBeGreaterThanOrEqual(3);
          expect.soft(figures.tint, `${where} focused tint`).toBeGreaterThanOrEqual(3);
          expect.soft(figures.text, `${where} focused text`).toBeGreaterThanOrEqual(4.5);
          if (where === '#main' && name === 'mid-grey') {
            expect(await axeViolations(page)).toEqual([]);
          }
          await page.locator(term).blur();
        }
        await page.close();
      });
    }
  }

  it('prints the measured ratios', () => {
    console.log(table.join('\n'));
  });
});
