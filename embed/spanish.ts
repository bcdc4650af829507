/**
 * termlight-es.js, the embed's Spanish (issue #29), loaded by termlight.js only for Spanish cards
 * (embed/load-spanish.ts): each card's Spanish side (data/es/card.ts) and the Spanish words of the
 * card (card_* and popover_* of the es catalog).
 */
import spanishCatalog from '../public/_locales/es/messages.json';
import { withSpanish } from '../data/es/card';
import type { Catalog } from '../lib/i18n/format';
import { SPANISH_KEY, type EmbedSpanish } from './load-spanish';

const spanish: EmbedSpanish = { withSpanish, catalog: spanishCatalog as Catalog };
(window as unknown as Record<symbol, EmbedSpanish>)[SPANISH_KEY] = spanish;
