import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EMBED_DIR, useEmbedBrowser } from './support/embed-browser';

// The embed without the extension: a plain page with one script tag, on loopback.
const REPO = resolve(import.meta.dirname, '../..');
const PREACT_DIR = resolve(REPO, 'node_modules/preact/dist');

const ARTICLE =
  '<p id="intro">Imatinib is a tyrosine kinase inhibitor (TKI). Dasatinib is another TKI.</p>' +
  '<p id="more">Some people with Ph+ ALL take imatinib with chemotherapy.</p>';

/** A whole page; `head` comes before the script tag (a CSP meta must). */
function page(opts: { head?: string; body?: string; tags?: string } = {}): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum</title>` +
    `${opts.head ?? ''}${opts.tags ?? '<script src="/embed/termlight.js" defer></script>'}` +
    `</head><body><main>${opts.body ?? ARTICLE}</main></body></html>`
  );
}

const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`;

const ROUTES: Record<string, () => string> = {
  '/plain.html': () => page(),
  '/strict.html': () => page({ head: STRICT_CSP }),
  '/scoped.html': () =>
    page({
      tags: `<script src="/embed/termlight.js" defer data-scope="#more" data-first-mention-only="true" data-highlight-style="background" data-theme="dark"></script>`,
      body: ARTICLE + '<p id="also">imatinib again</p>',
    }),
  '/twice.html': () =>
    page({
      tags:
        '<script src="/embed/termlight.js" defer></script>' +
        '<script src="/embed/termlight.js?copy=2" defer></script>',
    }),
  '/preact.html': () =>
    page({
      head: `<script type="module">
        import { h, render } from '/vendor/preact.mjs';
        let n = 0;
        const App = () => h('button', { id: 'count', onClick: () => { n++; draw(); } }, 'Clicked ' + n);
        const draw = () => render(h(App), document.getElementById('app'));
        draw();
        window.pageReady = true;
      </script>`,
      body: ARTICLE + '<div id="app"></div>',
    }),
  '/same-names.html': () =>
    page({
      head: `<script>
        customElements.define('tl-term', class extends HTMLElement {
          connectedCallback() { this.dataset.pageOwned = 'yes'; }
        });
      </script>`,
      body: ARTICLE + '<tl-term id="own">the page’s own element</tl-term>',
    }),
};

describe('the embed script (no extension)', () => {
  const env = useEmbedBrowser(
    'termlight.js',
    { '/embed/': EMBED_DIR, '/vendor/': PREACT_DIR },
    ROUTES,
  );
  const warnings: string[] = [];

  async function open(path: string): Promise<Page> {
    const p = await env.session.context.newPage();
    p.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(`${path}: ${m.text()}`);
    });
    await p.goto(env.server.origin + path);
    return p;
  }
  const terms = (p: Page, selector = 'tl-term') =>
    p.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-term-id')));

  it('highlights terms and opens a card by click and by keyboard under a strict CSP', async () => {
    warnings.length = 0;
    const p = await open('/strict.html');
    await p.waitForSelector('tl-term', { timeout: 15_000 });
    expect(await terms(p)).toContain('imatinib');
    await p.locator('tl-term[data-term-id="dasatinib"]').first().click();
    const dialog = p.locator('tl-popover [role="dialog"]');
    await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain('Dasatinib');
    // The card's styles applied (constructed sheet, not a blocked <style>): it is laid out.
    expect(await dialog.evaluate((d) => getComputedStyle(d).display)).not.toBe('inline');
    await p.keyboard.press('Escape');
    // The host stays (it holds the one live region); the card is gone.
    await expect.poll(() => dialog.count()).toBe(0);
    // Keyboard: Tab reaches the first term, Enter opens its card and moves focus into it.
    await p.locator('tl-term[tabindex="0"]').first().focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    expect(warnings.filter((w) => /Content.Security.Policy|Refused/i.test(w))).toEqual([]);
    await p.close();
  });

  it('reads its data- attributes: scope, first mention only, highlight style', async () => {
    const p = await open('/scoped.html');
    await p.waitForSelector('#more tl-term', { timeout: 15_000 });
    expect(await terms(p, '#intro tl-term')).toEqual([]);
    expect(await terms(p, '#also tl-term')).toEqual([]); // outside the scope
    const inScope = await terms(p, '#more tl-term');
    expect(inScope).toContain('imatinib');
    expect(new Set(inScope).size).toBe(inScope.length); // first mention only
    const bg = await p
      .locator('#more tl-term')
      .first()
      .evaluate((t) => getComputedStyle(t).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await p.close();
  });

  it('runs once when the page loads the script twice', async () => {
    warnings.length = 0;
    const p = await open('/twice.html');
    await p.waitForSelector('tl-term', { timeout: 15_000 });
    expect(await p.locator('tl-term tl-term').count()).toBe(0);
    expect(await terms(p, '#intro tl-term')).toEqual([
      'imatinib',
      'tyrosine-kinase-inhibitor',
      'tyrosine-kinase-inhibitor',
      'dasatinib',
      'tyrosine-kinase-inhibitor',
    ]);
    await expect.poll(() => warnings.some((w) => /loads the script twice/.test(w))).toBe(true);
    await p.close();
  });

  it('works beside the page’s own Preact app, and leaves it working', async () => {
    const p = await open('/preact.html');
    await p.waitForSelector('tl-term', { timeout: 15_000 });
    await p.waitForFunction(() => (window as unknown as { pageReady?: boolean }).pageReady);
    await p.locator('#count').click();
    await expect.poll(() => p.locator('#count').textContent()).toBe('Clicked 1');
    await p.locator('tl-term[data-term-id="imatinib"]').first().click();
    await expect
      .poll(() => p.locator('tl-popover [role="dialog"]').textContent(), { timeout: 10_000 })
      .toContain('Imatinib');
    await p.close();
  });

  it('stays off, and says why, on a page that defines the same element names', async () => {
    warnings.length = 0;
    const p = await open('/same-names.html');
    await expect
      .poll(() => warnings.some((w) => /defines <tl-term>/.test(w)), { timeout: 15_000 })
      .toBe(true);
    expect(await p.locator('#own').getAttribute('data-page-owned')).toBe('yes');
    expect(await p.locator('main tl-term').count()).toBe(1); // only the page's own
    await p.close();
  });
});
