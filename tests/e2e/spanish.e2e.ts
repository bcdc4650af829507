/**
 * Spanish pages (issue #29): a family's thread on a lang="es" page lights up its Spanish terms,
 * with and without accents, and the Spanish traps stay plain.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './support/session';
import { highlights, waitForHighlights } from './support/page-helpers';

/** Each [data-expect] case: the texts it must highlight and those it did. */
async function cases(page: Page) {
  return page.$$eval('[data-expect]', (els) =>
    els.map((el) => ({
      text: el.textContent!.replace(/\s+/g, ' ').trim().slice(0, 70),
      expected: el.getAttribute('data-expect')!.split('|').filter(Boolean),
      actual: [...el.querySelectorAll('tl-term')].map((t) => t.textContent!.replace(/\s+/g, ' ')),
    })),
  );
}

describe('Spanish pages', () => {
  const e2e = useExtension();

  it("highlights a Spanish-speaking family's terms, with and without accents", async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/es-forum.html'));
    await waitForHighlights(page, 40);
    const posts = await cases(page);
    expect(posts.length).toBe(12);
    for (const p of posts) expect(p.actual, p.text).toEqual(p.expected);
    expect(Object.fromEntries((await highlights(page)).map((h) => [h.text, h.id]))).toMatchObject({
      LLA: 'acute-lymphocytic-leukemia',
      'LLA Ph+': 'ph-positive-all',
      'cromosoma Filadelfia': 'philadelphia-chromosome',
      'cromosoma Philadelphia': 'philadelphia-chromosome',
      'inhibidores de tirosina quinasa': 'tyrosine-kinase-inhibitor',
      remision: 'remission',
      'medula osea': 'bone-marrow',
      SLC: 'cytokine-release-syndrome',
      hinchazón: 'edema',
    });
    await page.close();
  });

  it('leaves the Spanish traps plain', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/es-traps.html'));
    await waitForHighlights(page, 5);
    const traps = await cases(page);
    expect(traps.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(12);
    for (const c of traps) expect(c.actual, c.text).toEqual(c.expected);
    await page.close();
  });
});
