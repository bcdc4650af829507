import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CardData } from '../../data/card';
import { withSpanish } from '../../data/es/card';
import type { GlossaryEntry } from '../../data/types';
import { glossaryRegistry } from '../../lib/glossaries/registry';
import { buildSearchIndex, searchIndex, type SearchResult } from '../../lib/search';
import { spanishSearchSide } from '../../lib/search/spanish';

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
  // Built-in cards carry their Spanish side, for pages shown in Spanish (issue #29).
  const [registry] = useState(() => glossaryRegistry({ withLevels: withSpanish }));

  useEffect(() => {
    let live = true;
    const load = () =>
      void registry.importedCards().then((cards) => {
        if (live) setImported(cards);
      });
    load();
    const stop = registry.watch(load);
    return () => {
      live = false;
      stop();
    };
  }, [registry]);

  return useMemo(() => {
    const importedById = new Map(imported.map((c) => [c.entry.id, c]));
    const entries = [...registry.builtInEntries, ...imported.map((c) => c.entry)];
    // Built-in entries are found by their Spanish names and text too (issue #29).
    const index = buildSearchIndex(
      entries,
      (id) => importedById.get(id)?.origin?.glossary,
      (id) => (importedById.has(id) ? undefined : spanishSearchSide(id)),
    );
    return {
      entries,
      search: (query) => searchIndex(index, query),
      cardOf: (id) => importedById.get(id) ?? registry.builtInCard(id),
    };
  }, [registry, imported]);
}
