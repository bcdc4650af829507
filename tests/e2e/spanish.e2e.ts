/**
 * Spanish pages (issue #29): a family's thread on a lang="es" page lights up its Spanish terms,
 * with and without accents, and the Spanish traps stay plain.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, useExtension } from './support/session';
import { clearSettings, highlights, setSettings, waitForHighlights } from './support/page-helpers';
import { dialog, isPopoverOpen, readerFrame } from './support/popover-helpers';
import { axeViolations } from './support/axe';
import { expectedHighlights } from '../support/in-page.mjs';

const IN_CARD = ['tl-popover', '[role="dialog"]'];

async function openCard(page: Page, id: string): Promise<void> {
  await page.locator(`tl-term[data-term-id="${id}"]`).first().click();
  await expect.poll(() => isPopoverOpen(page)).toBe(true);
  await dialog(page).locator('h2').waitFor();
}

/** The open card's language, name, and the addresses of its sources. */
function card(page: Page) {
  return dialog(page).evaluate((box) => {
    const article = box.querySelector('article')!;
    return {
      lang: article.getAttribute('lang'),
      name: article.querySelector('h2')!.textContent,
      sources: [...article.querySelectorAll('.tl-sources a')].map((a) => a.getAttribute('href')),
    };
  });
}

/** Each [data-expect] case: the texts it must highlight and those it did. */
function cases(page: Page) {
  return page.evaluate(expectedHighlights);
}

/** The family's thread on a page whose template says it is English (lang="en"). */
const mislabeledForum = () =>
  readFileSync(join(FIXTURES_DIR, 'es-forum.html'), 'utf8').replace(
    '<html lang="es">',
    '<html lang="en">',
  );

/** An English article that quotes a Spanish leaflet: only its English terms light up. */
const ENGLISH_WITH_QUOTE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Q</title></head>
<body><p id="quote">Acute lymphoblastic leukemia is also called ALL. The leaflet's title read
"Leucemia linfoblástica aguda: preguntas para el médico".</p></body></html>`;

describe('Spanish pages', () => {
  const e2e = useExtension({
    routes: {
      '/es-forum-lang-en.html': mislabeledForum,
      '/en-quotes-spanish.html': () => ENGLISH_WITH_QUOTE,
    },
  });

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

  it('finds the Spanish terms on a Spanish page that says it is English, after reading it', async () => {
    // A page that declares English gets the terms without their Spanish-only forms (a third of
    // the regex to compile); its first pass shows its prose is Spanish, so they come after all.
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/es-forum-lang-en.html'));
    await waitForHighlights(page, 40);
    await expect
      .poll(
        async () => (await cases(page)).filter((p) => p.actual.join('|') !== p.expected.join('|')),
        {
          timeout: 10_000,
        },
      )
      .toEqual([]);
    await page.close();
  });

  it('leaves a Spanish-only form plain on a page that declares English and reads as English', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/en-quotes-spanish.html'));
    await waitForHighlights(page, 1);
    // Long enough for a Spanish reading to have added the whole index (the case above).
    await page.waitForTimeout(1500);
    expect((await highlights(page)).map((h) => h.text)).toEqual([
      'Acute lymphoblastic leukemia',
      'ALL',
    ]);
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

  it('opens the card in Spanish on a Spanish page, with a Spanish source; one tap shows English', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/es-forum.html'));
    await waitForHighlights(page, 40);
    await openCard(page, 'philadelphia-chromosome');
    const spanish = await card(page);
    expect(spanish.lang).toBe('es');
    expect(spanish.name).toBe('Cromosoma Filadelfia (Ph)');
    expect(spanish.sources.length).toBeGreaterThan(0);
    // The Spanish facts' sources come first; the student level (English) brings its own after.
    expect(spanish.sources[0]).toMatch(/cancer\.gov\/espanol\//);
    expect(await dialog(page).locator('.tl-summary').first().innerText()).toMatch(
      /cromosoma anormal/,
    );
    expect(await axeViolations(page, IN_CARD)).toEqual([]);
    // Its own labels are Spanish too, in an English interface (#29), and carry no other lang.
    const labels = () =>
      dialog(page).evaluate((box) => ({
        lang: box.getAttribute('lang'),
        more: box.querySelector('.tl-more > summary')!.firstChild!.nextSibling!.textContent,
        close: box.querySelector('.tl-close')!.getAttribute('aria-label'),
        otherLang: [...box.querySelectorAll('[lang]')]
          .filter((el) => !el.closest('.tl-student') && !el.matches('.tl-lang-toggle'))
          .map((el) => el.getAttribute('lang'))
          .filter((l) => l !== box.getAttribute('lang')),
      }));
    expect(await labels()).toEqual({
      lang: 'es',
      more: 'Más',
      close: 'Cerrar la definición',
      otherLang: [],
    });

    // The reader's frame in the card speaks the card's language too, and is named in it.
    await readerFrame(page).getByRole('button', { name: 'Guardar en mis preguntas' }).waitFor();
    expect(await dialog(page).locator('iframe').getAttribute('title')).toBe('Mis preguntas');

    await dialog(page).getByRole('button', { name: 'Show in English' }).click();
    await expect.poll(() => labels().then((l) => l.more)).toBe('More');
    await readerFrame(page).getByRole('button', { name: 'Save to my questions' }).waitFor();
    expect(await dialog(page).locator('iframe').getAttribute('title')).toBe('My questions');
    expect(await labels()).toEqual({
      lang: 'en',
      more: 'More',
      close: 'Close definition',
      otherLang: [],
    });
    await expect.poll(() => card(page).then((c) => c.lang)).toBe('en');
    expect((await card(page)).name).toBe('Philadelphia chromosome (Ph)');
    const back = dialog(page).getByRole('button', { name: 'Ver en español' });
    expect(await back.getAttribute('lang')).toBe('es');
    await back.click();
    await expect.poll(() => card(page).then((c) => c.name)).toBe('Cromosoma Filadelfia (Ph)');
    await page.close();
  });

  it('says in Spanish when a card has no Spanish text yet, and shows it in English', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/es-forum.html'));
    await waitForHighlights(page, 40);
    await openCard(page, 'remission');
    const note = dialog(page).locator('.tl-lang-note').first();
    expect(await note.getAttribute('lang')).toBe('es');
    expect(await note.innerText()).toMatch(/todavía no está en español/);
    expect(await card(page)).toMatchObject({ lang: 'en', name: 'Remission' });
    expect(await axeViolations(page, IN_CARD)).toEqual([]);
    await page.close();
  });

  it('keeps English cards on English pages, and follows the card-language setting', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/traps.html'));
    await waitForHighlights(page, 10);
    await openCard(page, 'targeted-therapy');
    expect(await card(page)).toMatchObject({ lang: 'en', name: 'Targeted therapy' });
    await page.close();

    await setSettings(e2e.session, { cardLanguage: 'es' });
    const fixed = await e2e.session.context.newPage();
    await fixed.goto(e2e.url('/traps.html'));
    await waitForHighlights(fixed, 10);
    await openCard(fixed, 'targeted-therapy');
    expect(await card(fixed)).toMatchObject({ lang: 'es', name: 'Terapia dirigida' });
    await clearSettings(e2e.session);
    await fixed.close();
  });
});
