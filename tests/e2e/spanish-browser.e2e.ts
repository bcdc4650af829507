import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { axeViolations } from './support/axe';
import { waitForHighlights } from './support/page-helpers';
import { openTab } from './support/popup-helpers';
import { savedNote } from '../../lib/questions/__tests__/fixtures';
import { savedTerm, storeQuestions } from './support/saved-questions';
import { useExtension, useExtensionPages } from './support/session';
import { englishIn, interfaceText } from './support/spanish-text';

// Issue #29: the browser itself in Spanish (Chromium's UI language, navigator.language), the
// reader's settings untouched: every page of the extension speaks Spanish, with no English UI
// string (names allowed), through chrome.i18n alone.

describe('the browser in Spanish', () => {
  const e2e = useExtension({ viewport: { width: 1024, height: 800 }, locale: 'es' });
  const { opened, extensionPage } = useExtensionPages(e2e);
  /**
   * The page is Spanish: its lang, and no English UI string in what a reader sees or hears.
   * Glossary text that is still English is allowed where it is marked lang="en".
   */
  const expectSpanish = async (page: Page) => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(englishIn(await interfaceText(page))).toEqual([]);
  };

  beforeAll(async () => {
    await storeQuestions(e2e.session, [
      savedTerm(
        'bone-marrow',
        'médula ósea',
        [savedNote('n1', '¿Cuándo es la próxima prueba?'), savedNote('n2', '¿Duele?', true)],
        {
          savedAt: '2026-12-01T10:00:00.000Z',
          pageTitle: 'Foro de familias',
          pageUrl: 'http://127.0.0.1/foro',
          context: 'A mi hija le hicieron una prueba de médula ósea.',
        },
      ),
    ]);
  });

  it('the extension reads the Spanish catalog', async () => {
    const locale = await e2e.session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Browser }).chrome.i18n.getMessage('locale'),
    );
    expect(locale).toBe('es');
  });

  it('the popup, on a Spanish page', { timeout: 60_000 }, async () => {
    const { page: article, tabId } = await openTab(e2e.session, e2e.url('/es-forum.html'));
    opened.push(article);
    await waitForHighlights(article, 4);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    await popup.getByText(/Termlight encontró \d+ términos/).waitFor();
    await expectSpanish(popup);
    // The glossary search there, with a Spanish query and its reasons.
    await popup.getByRole('searchbox').fill('médula ósea');
    await popup.locator('.tl-result').first().waitFor();
    await expectSpanish(popup);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('the options page', async () => {
    const options = await extensionPage('options.html');
    await options.getByRole('heading', { name: 'Configuración de Termlight' }).waitFor();
    await options.getByRole('radio').first().waitFor();
    await expectSpanish(options);
    expect(await axeViolations(options)).toEqual([]);
  });

  it('My questions, and its print view', async () => {
    const questions = await extensionPage('questions.html');
    await questions.getByText('¿Cuándo es la próxima prueba?').waitFor();
    await expectSpanish(questions);
    await questions.getByRole('button', { name: 'Vista para imprimir' }).click();
    await questions.locator('article.tl-print h1').waitFor();
    await expectSpanish(questions);
    expect(await axeViolations(questions)).toEqual([]);
  });

  it('Study', async () => {
    const study = await extensionPage('study.html');
    await study.getByRole('button', { name: 'Mostrar la respuesta' }).waitFor();
    await expectSpanish(study);
    await study.getByRole('button', { name: 'Mostrar la respuesta' }).click();
    await expectSpanish(study);
  });

  it('the glossary page, with a Spanish search', async () => {
    const glossary = await extensionPage('glossary.html');
    await glossary.getByRole('heading', { name: 'Glosario de Termlight' }).waitFor();
    await glossary.getByRole('searchbox').fill('cromosoma Filadelfia');
    await expect
      .poll(() => glossary.locator('.tl-glossary-why').first().textContent())
      .toContain('nombre en español');
    // Its card is the Spanish one, as on a page; an entry without Spanish text says so.
    const card = glossary.locator('[id="philadelphia-chromosome"] article');
    await card.getByRole('heading', { name: 'Cromosoma Filadelfia (Ph)' }).waitFor();
    expect(await card.getAttribute('lang')).toBe('es');
    await expectSpanish(glossary);
    expect(await axeViolations(glossary)).toEqual([]);
  });
});
