/**
 * Issue #29: the Spanish patient level of the drug and cell entries. Every drug and cell entry has
 * a Spanish level or a stated reason why not (a list that may only shrink), and every Spanish fact
 * rests on a dated, primary, Spanish source. No doses.
 */
import { CELL_ENTRIES } from '../entries/cells-and-cell-therapy';
import { DRUG_ENTRIES } from '../entries/drugs';
import { CELL_GAPS_ES, CELL_LEVELS_ES } from '../es/entries/cells-and-cell-therapy';
import { DRUG_GAPS_ES, DRUG_LEVELS_ES } from '../es/entries/drugs';
import { SPANISH_GAPS, SPANISH_LEVELS, SPANISH_SOURCES } from '../es/index';
import type { SpanishLevel, SpanishSource } from '../es/types';
import { isPrimarySource, urlFitsKind } from '../source-kinds';
import type { Fact, GlossaryEntry } from '../types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every fact of a Spanish level, with where it sits. */
function levelFacts(level: SpanishLevel): { path: string; fact: Fact }[] {
  const out: { path: string; fact: Fact }[] = [{ path: 'summary', fact: level.summary }];
  level.explanation.forEach((f, i) => out.push({ path: `explanation[${i}]`, fact: f }));
  if (level.drug) {
    out.push({ path: 'drug.drugClass', fact: level.drug.drugClass });
    out.push({ path: 'drug.howGiven', fact: level.drug.howGiven });
  }
  if (level.sideEffects) {
    for (const [group, facts] of Object.entries(level.sideEffects)) {
      (facts ?? []).forEach((f, i) => out.push({ path: `sideEffects.${group}[${i}]`, fact: f }));
    }
  }
  return out;
}

/**
 * A digit that is not part of a marker's name (CD19, CD22, CD3) could be a dose, a schedule or a
 * count the card must not give; so could a unit.
 */
function looksLikeDose(text: string): boolean {
  const withoutMarkers = text.replace(/\bCD\d+\b/g, 'CD');
  return (
    /\d/.test(withoutMarkers) ||
    /\b(mg|mcg|µg|ml|mL|miligramos?|microgramos?|mililitros?|dosis de)\b/i.test(text)
  );
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** What is wrong with one Spanish level, as "id: path: problem" lines. */
function levelProblems(
  id: string,
  level: SpanishLevel,
  sources: ReadonlyMap<string, SpanishSource>,
): string[] {
  const out: string[] = [];
  if (!level.name.trim()) out.push(`${id}: name is empty`);
  if (level.explanation.length === 0) out.push(`${id}: explanation is empty`);
  for (const { path, fact } of levelFacts(level)) {
    const where = `${id}: ${path}`;
    if (!fact.text.trim()) out.push(`${where}: empty text`);
    if (looksLikeDose(fact.text)) out.push(`${where}: a digit or unit, maybe a dose`);
    for (const s of sentencesOf(fact.text)) {
      if (wordsOf(s).length > 20) out.push(`${where}: sentence over 20 words`);
    }
    const source = sources.get(fact.source);
    if (!source) {
      out.push(`${where}: cites "${fact.source}", not a Spanish source`);
      continue;
    }
    if (source.lang !== 'es') out.push(`${where}: its source is not in Spanish`);
    if (!isPrimarySource(source)) out.push(`${where}: its source is not primary`);
    if (!source.kind || !urlFitsKind(source.url, source.kind)) {
      out.push(`${where}: its source's address does not fit its kind`);
    }
    if (!source.accessed || !ISO_DATE.test(source.accessed)) {
      out.push(`${where}: its source has no date read`);
    }
    if (source.lastRevised !== null && !ISO_DATE.test(source.lastRevised)) {
      out.push(`${where}: its source's revision date is not a date`);
    }
  }
  return out;
}

/** The English card names a boxed warning among its serious side effects. */
function hasBoxedWarning(entry: GlossaryEntry): boolean {
  return (entry.sideEffects?.serious ?? []).some((f) => /boxed warning/i.test(f.text));
}

/**
 * A Spanish drug or cell-therapy card must not say less about danger than the English one: it
 * needs serious side effects, the signs to call about where the English card has them, and, where
 * the English label has a boxed warning, a Spanish line about it (FDA: "recuadro de advertencias";
 * MedlinePlus: "advertencia"). Otherwise the entry stays a gap and its card stays English.
 */
function safetyProblems(entry: GlossaryEntry, level: SpanishLevel): string[] {
  const english = entry.sideEffects;
  if (!english) return [];
  const id = entry.id;
  const spanish = level.sideEffects;
  if (!spanish) return [`${id}: the English card has side effects, the Spanish one none`];
  const out: string[] = [];
  if (english.serious.length > 0 && spanish.serious.length === 0) {
    out.push(`${id}: no serious side effects in Spanish`);
  }
  if (english.callCareTeam.length > 0 && spanish.callCareTeam.length === 0) {
    out.push(`${id}: no signs to call the care team about in Spanish`);
  }
  if (hasBoxedWarning(entry) && !spanish.serious.some((f) => /advertencia/i.test(f.text))) {
    out.push(`${id}: the boxed warning is missing in Spanish`);
  }
  return out;
}

const SOURCES_BY_ID = new Map(SPANISH_SOURCES.map((s) => [s.id, s]));
const MY_ENTRIES = [...DRUG_ENTRIES, ...CELL_ENTRIES];
const MY_LEVELS = { ...DRUG_LEVELS_ES, ...CELL_LEVELS_ES };
const MY_GAPS = { ...DRUG_GAPS_ES, ...CELL_GAPS_ES };

/** How many drug and cell entries have no Spanish level yet; this may only go down. */
const MAX_GAPS = 13;

describe('Spanish level of the drug and cell entries', () => {
  it('gives every drug and cell entry a Spanish level or a reason why not, never both', () => {
    for (const e of MY_ENTRIES) {
      const hasLevel = e.id in MY_LEVELS;
      const gap = MY_GAPS[e.id];
      expect(hasLevel || (gap !== undefined && gap.trim() !== ''), e.id).toBe(true);
      expect(hasLevel && gap !== undefined, `${e.id} is both done and a gap`).toBe(false);
    }
  });

  it('keys levels and gaps by ids of real drug and cell entries', () => {
    const ids = new Set(MY_ENTRIES.map((e) => e.id));
    for (const id of [...Object.keys(MY_LEVELS), ...Object.keys(MY_GAPS)]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('only shrinks the list of entries without a Spanish level', () => {
    expect(Object.keys(MY_GAPS).length).toBeLessThanOrEqual(MAX_GAPS);
  });

  it('puts every level into SPANISH_LEVELS and every gap into SPANISH_GAPS', () => {
    for (const [id, level] of Object.entries(MY_LEVELS)) {
      expect(SPANISH_LEVELS[id], id).toBe(level);
    }
    for (const [id, reason] of Object.entries(MY_GAPS)) {
      expect(SPANISH_GAPS[id], id).toBe(reason);
    }
  });

  it('rests every fact on a dated, primary, Spanish source, with no dose and short sentences', () => {
    const problems = Object.entries(MY_LEVELS).flatMap(([id, level]) =>
      levelProblems(id, level, SOURCES_BY_ID),
    );
    expect(problems).toEqual([]);
  });

  it('catches a level that breaks those rules (the check can fail)', () => {
    const english: SpanishSource = {
      ...SPANISH_SOURCES[0]!,
      id: 'an-english-copy',
      lang: 'en' as 'es',
      kind: 'nci',
      url: 'https://example.org/copy',
      accessed: undefined,
    };
    const sources = new Map([...SOURCES_BY_ID, [english.id, english]]);
    const broken: SpanishLevel = {
      name: 'Prueba',
      summary: { text: 'Se toman dos pastillas de 100 mg al día.', source: english.id },
      explanation: [
        { text: 'Una frase.', source: 'no-such-source' },
        {
          text: 'Esta frase es demasiado larga porque tiene muchas palabras que no hacen falta y sigue y sigue sin parar nunca, ni de día ni de noche.',
          source: SPANISH_SOURCES[0]!.id,
        },
      ],
    };
    const problems = levelProblems('prueba', broken, sources).join('\n');
    expect(problems).toContain('summary: a digit or unit, maybe a dose');
    expect(problems).toContain('summary: its source is not in Spanish');
    expect(problems).toContain("summary: its source's address does not fit its kind");
    expect(problems).toContain('summary: its source has no date read');
    expect(problems).toContain('explanation[0]: cites "no-such-source", not a Spanish source');
    expect(problems).toContain('explanation[1]: sentence over 20 words');
    expect(looksLikeDose('CD19 es un receptor.')).toBe(false);
    expect(looksLikeDose('Se da en 28 días.')).toBe(true);
  });

  it('never gives a drug or cell therapy a Spanish card that leaves out its warnings', () => {
    const problems = MY_ENTRIES.flatMap((e) => {
      const level = MY_LEVELS[e.id];
      return level ? safetyProblems(e, level) : [];
    });
    expect(problems).toEqual([]);
  });

  it('catches a Spanish drug card without its boxed warning (the check can fail)', () => {
    const ponatinib = DRUG_ENTRIES.find((e) => e.id === 'ponatinib')!;
    expect(hasBoxedWarning(ponatinib)).toBe(true);
    const source = SPANISH_SOURCES[0]!.id;
    const fact = (text: string): Fact => ({ text, source });
    const bare: SpanishLevel = {
      name: 'Ponatinib',
      summary: fact('El ponatinib es un medicamento para la leucemia.'),
      explanation: [fact('Se toma por la boca.')],
    };
    expect(safetyProblems(ponatinib, bare)).toEqual([
      'ponatinib: the English card has side effects, the Spanish one none',
    ]);
    const partial: SpanishLevel = {
      ...bare,
      sideEffects: {
        common: [],
        serious: [fact('Puede causar coágulos de sangre graves.')],
        callCareTeam: [],
      },
    };
    expect(safetyProblems(ponatinib, partial)).toEqual([
      'ponatinib: no signs to call the care team about in Spanish',
      'ponatinib: the boxed warning is missing in Spanish',
    ]);
  });

  it('keeps the Spanish sentences short: about 15 words on average', () => {
    const lengths = Object.values(MY_LEVELS).flatMap((level) =>
      levelFacts(level).flatMap(({ fact }) => sentencesOf(fact.text).map((s) => wordsOf(s).length)),
    );
    expect(lengths.length).toBeGreaterThan(0);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeLessThanOrEqual(15);
  });
});
