import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { useExtension } from './support/session';

// Issue #29: Spanish queries on the glossary page, with and without accents.

describe('glossary page: Spanish queries find entries', () => {
  const e2e = useExtension();
  const pageErrors: string[] = [];
  let page: Page;

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  const cardNames = () => page.locator('article.tl-card .tl-name').allTextContents();

  it.each([
    [
      'inhibidor de tirosina cinasa',
      'Tyrosine kinase inhibitor (TKI)',
      'Spanish name inhibidor de tirosina cinasa',
    ],
    ['cromosoma Filadelfia', 'Philadelphia chromosome (Ph)', 'Spanish name cromosoma Filadelfia'],
    ['medula osea', 'Bone marrow', 'Spanish name Médula ósea'],
    ['LLA', 'Acute lymphocytic leukemia (ALL)', 'Spanish name LLA'],
    ['quinasa', 'Tyrosine kinase inhibitor (TKI)', 'quinasa'],
  ])('"%s" finds %s first', async (query, first, why) => {
    page ??= await e2e.session.context.newPage();
    page.removeAllListeners('pageerror');
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(`chrome-extension://${e2e.session.extensionId}/glossary.html`);
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill(query);
    await expect.poll(() => cardNames().then((n) => n[0])).toBe(first);
    expect(await page.locator('.tl-glossary-why').first().textContent()).toContain(why);
  });

  it('shows Spanish results with no WCAG 2.2 AA violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
