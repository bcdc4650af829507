/**
 * Course decks: an imported glossary (an instructor's word list for a course) studied as its own
 * deck (#28). Its cards are made the same way as the built-in glossary's, from the entries' own
 * fields, so every answer is a fact the file states; each card says which glossary it comes from,
 * and that Termlight did not review it. The entries come from the glossary registry
 * (lib/glossaries/registry.ts), as the cards pages open do.
 */
import type { CardData } from '../../data/card';
import { splitImportedTermId } from '../../data/term-id';
import type { Source } from '../../data/types';
import { generateCards, type StudyCard } from './cards';

export interface Course {
  /** The imported glossary's key ("g3"). */
  key: string;
  name: string;
  cards: StudyCard[];
  /** The sources its cards cite, by source id. */
  sources: ReadonlyMap<string, Source>;
}

/**
 * An imported entry's facts cite its own sources by their place in it ("source-0"); in a deck
 * beside other entries and the built-in glossary, each is named by its entry as well.
 */
const scopedSourceId = (termId: string, sourceId: string): string => `${termId}#${sourceId}`;

/**
 * The imported glossaries' entries (the registry's cards, in its order) as courses, one per
 * glossary. Cards of unknown shape (not an imported term) are left out.
 */
export function coursesFromCards(cards: readonly CardData[]): Course[] {
  const groups = new Map<string, { name: string; cards: CardData[] }>();
  for (const card of cards) {
    const key = splitImportedTermId(card.entry.id)?.key;
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.cards.push(card);
    else groups.set(key, { name: card.origin?.glossary ?? key, cards: [card] });
  }
  return [...groups].map(([key, group]) => courseOf(key, group.name, group.cards));
}

function courseOf(key: string, name: string, entries: readonly CardData[]): Course {
  const sources = new Map<string, Source>();
  for (const { entry, sources: own } of entries) {
    for (const { id, title, publisher, url, lastRevised } of own) {
      const scoped = scopedSourceId(entry.id, id);
      sources.set(scoped, { id: scoped, title, publisher, url, lastRevised });
    }
  }
  const course = { key, name };
  const cards = generateCards(
    entries.map((c) => c.entry),
    { course },
  ).map((card) => ({
    ...card,
    origins: card.origins.map((o) => ({ ...o, source: scopedSourceId(o.entryId, o.source) })),
  }));
  return { ...course, cards, sources };
}
