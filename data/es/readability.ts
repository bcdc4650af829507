/**
 * Readability of Spanish text (issue #29): a rule-based Spanish syllable counter and two
 * Flesch-type scores made for Spanish. English counters miss Spanish hiatus and diphthongs ("día"
 * is one vowel group but two syllables, "leucemia" three), so Spanish gets its own counter.
 *
 * - Fernández-Huerta (1959), as corrected by Gwillim Law (LINGUIST List 22.2332, 2011):
 *   L = 206.84 − 0.60 P − 1.02 F, P = syllables per 100 words, F = words per sentence.
 *   (The version often printed takes F as sentences per 100 words, which makes shorter sentences
 *   score worse; Law showed the coefficients only fit Flesch with words per sentence.)
 * - Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale (Barrio-Cantalejo et al.,
 *   An Sist Sanit Navar 2008;31(2):135-152): I = 206.835 − 62.3 S/P − P/F.
 * See docs/spanish.md for the scales and the target the Spanish cards hold.
 */

/** Vowels that form a syllable nucleus of their own next to any other vowel (hiatus). */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
/** Unaccented i and u (and ü): they join a neighbouring vowel into one syllable (diphthong). */
const WEAK = new Set(['i', 'u', 'ü']);

const isVowel = (ch: string | undefined): boolean =>
  ch !== undefined && (STRONG.has(ch) || WEAK.has(ch));

/**
 * How Spanish letter names are said, for abbreviations read letter by letter ("LLA" is
 * "ele, ele, a"): the syllables of each letter's name.
 */
// prettier-ignore
const LETTER_NAME_SYLLABLES: Readonly<Record<string, number>> = {
  a: 1, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 2, i: 1, j: 2, k: 1, l: 2, m: 2, n: 2, ñ: 2,
  o: 1, p: 1, q: 1, r: 2, s: 2, t: 1, u: 1, v: 2, w: 3, x: 2, y: 1, z: 2,
};

/** Syllables of a run of digits read aloud: two a digit, a fair mean for Spanish numbers. */
const DIGIT_SYLLABLES = 2;

/**
 * Marks each letter of a lower-case word as a vowel nucleus candidate or not, by the Spanish
 * rules: the u of "que, qui, gue, gui" is silent (but not the ü of "güe, güi"); y is a vowel
 * (like i) when no vowel follows it ("rey", "muy"), a consonant otherwise ("ayuda").
 */
function vowelMask(word: string): boolean[] {
  const letters = [...word];
  return letters.map((ch, i) => {
    const prev = letters[i - 1];
    const next = letters[i + 1];
    const frontVowelNext = next === 'e' || next === 'i' || next === 'é' || next === 'í';
    if (ch === 'u' && (prev === 'q' || (prev === 'g' && frontVowelNext))) return false;
    if (ch === 'y') return !isVowel(next) && next !== 'y';
    return isVowel(ch);
  });
}

/** The syllables of one run of vowels: one, plus one for each hiatus inside it. */
function nucleiInVowelRun(run: string[]): number {
  let count = 1;
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1]!;
    const b = run[i]!;
    // Two strong vowels are said apart (hiatus); an accented í or ú counts as strong here, so
    // "día" and "baúl" split while "ciudad" and "construí" (weak + weak) do not.
    if (STRONG.has(a) && STRONG.has(b)) count++;
  }
  return count;
}

/** True for an abbreviation said letter by letter: two or more capitals and no lower case. */
function isSpelledOut(word: string): boolean {
  return /^[\p{Lu}\d]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Syllables of one Spanish word, by rule: vowel nuclei, with diphthongs and triphthongs counted
 * once and hiatus (two strong vowels, or an accented í/ú) counted apart; "qu"/"gu" + e/i has a
 * silent u; y is a vowel at the end of a word. An abbreviation in capitals ("LLA", "BCR") counts
 * the names of its letters; digits count two syllables each. Never less than 1.
 */
export function spanishSyllables(word: string): number {
  let total = 0;
  for (const part of word.split(/[-'’:]+/)) {
    if (part === '') continue;
    if (isSpelledOut(part)) {
      for (const ch of part.toLowerCase()) {
        total += /\d/.test(ch) ? DIGIT_SYLLABLES : (LETTER_NAME_SYLLABLES[ch] ?? 1);
      }
      continue;
    }
    const digits = part.match(/\d/g)?.length ?? 0;
    total += digits * DIGIT_SYLLABLES;
    const letters = part.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (letters === '') continue;
    const chars = [...letters];
    const mask = vowelMask(letters);
    let run: string[] = [];
    let syl = 0;
    chars.forEach((ch, i) => {
      if (mask[i]) {
        run.push(ch === 'y' ? 'i' : ch);
      } else if (run.length > 0) {
        syl += nucleiInVowelRun(run);
        run = [];
      }
    });
    if (run.length > 0) syl += nucleiInVowelRun(run);
    total += Math.max(1, syl);
  }
  return Math.max(1, total);
}

/** Words: runs of letters or digits, with inner hyphens and apostrophes kept, and a trailing +. */
export function spanishWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:(?:[-'’]|::)[\p{L}\p{N}]+)*\+?/gu) ?? [];
}

/**
 * Sentences: split after . ! ? (and a closing quote or bracket) where a space and the start of a
 * new sentence follow (a capital, a digit, or an opening ¿ ¡ « “ ( ).
 */
export function spanishSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”»)]?)\s+(?=[¿¡«"“(]?[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => spanishWords(s).length > 0);
}

export interface SpanishTextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

export function spanishTextCounts(text: string): SpanishTextCounts {
  const ws = spanishWords(text);
  return {
    words: ws.length,
    sentences: Math.max(1, spanishSentences(text).length),
    syllables: ws.reduce((n, w) => n + spanishSyllables(w), 0),
  };
}

/**
 * Fernández-Huerta readability (lecturabilidad), with Law's correction: 206.84 − 0.60 × syllables
 * per 100 words − 1.02 × words per sentence. Higher is easier: 70–80 "bastante fácil", 60–70
 * "normal (para adultos)". NaN for text without words.
 */
export function fernandezHuerta(text: string): number {
  const c = spanishTextCounts(text);
  if (c.words === 0) return Number.NaN;
  return 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * (c.words / c.sentences);
}

/**
 * Szigriszt-Pazos perspicuity, the score the INFLESZ scale grades: 206.835 − 62.3 × syllables per
 * word − words per sentence. INFLESZ: 65–80 "bastante fácil", 55–65 "normal". NaN without words.
 */
export function szigrisztPazos(text: string): number {
  const c = spanishTextCounts(text);
  if (c.words === 0) return Number.NaN;
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** The INFLESZ grade (Barrio-Cantalejo 2008) of a Szigriszt-Pazos score. */
export function infleszGrade(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}
