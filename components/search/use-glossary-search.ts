import { useEffect, useMemo, useState } from 'preact/hooks';
import { cardData, type CardData } from '../../data/card';
import { GLOSSARY } from '../../data/index';
import type { GlossaryEntry } from '../../data/types';
import { watchGlossaryIndex } from '../../lib/glossaries/store';
import { buildSearchIndex, searchIndex, type SearchResult } from '../../lib/search';
import { loadImportedCards } from './imported-cards';

export interface GlossarySearch {
  /** Termlight's entries, then the imported ones that are switched on. */
  entries: readonly GlossaryEntry[];
  search(query: string): SearchResult[];
  /** The card of any entry, built-in or imported; null for an unknown id. */
  cardOf(id: string): CardData | null;
}

/**
 * The glossary search for an extension page: the index is built once, and again only when the
 * imported glossaries change (imported, switched on or off, removed).
 */
export function useGlossarySearch(): GlossarySearch {
  const [imported, setImported] = useState<CardData[]>([]);

  useEffect(() => {
    let live = true;
    const load = () =>
      void loadImportedCards().then((cards) => {
        if (live) setImported(cards);
      });
    load();
    const stop = watchGlossaryIndex(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  return useMemo(() => {
    const importedById = new Map(imported.map((c) => [c.entry.id, c]));
    const entries = [...GLOSSARY, ...imported.map((c) => c.entry)];
    const index = buildSearchIndex(entries, (id) => importedById.get(id)?.origin?.glossary);
    return {
      entries,
      search: (query) => searchIndex(index, query),
      cardOf: (id) => importedById.get(id) ?? cardData(id),
    };
  }, [imported]);
}
