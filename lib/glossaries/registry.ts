/**
 * The glossary registry: the one place that knows every glossary Termlight uses, the built-in one
 * and the imported ones (switched on or off, preferred or not), and hands each part what it needs:
 * - content scripts their term index (registry-terms.ts, kept apart so they carry no text);
 * - the background the card of any term id (glossaryRegistry().card);
 * - search, and Study's decks, the entries and cards of every glossary that is on.
 *
 * A card of the built-in glossary can be given a level kept beside the entries, keyed by entry id
 * (the Spanish patient level in data/es/): pass `withLevels`. Imported entries have no such level.
 */
import { cardData, type CardData } from '../../data/card';
import { GLOSSARY } from '../../data/index';
import { splitImportedTermId } from '../../data/term-id';
import type { GlossaryEntry } from '../../data/types';
import type { ExchangeGlossary } from './format';
import { importedCardData } from './imported-card';
import { loadGlossary } from './store';
import { readGlossaryIndex, watchGlossaryIndex } from './stored-index';

export { registryTermIndex } from './registry-terms';

/** Adds a level kept beside the built-in entries (keyed by entry id) to one of their cards. */
export type CardLevels = (card: CardData) => CardData;

export interface GlossaryRegistry {
  /** The built-in glossary's entries, in their order. */
  readonly builtInEntries: readonly GlossaryEntry[];
  /** The card of a built-in entry or of an imported term ("g3/x"); null for an unknown id. */
  card(id: string): Promise<CardData | null>;
  /** The card of a built-in entry, with its levels; null for any other id. */
  builtInCard(id: string): CardData | null;
  /** The cards of every entry of the imported glossaries that are on, in the index's order. */
  importedCards(): Promise<CardData[]>;
  /** Calls cb after the imported glossaries change (imported, switched, removed). */
  watch(cb: () => void): () => void;
}

/**
 * A registry for one context (the background, an extension page). Each imported glossary's text
 * is read (and checked again) once, then kept until the glossaries change.
 */
export function glossaryRegistry({
  withLevels,
}: { withLevels?: CardLevels } = {}): GlossaryRegistry {
  const texts = new Map<string, Promise<ExchangeGlossary | null>>();
  const text = (key: string) => {
    let glossary = texts.get(key);
    if (!glossary) {
      glossary = loadGlossary(key).catch(() => null);
      texts.set(key, glossary);
    }
    return glossary;
  };
  let watching: (() => void) | null = null;
  const forgetOnChange = () => {
    watching ??= watchGlossaryIndex(() => texts.clear());
  };

  const builtInCard = (id: string) => {
    const card = cardData(id);
    return card && withLevels ? withLevels(card) : card;
  };

  return {
    builtInEntries: GLOSSARY,
    builtInCard,
    async card(id) {
      const parts = splitImportedTermId(id);
      if (!parts) return builtInCard(id);
      forgetOnChange();
      const glossary = await text(parts.key);
      return glossary ? importedCardData(glossary, parts.key, parts.entryId) : null;
    },
    async importedCards() {
      forgetOnChange();
      // A glossary that cannot be read is left out (the options page is where problems are
      // shown), never a broken search.
      const index = await readGlossaryIndex().catch(() => null);
      if (!index) return [];
      const lists = await Promise.all(
        index.glossaries
          .filter((g) => g.enabled)
          .map(async (g) => {
            const glossary = await text(g.key);
            if (!glossary) return [];
            return glossary.entries.flatMap((e) => importedCardData(glossary, g.key, e.id) ?? []);
          }),
      );
      return lists.flat();
    },
    watch: (cb) =>
      watchGlossaryIndex(() => {
        texts.clear();
        cb();
      }),
  };
}
