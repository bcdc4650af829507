/**
 * The real Spanish level (issue #29): every entry has one (or is on the to-do list, which only
 * shrinks), every Spanish source is cited, and the text holds the readability target stated in
 * docs/spanish.md, in plain "usted" Spanish with NCI/ACS usage.
 */
import { GLOSSARY } from '../../glossary';
import { SPANISH_GAPS, SPANISH_LEVELS, SPANISH_SOURCES } from '../index';
import { SPANISH_LEVELS_TODO } from '../missing';
import { fernandezHuerta, spanishSentences, spanishWords, szigrisztPazos } from '../readability';
import { spanishLevelFacts, spanishLevelText } from '../text';

/** The target (docs/spanish.md): each entry's patient text at least "normal" on both scales. */
const MIN_FERNANDEZ_HUERTA = 65;
const MIN_SZIGRISZT_PAZOS = 55;
/** And, over all the Spanish cards, "bastante fácil" on average. */
const MIN_MEAN_FERNANDEZ_HUERTA = 70;
const MAX_WORDS_PER_SENTENCE = 25;

const levels = Object.entries(SPANISH_LEVELS);

describe('the Spanish level of the built-in glossary', () => {
  it('gives every entry its Spanish level or a stated gap, or lists it as to do (a list that only shrinks)', () => {
    const entryIds = GLOSSARY.map((e) => e.id);
    const todo = new Set(SPANISH_LEVELS_TODO);
    const done = (id: string) => id in SPANISH_LEVELS || id in SPANISH_GAPS;
    const missing = entryIds.filter((id) => !done(id) && !todo.has(id));
    expect(
      missing,
      'write their Spanish level, or (for now) list them in data/es/missing.ts',
    ).toEqual([]);
    const stale = SPANISH_LEVELS_TODO.filter((id) => done(id) || !entryIds.includes(id));
    expect(
      stale,
      'delete these ids from data/es/missing.ts (done, a gap, or not an entry)',
    ).toEqual([]);
    expect(todo.size).toBe(SPANISH_LEVELS_TODO.length);
  });

  it('cites every Spanish source it lists', () => {
    const cited = new Set(levels.flatMap(([, l]) => spanishLevelFacts(l).map((f) => f.source)));
    const unused = SPANISH_SOURCES.filter((s) => !cited.has(s.id)).map((s) => s.id);
    expect(unused, 'remove these from data/es/sources.ts, or cite them').toEqual([]);
  });

  it('reads at least "normal" on Fernández-Huerta and INFLESZ, entry by entry', () => {
    const hard = levels
      .map(([id, level]) => {
        const text = spanishLevelText(level);
        return { id, fh: fernandezHuerta(text), sp: szigrisztPazos(text) };
      })
      .filter(({ fh, sp }) => !(fh >= MIN_FERNANDEZ_HUERTA && sp >= MIN_SZIGRISZT_PAZOS))
      .map(
        ({ id, fh, sp }) => `${id}: Fernández-Huerta ${fh.toFixed(1)}, INFLESZ ${sp.toFixed(1)}`,
      );
    expect(hard).toEqual([]);
  });

  it('reads "bastante fácil" on average over all the Spanish cards', () => {
    if (levels.length === 0) return;
    const scores = levels.map(([, l]) => fernandezHuerta(spanishLevelText(l)));
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN_FERNANDEZ_HUERTA);
  });

  it('keeps every sentence short and every summary to one sentence', () => {
    const long: string[] = [];
    for (const [id, level] of levels) {
      expect(spanishSentences(level.summary.text), id).toHaveLength(1);
      for (const f of spanishLevelFacts(level)) {
        for (const s of spanishSentences(f.text)) {
          if (spanishWords(s).length > MAX_WORDS_PER_SENTENCE) long.push(`${id}: ${s}`);
        }
      }
    }
    expect(long).toEqual([]);
  });

  it('speaks to the reader as "usted", calmly, in NCI/ACS usage', () => {
    const RULES: readonly { pattern: RegExp; why: string }[] = [
      { pattern: /(?<!\p{L})(?:tú|tu|tus|ti|contigo)(?!\p{L})/iu, why: 'use "usted", not "tú"' },
      { pattern: /quinasa/iu, why: 'NCI/ACS write "cinasa"' },
      { pattern: /Philadelphia/u, why: 'NCI/ACS write "cromosoma Filadelfia"' },
      { pattern: /(?<!\p{L})LAL(?!\p{L})/u, why: 'NCI/ACS write "LLA"' },
      { pattern: /!|¡/u, why: 'no exclamation marks' },
    ];
    const out: string[] = [];
    for (const [id, level] of levels) {
      for (const f of [{ text: level.name }, ...spanishLevelFacts(level)]) {
        for (const { pattern, why } of RULES) {
          if (pattern.test(f.text)) out.push(`${id}: "${f.text}" (${why})`);
        }
      }
    }
    expect(out).toEqual([]);
  });
});
