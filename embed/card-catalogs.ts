import english from '../public/_locales/en/messages.json';
import type { Catalog } from '../lib/i18n/format';
import type { CardLang } from '../components/term-card/card-in-language';

/**
 * The embed's card words (in place of components/term-card/card-catalogs.ts): English here; a
 * Spanish card reads the UI's catalog, which termlight-es.js sets to Spanish (load-spanish.ts).
 */
export const CARD_CATALOGS: Partial<Record<CardLang, Catalog>> = { en: english as Catalog };
