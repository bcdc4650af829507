/** Study mode: cards from the glossary, decks, FSRS scheduling, stored progress and export. */
import { GLOSSARY, SOURCES, formatRevised } from '../../data/index';
import { generateCards, type CardOptions, type StudyCard } from './cards';
import type { ExportSource } from './export';

export * from './cards';
export * from './decks';
export * from './export';
export * from './scheduler';
export * from './session';

const cached = new Map<boolean, StudyCard[]>();

/** Every card the validated glossary yields (made once per page and level). */
export function glossaryCards({ student = false }: CardOptions = {}): StudyCard[] {
  let cards = cached.get(student);
  if (!cards) cached.set(student, (cards = generateCards(GLOSSARY, { student })));
  return cards;
}

/** "Targeted Therapy for … (American Cancer Society, October 17, 2018)". */
export function describeSource(sourceId: string): string {
  const source = SOURCES.find((s) => s.id === sourceId);
  if (!source) return sourceId;
  return `${source.title} (${source.publisher}, ${formatRevised(source.lastRevised)}), ${source.url}`;
}

export const GLOSSARY_SOURCES: ExportSource = { describe: describeSource };
