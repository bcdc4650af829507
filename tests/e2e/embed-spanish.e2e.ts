import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DISCLAIMER_ES } from '../../data/es/card';
import { EMBED_DIR, useEmbedBrowser } from './support/embed-browser';

// Issue #29: the embed's data-lang="es". Spanish cards and card words when asked for, English
// otherwise; Spanish text only in termlight-es.js, fetched only when a card may be Spanish.

const ENGLISH = '<p>Some people need a bone marrow test. Imatinib is a TKI.</p>';
const SPANISH = '<p>A mi hija le hicieron una prueba de médula ósea. Toma imatinib.</p>';

function page(lang: string, body: string, attrs = ''): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Foro</title>` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">` +
    `<script src="/embed/termlight.js" defer ${attrs}></script>` +
    `</head><body><main>${body}</main></body></html>`
  );
}

const ROUTES: Record<string, () => string> = {
  '/asked.html': () => page('en', ENGLISH, 'data-lang="es"'),
  '/page-es.html': () => page('es', SPANISH),
  '/page-en.html': () => page('en', ENGLISH),
  '/english-asked.html': () => page('es', SPANISH, 'data-lang="en"'),
  '/typo.html': () => page('en', ENGLISH, 'data-lang="espanol"'),
};

describe('the embed in Spanish: data-lang', () => {
  const env = useEmbedBrowser('termlight-es.js', { '/embed/': EMBED_DIR }, ROUTES);

  /** Opens a page and the bone marrow card; what the card says, and what the page fetched. */
  async function boneMarrowCard(path: string) {
    const p: Page = await env.session.context.newPage();
    const warnings: string[] = [];
    const fetched: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await p.goto(env.server.origin + path);
    await p.locator('tl-term[data-term-id="bone-marrow"]').first().click({ timeout: 15_000 });
    const dialog = p.locator('tl-popover [role="dialog"]');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => dialog.locator('h2, h3').first().textContent()).not.toBe('');
    const card = {
      text: (await dialog.textContent()) ?? '',
      lang: await dialog.evaluate((d) => d.closest('[lang]')?.getAttribute('lang') ?? null),
      name: await dialog.locator('.tl-name').first().textContent(),
      warnings,
      fetched,
    };
    await p.close();
    return card;
  }

  it('data-lang="es" on an English page: a Spanish card, with Spanish card words', async () => {
    const card = await boneMarrowCard('/asked.html');
    expect(card.name).toBe('Médula ósea');
    expect(card.text).toContain(DISCLAIMER_ES);
    expect(card.text).toContain('Fuentes');
    expect(card.text).not.toContain('Sources');
    expect(card.fetched).toContain('/embed/termlight-es.js');
    expect(card.warnings).toEqual([]);
  });

  it('no data-lang on a Spanish page: the page’s language (automatic)', async () => {
    const card = await boneMarrowCard('/page-es.html');
    expect(card.name).toBe('Médula ósea');
    expect(card.text).toContain('Fuentes');
  });

  it('no data-lang on an English page: English, and the Spanish file is never fetched', async () => {
    const card = await boneMarrowCard('/page-en.html');
    expect(card.name).toBe('Bone marrow');
    expect(card.text).toContain('Sources');
    expect(card.fetched).not.toContain('/embed/termlight-es.js');
  });

  it('data-lang="en" on a Spanish page: English', async () => {
    const card = await boneMarrowCard('/english-asked.html');
    expect(card.name).toBe('Bone marrow');
    expect(card.fetched).not.toContain('/embed/termlight-es.js');
  });

  it('an unknown data-lang: a console warning, then automatic (the page is English)', async () => {
    const card = await boneMarrowCard('/typo.html');
    expect(card.name).toBe('Bone marrow');
    expect(card.warnings).toEqual([
      expect.stringMatching(/data-lang="espanol" is not one of en, es/),
    ]);
  });
});
