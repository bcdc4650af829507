import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../format';
import { formatNumber, plural, t, uiLocale } from '../index';
import { chooseInterfaceLanguage } from '../interface-language';
import { formatDateTime, formatDay, formatDuration, formatList } from '../intl';
import { localizeDocument } from '../document';

const locales = join(import.meta.dirname, '../../../public/_locales');
const readCatalog = (language: string) =>
  JSON.parse(readFileSync(join(locales, language, 'messages.json'), 'utf8')) as Catalog;
const bundled = async (language: string) => readCatalog(language);

afterEach(() => chooseInterfaceLanguage('auto'));

describe('chooseInterfaceLanguage (the reader picks the language of the pages)', () => {
  it('reads every message from the chosen catalog, and says which is in use', async () => {
    expect(await chooseInterfaceLanguage('es', bundled)).toBe('es');
    expect(uiLocale()).toBe('es');
    expect(t('card_more')).toBe('Más');
    expect(t('card_back', { name: 'imatinib' })).toBe('Volver a imatinib');
    localizeDocument(document, t('study_documentTitle'));
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Estudiar con Termlight');
  });

  it('picks plural forms by Spanish rules and writes the count the Spanish way', async () => {
    await chooseInterfaceLanguage('es', bundled);
    expect(plural('popup_times', 1)).toBe('una vez');
    expect(plural('options_seconds', 1.5)).toBe('1,5 segundos');
    expect(plural('lookup_found', 12345)).toBe('Se encontraron 12.345 términos.');
  });

  it('goes back to the browser language with "automatic", and skips loading what it has', async () => {
    await chooseInterfaceLanguage('es', bundled);
    expect(await chooseInterfaceLanguage('auto', bundled)).toBe('en');
    expect(t('card_more')).toBe('More');
    const load = vi.fn(bundled);
    expect(await chooseInterfaceLanguage('en', load)).toBe('en');
    expect(load).not.toHaveBeenCalled();
    expect(plural('options_seconds', 1.5)).toBe('1.5 seconds');
  });

  it("keeps the browser's language when the catalog cannot be loaded or is another language's", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await chooseInterfaceLanguage('es', () => Promise.reject(new Error('gone')))).toBe('en');
    expect(t('card_more')).toBe('More');
    expect(await chooseInterfaceLanguage('es', async () => readCatalog('en'))).toBe('en');
    expect(t('card_more')).toBe('More');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('dates, lists and lengths of time in the UI language', () => {
  it('writes them in English by default', () => {
    expect(formatDay('2018-10-17', 'long')).toBe('October 17, 2018');
    expect(formatList(['imatinib', 'dasatinib'])).toBe('imatinib and dasatinib');
    expect(formatList(['Gleevec', 'Glivec'], 'unit')).toBe('Gleevec, Glivec');
    expect(formatDuration(0.4)).toBe('1 min');
    expect(formatDuration(3 * 60)).toBe('3 hours');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('writes them in Spanish once Spanish is chosen', async () => {
    await chooseInterfaceLanguage('es', bundled);
    expect(formatDay('2018-10-17', 'long')).toBe('17 de octubre de 2018');
    expect(formatDay('2018-10-17')).toBe('17 oct 2018');
    expect(formatList(['imatinib', 'dasatinib'])).toBe('imatinib y dasatinib');
    expect(formatDuration(3 * 60)).toBe('3 horas');
    expect(formatDuration(24 * 60)).toBe('1 día');
    expect(formatDateTime(new Date(2026, 11, 7, 14, 5))).toBe('7 dic 2026, 14:05');
  });

  it('keeps the same calendar day in every time zone, and shows an unreadable day as it is', () => {
    expect(formatDay('2024-01-01', 'long')).toBe('January 1, 2024');
    expect(formatDay('not a day')).toBe('not a day');
  });
});
