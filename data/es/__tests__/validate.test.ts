import { GLOSSARY } from '../../glossary';
import type { SpanishLevel, SpanishSource } from '../types';
import { findSpanishProblems, spanishDoseLikePhrase, validateSpanishLevels } from '../validate';

const ENTRY_IDS = new Set(GLOSSARY.map((e) => e.id));

const SOURCE: SpanishSource = {
  id: 'nci-es-test',
  title: 'Diccionario de cáncer del NCI',
  publisher: 'Instituto Nacional del Cáncer',
  kind: 'nci',
  url: 'https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer',
  lastRevised: null,
  accessed: '2026-12-07',
  lang: 'es',
};

const fact = (text: string, source = SOURCE.id) => ({ text, source });

const LEVEL: SpanishLevel = {
  name: 'Remisión',
  summary: fact('La remisión es cuando los signos del cáncer desaparecen.'),
  explanation: [fact('Su equipo médico le dirá qué significa para usted.')],
};

const problemsOf = (levels: unknown, sources: readonly unknown[] = [SOURCE]) =>
  findSpanishProblems(levels, sources, ENTRY_IDS, new Set(['acs-targeted']));

const messages = (levels: unknown, sources?: readonly unknown[]) =>
  problemsOf(levels, sources).map((p) => p.message);

describe('Spanish level validator', () => {
  it('accepts a well-formed level with a Spanish primary source', () => {
    expect(problemsOf({ remission: LEVEL })).toEqual([]);
    expect(() => validateSpanishLevels({ remission: LEVEL }, [SOURCE], ENTRY_IDS)).not.toThrow();
  });

  it('refuses a key that is not an entry id', () => {
    expect(messages({ remision: LEVEL })).toEqual([
      'Spanish level "remision": field "(key)" is not the id of a glossary entry',
    ]);
    expect(() => validateSpanishLevels({ remision: LEVEL }, [SOURCE], ENTRY_IDS)).toThrow(
      /remision/,
    );
  });

  it('refuses a fact whose source is unknown or English', () => {
    const level = { ...LEVEL, explanation: [fact('Texto.', 'acs-targeted'), fact('Otro.', 'x')] };
    expect(messages({ remission: level })).toEqual([
      'Spanish level "remission": field "explanation[0].source" names "acs-targeted", which is not a Spanish source',
      'Spanish level "remission": field "explanation[1].source" names "x", which is not a Spanish source',
    ]);
  });

  it('refuses empty text, an empty explanation and a missing summary', () => {
    expect(messages({ remission: { ...LEVEL, summary: fact('  ') } })).toContain(
      'Spanish level "remission": field "summary.text" is empty',
    );
    expect(messages({ remission: { ...LEVEL, explanation: [] } })).toContain(
      'Spanish level "remission": field "explanation" is empty',
    );
    const noSummary: Partial<SpanishLevel> = { ...LEVEL };
    delete noSummary.summary;
    expect(messages({ remission: noSummary })).toContain(
      'Spanish level "remission": field "summary" is missing',
    );
    expect(messages({ remission: { ...LEVEL, name: '' } })).toContain(
      'Spanish level "remission": field "name" is empty',
    );
  });

  it('keeps the summary to one sentence ending in a full stop', () => {
    const two = fact('Es un estado. ¿Qué significa?');
    expect(messages({ remission: { ...LEVEL, summary: two } })).toContain(
      'Spanish level "remission": field "summary.text" must be one sentence',
    );
    expect(messages({ remission: { ...LEVEL, summary: fact('Sin punto') } })).toContain(
      'Spanish level "remission": field "summary.text" must end with a full stop',
    );
  });

  it('refuses side effects that name none', () => {
    const level = { ...LEVEL, sideEffects: { common: [], serious: [], callCareTeam: [] } };
    expect(messages({ remission: level })).toEqual([
      'Spanish level "remission": field "sideEffects" names no side effect at all',
    ]);
  });

  it('checks drug facts and side-effect lists when they are there', () => {
    const level = {
      ...LEVEL,
      drug: { drugClass: fact('Un ITC.') },
      sideEffects: { common: [fact('')], serious: [], callCareTeam: 'no' },
    };
    expect(messages({ remission: level })).toEqual([
      'Spanish level "remission": field "drug.howGiven" is missing',
      'Spanish level "remission": field "sideEffects.common[0].text" is empty',
      'Spanish level "remission": field "sideEffects.callCareTeam" must be a list of facts',
    ]);
  });

  it.each([
    ['Se toma 400 mg.', 'mg'],
    ['Tome dos tabletas.', 'dos tabletas'],
    ['Se toma dos veces al día.', 'dos veces'],
    ['Tome una pastilla al día.', 'al día'],
    ['Se da cada 12 horas.', 'cada 12 horas'],
    ['La dosis de inicio es baja.', 'dosis de'],
    ['Se da durante 28 días.', 'durante 28 días'],
    ['Se toma diariamente.', 'diariamente'],
    ['Se da el día 8 del ciclo.', 'día 8'],
    ['Se toma por día.', 'por día'],
    ['Se da 7 días de descanso.', '7 días de descanso'],
    ['Take it twice daily.', 'twice'],
  ])('refuses dose-like text: %s', (text, phrase) => {
    expect(spanishDoseLikePhrase(text)?.phrase.toLowerCase()).toBe(phrase.toLowerCase());
    const level = { ...LEVEL, explanation: [fact(text)] };
    expect(messages({ remission: level }).join('\n')).toMatch(/reads like a dose or schedule/);
  });

  it.each([
    'Una vez que termina el tratamiento, su equipo médico le hará pruebas.',
    'A veces la leucemia vuelve.',
    'Los cromosomas 9 y 22 intercambian partes.',
    'Se toma por boca, en forma de pastillas.',
    'Su equipo médico decide la dosis.',
  ])('lets plain text through: %s', (text) => {
    expect(spanishDoseLikePhrase(text)).toBeNull();
  });

  it('refuses a source that is not Spanish, not primary, undated or an English id', () => {
    const bad = [
      { ...SOURCE, id: 'a', lang: 'en' },
      { ...SOURCE, id: 'b', kind: 'secondary', url: 'https://example.org/x' },
      { ...SOURCE, id: 'c', lastRevised: null, accessed: undefined },
      { ...SOURCE, id: 'acs-targeted' },
      { ...SOURCE, id: 'd', kind: 'nci', url: 'https://example.org/copia' },
      { ...SOURCE, id: 'e', lastRevised: '2026-02-30' },
    ];
    const out = messages({}, bad);
    expect(out).toEqual(
      expect.arrayContaining([
        'Spanish source "a": field "lang" must be "es" (got "en")',
        'Spanish source "b": field "kind" must be a primary kind (NCI, ACS, LLS, FDA, paper), not "secondary"',
        'Spanish source "c": field "accessed" is missing: a source with no revision date needs the day we read it',
        'Spanish source "acs-targeted": field "id" is already the id of an English source',
        expect.stringMatching(/^Spanish source "d": field "url" is not on a site of kind "nci"/),
        expect.stringMatching(/^Spanish source "e": field "lastRevised" must be a real date/),
      ]),
    );
  });

  it('accepts a stated gap, but not one for an unknown or written entry, or without a reason', () => {
    const gaps = { cd22: 'No Spanish primary source.', remission: 'x', nada: 'y', cd19: ' ' };
    const out = findSpanishProblems({ remission: LEVEL }, [SOURCE], ENTRY_IDS, new Set(), gaps);
    expect(out.map((p) => p.message)).toEqual([
      'Spanish level "remission": field "(gap)" is listed as a gap but has a level',
      'Spanish level "nada": field "(gap)" is listed as a gap but is not the id of an entry',
      'Spanish level "cd19": field "(gap)" gives no reason',
    ]);
  });

  it('refuses levels that are not an object keyed by entry id', () => {
    expect(messages([LEVEL])).toEqual(['The Spanish levels must be an object keyed by entry id']);
  });
});
