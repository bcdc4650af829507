import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import type { Catalog } from '../../lib/i18n/format';
import type { CardLang } from './card-in-language';

/**
 * The catalogs a card reads its own words from, by the language of its text (card-labels.ts).
 * The bundles keep their card messages only (scripts/card-messages-plugin.ts). The embed
 * carries English only (embed/card-catalogs.ts): its Spanish words come with termlight-es.js.
 */
export const CARD_CATALOGS: Partial<Record<CardLang, Catalog>> = {
  en: english as Catalog,
  es: spanish as Catalog,
};
