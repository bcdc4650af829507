/** Study mode: cards from the glossary, decks, FSRS scheduling, stored progress and export. */
import { GLOSSARY, SOURCES, formatRevised } from '../../data/index';
import type { Source } from '../../data/types';
import { generateCards, type CardOptions, type StudyCard } from './cards';
import type { Course } from './courses';
import type { ExportSource } from './export';

export * from './cards';
export * from './courses';
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

/** "Targeted Therapy for … (American Cancer Society, October 17, 2018), https://…". */
function describe(source: Source): string {
  const by = [source.publisher, formatRevised(source.lastRevised)].filter((p) => p !== '');
  return [`${source.title} (${by.join(', ')})`, ...(source.url ? [source.url] : [])].join(', ');
}

/** The built-in glossary's sources, then the courses'. */
export interface StudySources extends ExportSource {
  find(sourceId: string): Source | undefined;
}

export function studySources(courses: readonly Course[] = []): StudySources {
  const find = (id: string) =>
    SOURCES.find((s) => s.id === id) ?? courses.find((c) => c.sources.has(id))?.sources.get(id);
  return {
    find,
    describe: (id) => {
      const source = find(id);
      return source ? describe(source) : id;
    },
  };
}

/** "Targeted Therapy for … (American Cancer Society, October 17, 2018), https://…". */
export function describeSource(sourceId: string): string {
  return studySources().describe(sourceId);
}

export const GLOSSARY_SOURCES: ExportSource = studySources();
