/**
 * The cards of the imported glossaries that are switched on, for the popup's and the glossary
 * page's search. Extension pages may read storage themselves; a glossary that cannot be read is
 * left out (the options page is where problems are shown), never a broken search.
 */
import type { CardData } from '../../data/card';
import { importedCardData } from '../../lib/glossaries/imported-card';
import { loadGlossary, loadGlossaryIndex } from '../../lib/glossaries/store';

export async function loadImportedCards(): Promise<CardData[]> {
  let index;
  try {
    index = await loadGlossaryIndex();
  } catch {
    return [];
  }
  const lists = await Promise.all(
    index.glossaries
      .filter((g) => g.enabled)
      .map(async (g) => {
        const glossary = await loadGlossary(g.key).catch(() => null);
        if (!glossary) return [];
        return glossary.entries.flatMap((e) => importedCardData(glossary, g.key, e.id) ?? []);
      }),
  );
  return lists.flat();
}
