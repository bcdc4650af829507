import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { clearSettings, waitForHighlights } from './support/page-helpers';
import { openTab } from './support/popup-helpers';
import { savedNote } from '../../lib/questions/__tests__/fixtures';
import { savedTerm, storeQuestions } from './support/saved-questions';
import { useExtension, useExtensionPages } from './support/session';
import { englishIn, readerText } from './support/spanish-text';

async function expectSpanishPage(page: Page, title: string) {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  expect(await page.title()).toBe(title);
  expect(englishIn(await readerText(page))).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

describe('the interface in Spanish, chosen by the reader', () => {
  const e2e = useExtension({ viewport: { width: 1024, height: 800 } });
  const { opened, extensionPage } = useExtensionPages(e2e);

  beforeAll(async () => {
    await clearSettings(e2e.session);
    // One saved term with a question, so My questions shows its list and its buttons.
    await storeQuestions(e2e.session, [
      savedTerm('imatinib', 'imatinib', [savedNote('n1', '¿Puede tomarlo con comida?')], {
        savedAt: '2026-12-01T10:00:00.000Z',
        pageTitle: 'Foro de familias',
        pageUrl: 'http://127.0.0.1/foro',
        context: 'Mi hijo toma imatinib.',
      }),
    ]);
  });

  it('the options page switches to Español, reloads in Spanish and keeps the focus on the choice', async () => {
    const options = await extensionPage('options.html');
    await options.getByRole('heading', { name: 'How terms look on a page' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    await options.getByRole('radio', { name: 'Español', exact: true }).click();
    await options.getByRole('heading', { name: 'Configuración de Termlight' }).waitFor();
    // The choices come once the settings are read, after the heading.
    const focused = () =>
      options.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { name: el?.name, value: el?.id, checked: el?.checked };
      });
    await expect
      .poll(focused)
      .toEqual({ name: 'tl-language', value: 'tl-language-es', checked: true });
    // Each language keeps its own name, marked with its language for screen readers.
    expect(await options.locator('label[for="tl-language-en"]').getAttribute('lang')).toBe('en');
    await expectSpanishPage(options, 'Opciones de Termlight');
    // The counted hover delay is written the Spanish way.
    await options.getByRole('slider').press('ArrowRight');
    await expect.poll(() => readerText(options)).toMatch(/0,\d segundos/);
  });

  it(
    'the popup, My questions, Study and the glossary open in Spanish',
    { timeout: 120_000 },
    async () => {
      const { page: article, tabId } = await openTab(e2e.session, e2e.url('/popup-page.html'));
      opened.push(article);
      await waitForHighlights(article, 4);
      const popup = await extensionPage(`popup.html?tab=${tabId}`);
      await popup.getByRole('heading', { name: 'En esta página' }).waitFor();
      await popup.getByText(/Termlight encontró \d+ términos/).waitFor();
      await expectSpanishPage(popup, 'Termlight');

      const questions = await extensionPage('questions.html');
      await questions.getByRole('heading', { name: 'Mis preguntas', level: 1 }).waitFor();
      await questions.getByText('¿Puede tomarlo con comida?').waitFor();
      // The day the term was saved, as Spanish writes dates.
      expect(await readerText(questions)).toContain('1 dic 2026');
      await expectSpanishPage(questions, 'Mis preguntas: Termlight');

      const study = await extensionPage('study.html');
      await study.getByRole('heading', { name: 'Estudiar', exact: true }).waitFor();
      await study.getByRole('button', { name: 'Mostrar la respuesta' }).waitFor();
      await expectSpanishPage(study, 'Estudiar con Termlight');

      const glossary = await extensionPage('glossary.html');
      await glossary.getByRole('heading', { name: 'Glosario de Termlight' }).waitFor();
      expect(await readerText(glossary)).toMatch(/\d+ términos, agrupados por tipo/);
      expect(await glossary.evaluate(() => document.documentElement.lang)).toBe('es');
    },
  );

  it('goes back to English with "automatic" (the browser here is in English)', async () => {
    const options = await extensionPage('options.html');
    // click, not check: the page reloads, and the radio's name is then English.
    await options.getByRole('radio', { name: 'Automático: el idioma de mi navegador' }).click();
    await options.getByRole('heading', { name: 'Termlight settings' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
