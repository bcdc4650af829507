import { cardData } from '../../../data/card';
import { withSpanish } from '../../../data/es/card';
import { SPANISH_LEVELS, SPANISH_SOURCES } from '../../../data/es/index';
import { cardInLanguage, LANGUAGE_NOTES, spanishCard } from '../card-in-language';

const card = (id: string) => withSpanish(cardData(id)!);
const spanishIds = new Set(SPANISH_SOURCES.map((s) => s.id));

describe('a card in Spanish (issue #29)', () => {
  it('shows the Spanish level, its Spanish sources and disclaimer, and no English respelling', () => {
    // A drug's Spanish level where one has landed, else a concept's.
    const id = Object.keys(SPANISH_LEVELS).find((k) => SPANISH_LEVELS[k]!.drug) ?? 'bcr-abl';
    const level = SPANISH_LEVELS[id]!;
    const shown = cardInLanguage(card(id), 'es');
    expect(shown.lang).toBe('es');
    expect(shown.note).toBe(null);
    const { entry, sources, disclaimer } = shown.data;
    expect(entry.name).toBe(level.name);
    expect(entry.summary).toBe(level.summary.text);
    expect(entry.explanationFacts).toEqual(level.explanation);
    if (level.drug) expect(entry.drug?.howGiven).toEqual(level.drug.howGiven);
    expect(entry.pronunciation).toBeUndefined();
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(spanishIds.has(s.id), s.id).toBe(true);
    expect(sources[0]!.id).toBe(level.summary.source);
    expect(disclaimer).toMatch(/no un consejo médico/);
  });

  it('names related terms in Spanish where they have a Spanish level', () => {
    const data = card('philadelphia-chromosome');
    const shown = cardInLanguage(data, 'es').data;
    for (const r of shown.related) {
      expect(r.name).toBe(
        SPANISH_LEVELS[r.id]?.name ?? data.related.find((x) => x.id === r.id)!.name,
      );
    }
  });

  it('stays English, with a Spanish note, where the entry has no Spanish level', () => {
    const id = 'remission';
    expect(SPANISH_LEVELS[id]).toBeUndefined();
    const data = card(id);
    expect(spanishCard(data)).toBe(null);
    expect(cardInLanguage(data, 'es')).toEqual({
      data,
      lang: 'en',
      note: LANGUAGE_NOTES.noSpanishYet,
    });
  });

  it('leaves English cards and imported cards as they are', () => {
    const data = card('imatinib');
    expect(cardInLanguage(data, 'en')).toEqual({ data, lang: 'en', note: null });
    const imported = { ...cardData('imatinib')!, origin: { glossary: 'Course' } };
    expect(withSpanish(imported)).toBe(imported);
    expect(cardInLanguage(imported, 'es').lang).toBe('en');
  });
});
