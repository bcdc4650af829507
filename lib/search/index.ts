/**
 * Search over glossary entries: names, brand names, other names and abbreviations (whole, as a
 * prefix while typing, or misspelled), then the full text of the cards. Pure: build the index once
 * with buildSearchIndex, then call searchIndex for each query.
 *
 * Ranking, best first (#28):
 * - a drug that answers a question naming several terms ("which TKI works with T315I": ponatinib,
 *   whose facts concern T315I and which is a TKI);
 * - what a term is: a name typed exactly (an abbreviation in its own letter case first), or named
 *   inside a longer query; then a name that starts with the query (then a word of it, then letters
 *   inside it); then a name within a few typing mistakes;
 * - the drugs a named mutation or side effect concerns: those whose target or side effects name it
 *   (or whose side effects hold the query's words), and those the term's own card names;
 * - other mentions in the cards' text (summary, side effects and drug facts before the rest), then
 *   a word of the text within a few typing mistakes.
 * Ties go alphabetically by name. A reason quotes whole words, around what matched.
 */
import type { Category, GlossaryEntry, SurfaceForm } from '../../data/types';
import { allowedMistakes, editDistance } from './edit-distance';
import { t } from '../i18n';
import { entryText, textPartLabel, type EntryText, type TextPart } from './entry-text';
import { foldForSearch, wordStartIndex } from './fold';

/** How a result matched, best first. */
export const Tier = {
  Answer: 0,
  Exact: 1,
  Prefix: 2,
  FuzzyName: 3,
  Concerns: 4,
  Text: 5,
  FuzzyText: 6,
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** Which kind of name matched, or 'text' for the card's text. */
type MatchKind = 'name' | 'brand' | 'other-name' | 'abbreviation' | 'spanish' | 'text';

/**
 * An entry's names and card text in another language, searched with its own (issue #29: the
 * Spanish side, lib/search/spanish.ts). Its names match as names, its text as text.
 */
export interface LanguageSide {
  names: readonly SurfaceForm[];
  texts: readonly EntryText[];
}

export interface SearchResult {
  id: string;
  name: string;
  category: Category;
  /** The imported glossary the entry comes from; absent for Termlight's own. */
  glossary?: string;
  tier: Tier;
  kind: MatchKind;
  /** True when the match allowed typing mistakes. */
  fuzzy: boolean;
  /** Why it matched, in plain words: "brand name Gleevec", "side effect: Nausea." */
  why: string;
  /** The card's words that `why` quotes, and their language, so the page can mark them. */
  quote?: { text: string; lang: TextLang };
}

/** The language of a card's text: the entries' own (English), or their Spanish side. */
type TextLang = 'en' | 'es';

/** Kinds of term whose drugs a query about them ranks first: mutations and side effects. */
const SUBJECT_CATEGORIES = new Set<Category>(['gene', 'side-effect']);
/** Parts of a drug's card that say what it acts on or causes. */
const CONCERN_PARTS = new Set<TextPart>(['drugTarget', 'sideEffect', 'seriousSideEffect']);

/** Queries longer than this are cut: no name or sentence in a glossary is near it. */
const MAX_QUERY_LENGTH = 100;
/** Shorter queries match names only: two letters are inside too many words of the text. */
const MIN_TEXT_QUERY = 3;
/** Shorter queries match letters inside a name only at the start of a word. */
const MIN_INSIDE_QUERY = 3;
/** Ties go alphabetically; one collator, as String#localeCompare builds one per call. */
const BY_NAME = new Intl.Collator('en');
/** Sentences shown as the reason are cut to this many characters. */
const SNIPPET_LENGTH = 120;

interface NameKey {
  key: string;
  /** The words of the key, for a misspelled word of a longer name ("philadelfia"). */
  words: string[];
  /** As written: "Gleevec", "TKI". */
  text: string;
  kind: Exclude<MatchKind, 'text'>;
  /** A form that only matches in its own letter case ("ALL"). */
  exactCase: boolean;
}

interface TextPiece {
  part: TextPart;
  lang: TextLang;
  /** One sentence as written. */
  text: string;
  folded: string;
}

interface IndexedEntry {
  entry: GlossaryEntry;
  glossary: string | undefined;
  names: NameKey[];
  texts: TextPiece[];
}

export interface SearchIndex {
  readonly entries: readonly IndexedEntry[];
  /** Every word of the card texts -> where it appears (entry, piece), for misspelled words. */
  readonly vocabulary: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

/** Parts whose text says most about an entry; a match there ranks before the rest. */
const STRONG_PARTS = new Set<TextPart>([
  'summary',
  'sideEffect',
  'seriousSideEffect',
  'drugClass',
  'drugTarget',
  'drugGiven',
]);

function nameKeys(entry: GlossaryEntry, side: LanguageSide | undefined): NameKey[] {
  const nameKey = foldForSearch(entry.name);
  const keys: NameKey[] = [
    { key: nameKey, words: nameKey.split(' '), text: entry.name, kind: 'name', exactCase: false },
  ];
  for (const form of entry.forms) {
    const key = foldForSearch(form.text);
    if (key === '') continue;
    const exactCase = form.caseSensitive === true;
    // A form spelled inside the name ("TKI" in "Tyrosine kinase inhibitor (TKI)") is the name.
    const insideName = ` ${nameKey} `.includes(` ${key} `);
    const kind = insideName
      ? 'name'
      : form.brand === true
        ? 'brand'
        : exactCase
          ? 'abbreviation'
          : 'other-name';
    keys.push({ key, words: key.split(' '), text: form.text, kind, exactCase });
  }
  for (const form of side?.names ?? []) {
    const key = foldForSearch(form.text);
    // A Spanish name spelled as an English one ("Imatinib") is that name.
    if (key === '' || keys.some((k) => k.key === key)) continue;
    const exactCase = form.caseSensitive === true;
    keys.push({ key, words: key.split(' '), text: form.text, kind: 'spanish', exactCase });
  }
  return keys;
}

/** Sentences, so a reason quotes one sentence rather than a paragraph. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Builds the index for these entries (Termlight's own and imported ones). `glossaryOf` names the
 * imported glossary an entry comes from; `sideOf` gives an entry's Spanish names and text.
 */
export function buildSearchIndex(
  entries: readonly GlossaryEntry[],
  glossaryOf: (id: string) => string | undefined = () => undefined,
  sideOf: (id: string) => LanguageSide | undefined = () => undefined,
): SearchIndex {
  const vocabulary = new Map<string, [number, number][]>();
  const indexed = entries.map((entry, e): IndexedEntry => {
    const side = sideOf(entry.id);
    const inLang = (lang: TextLang) => (piece: EntryText) => ({ ...piece, lang });
    const texts: TextPiece[] = [
      ...entryText(entry).map(inLang('en')),
      ...(side?.texts ?? []).map(inLang('es')),
    ].flatMap(({ part, text, lang }) =>
      sentences(text).map((s) => ({ part, lang, text: s, folded: foldForSearch(s) })),
    );
    texts.forEach((piece, p) => {
      for (const word of new Set(piece.folded.split(' '))) {
        if (word.length < 5) continue;
        let where = vocabulary.get(word);
        if (!where) vocabulary.set(word, (where = []));
        where.push([e, p]);
      }
    });
    return { entry, glossary: glossaryOf(entry.id), names: nameKeys(entry, side), texts };
  });
  return { entries: indexed, vocabulary };
}

interface Candidate {
  /** Tier * 10 + a finer step within the tier; lower is better. */
  score: number;
  kind: MatchKind;
  fuzzy: boolean;
  /** The name as written, or the sentence. */
  text: string;
  part?: TextPart;
  lang?: TextLang;
  /** For a sentence of another term's card that names this entry: that term's name. */
  about?: string;
}

const KIND_ORDER: Record<MatchKind, number> = {
  name: 0,
  brand: 1,
  abbreviation: 2,
  'other-name': 3,
  spanish: 4,
  text: 5,
};

const better = (a: Candidate, b: Candidate | null): boolean =>
  b === null ||
  a.score < b.score ||
  (a.score === b.score && KIND_ORDER[a.kind] < KIND_ORDER[b.kind]);

/** Where `phrase` stands as whole words in `text` (both folded), or -1. */
function wholeWordIndex(text: string, phrase: string): number {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    const starts = at === 0 || text.charAt(at - 1) === ' ';
    if (starts && (end === text.length || text.charAt(end) === ' ')) return at;
  }
  return -1;
}

/**
 * Exact-case forms that spell an everyday word in lower case ("ALL" and "all"): those must be
 * written in their own case to count; "t315i" or "tki" typed in lower case still mean the term.
 */
const EVERYDAY_WORDS = new Set(['all', 'it', 'us', 'am', 'or', 'pe', 'mp']);

/** Whether one of these names stands as whole words in the text (an everyday word as written). */
function namesIn(names: readonly NameKey[], folded: string, text: string): boolean {
  return names.some(
    (name) =>
      name.key !== '' &&
      wholeWordIndex(folded, name.key) >= 0 &&
      (!name.exactCase || !EVERYDAY_WORDS.has(name.key) || text.includes(name.text)),
  );
}

/** The first piece of text, among `parts` (all when absent), that names one of `names`. */
function pieceNaming(
  texts: readonly TextPiece[],
  names: readonly NameKey[],
  parts?: ReadonlySet<TextPart>,
): TextPiece | undefined {
  return texts.find(
    (piece) => (!parts || parts.has(piece.part)) && namesIn(names, piece.folded, piece.text),
  );
}

function nameMatch(
  names: NameKey[],
  raw: string,
  query: string,
  namesInside: boolean,
): Candidate | null {
  let best: Candidate | null = null;
  const offer = (score: number, name: NameKey, fuzzy = false) => {
    const c: Candidate = { score, kind: name.kind, fuzzy, text: name.text };
    if (better(c, best)) best = c;
  };
  const mistakes = allowedMistakes(query.length);
  for (const name of names) {
    const { key } = name;
    if (key === query) {
      offer(Tier.Exact * 10 + (name.exactCase && raw === name.text ? 0 : 1), name);
      continue;
    }
    // A name inside a longer query ("which TKI works with T315I"): what the question is about.
    if (namesInside && namesIn([name], query, raw)) offer(Tier.Exact * 10 + 2, name);
    if (key.startsWith(query)) offer(Tier.Prefix * 10, name);
    // One letter matches only at the start of a name: "a" starts a word in half the glossary.
    else if (query.length > 1 && wordStartIndex(key, query) > 0) offer(Tier.Prefix * 10 + 1, name);
    else if (query.length >= MIN_INSIDE_QUERY && key.includes(query)) {
      offer(Tier.Prefix * 10 + 2, name);
    }
    if (mistakes === 0 || name.exactCase) continue;
    // Whole names and each word of a longer one, also as the start of a name still being typed.
    for (const target of name.words.length > 1 ? [key, ...name.words] : [key]) {
      const whole = editDistance(query, target, mistakes);
      if (whole <= mistakes) offer(Tier.FuzzyName * 10 + whole * 2, name, true);
      if (target.length > query.length) {
        const start = editDistance(query, target.slice(0, query.length), mistakes);
        if (start <= mistakes) offer(Tier.FuzzyName * 10 + start * 2 + 1, name, true);
      }
    }
  }
  return best;
}

function textMatch(texts: TextPiece[], query: string): Candidate | null {
  let best: Candidate | null = null;
  for (const piece of texts) {
    if (wordStartIndex(piece.folded, query) < 0) continue;
    const c: Candidate = {
      score: Tier.Text * 10 + (STRONG_PARTS.has(piece.part) ? 0 : 1),
      kind: 'text',
      fuzzy: false,
      text: piece.text,
      part: piece.part,
      lang: piece.lang,
    };
    if (better(c, best)) best = c;
  }
  if (best) return best;
  // Several words anywhere in the card ("pain muscle"): weaker than the words side by side.
  const words = query.split(' ').filter((w) => w.length >= 2);
  if (words.length < 2) return null;
  const firstPiece = texts.find((p) => wordStartIndex(p.folded, words[0]!) >= 0);
  const all = words.every((w) => texts.some((p) => wordStartIndex(p.folded, w) >= 0));
  if (!firstPiece || !all) return null;
  return {
    score: Tier.Text * 10 + 2,
    kind: 'text',
    fuzzy: false,
    text: firstPiece.text,
    part: firstPiece.part,
    lang: firstPiece.lang,
  };
}

/** Misspelled words of the text: entry index -> its best candidate. */
function fuzzyTextMatches(index: SearchIndex, query: string): Map<number, Candidate> {
  const found = new Map<number, Candidate>();
  const mistakes = allowedMistakes(query.length);
  if (mistakes === 0 || query.includes(' ')) return found;
  for (const [word, where] of index.vocabulary) {
    const d = editDistance(query, word, mistakes);
    if (d > mistakes) continue;
    for (const [e, p] of where) {
      const piece = index.entries[e]!.texts[p]!;
      const c: Candidate = {
        score: Tier.FuzzyText * 10 + d,
        kind: 'text',
        fuzzy: true,
        text: piece.text,
        part: piece.part,
        lang: piece.lang,
      };
      if (better(c, found.get(e) ?? null)) found.set(e, c);
    }
  }
  return found;
}

/**
 * The sentence, or whole words of it around the first word the query matched when it is long:
 * never a word cut in two, and never the match itself left out.
 */
function snippet(text: string, query: string): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const firstWord = query.split(' ')[0] ?? '';
  // Where the match is in the sentence as written: the first word that folds to start with it.
  const words = [...text.matchAll(/\S+/gu)];
  const hit = words.find((w) => foldForSearch(w[0]).startsWith(firstWord))?.index ?? 0;
  // Start a few words before it, so it reads in context, at the start of a word.
  let start = 0;
  if (hit > SNIPPET_LENGTH / 2) {
    start = words.find((w) => w.index! >= hit - SNIPPET_LENGTH / 3)?.index ?? hit;
  }
  let piece = text.slice(start, start + SNIPPET_LENGTH - 2);
  const cut = start + piece.length < text.length;
  if (cut) piece = piece.slice(0, Math.max(piece.lastIndexOf(' '), 1)).trimEnd();
  return `${start > 0 ? '…' : ''}${piece}${cut ? '…' : ''}`;
}

function matchReason(c: Candidate, query: string): string {
  if (c.about !== undefined) {
    return t('search_whyTermCard', { sentence: snippet(c.text, query), term: c.about });
  }
  switch (c.kind) {
    case 'name':
      return t('search_whyName');
    case 'brand':
      return t('search_whyBrand', { name: c.text });
    case 'abbreviation':
      return t('search_whyAbbreviation', { name: c.text });
    case 'other-name':
      return t('search_whyOtherName', { name: c.text });
    case 'spanish':
      return t('search_whySpanishName', { name: c.text });
    case 'text':
      return t('search_whyText', {
        part: textPartLabel(c.part!),
        sentence: snippet(c.text, query),
      });
  }
}

function whyOf(c: Candidate, query: string): string {
  const reason = matchReason(c, query);
  return c.fuzzy ? t('search_whyClose', { reason }) : reason;
}

/**
 * The entries the query names: the one it is the name of ("Ph+ ALL"), else those named inside a
 * longer query ("which TKI works with T315I"), which `inside` then says.
 */
function namedEntries(
  index: SearchIndex,
  raw: string,
  query: string,
): { named: IndexedEntry[]; inside: boolean } {
  const whole = index.entries.filter(({ names }) => names.some((n) => n.key === query));
  if (whole.length > 0 || !query.includes(' ')) return { named: whole, inside: false };
  return {
    named: index.entries.filter(({ names }) => namesIn(names, query, raw)),
    inside: true,
  };
}

/**
 * How a drug concerns what the query is about: its target or side effects name a mutation or side
 * effect the query names (or hold the query's own words), or that term's card names the drug.
 * A drug that concerns one named term and whose card names every other one answers the question.
 */
function concernMatch(
  drug: IndexedEntry,
  named: readonly IndexedEntry[],
  query: string,
  question: boolean,
): Candidate | null {
  if (!drug.entry.drug) return null;
  const candidate = (piece: TextPiece, about?: string): Candidate => ({
    score: Tier.Concerns * 10,
    kind: 'text',
    fuzzy: false,
    text: piece.text,
    part: piece.part,
    lang: piece.lang,
    ...(about !== undefined && { about }),
  });
  let found: Candidate | null = null;
  for (const subject of named) {
    if (subject === drug || !SUBJECT_CATEGORIES.has(subject.entry.category)) continue;
    const own = pieceNaming(drug.texts, subject.names, CONCERN_PARTS);
    const theirs = own ? undefined : pieceNaming(subject.texts, drug.names);
    if (!own && !theirs) continue;
    found = own ? candidate(own) : candidate(theirs!, subject.entry.name);
    const others = named.filter((n) => n !== subject && n !== drug);
    const answers =
      question &&
      others.length > 0 &&
      others.every(
        (n) =>
          pieceNaming(drug.texts, n.names) ||
          namesIn(n.names, foldForSearch(drug.entry.name), drug.entry.name),
      );
    if (answers) return { ...found, score: Tier.Answer * 10 };
  }
  if (found) return found;
  // A side effect named in words the glossary has no term for ("rash").
  const listed = drug.texts.find(
    (p) =>
      (p.part === 'sideEffect' || p.part === 'seriousSideEffect') &&
      wordStartIndex(p.folded, query) >= 0,
  );
  return listed ? candidate(listed) : null;
}

/** The entries that match the query, best first; an empty or blank query finds nothing. */
export function searchIndex(index: SearchIndex, query: string): SearchResult[] {
  const raw = query.slice(0, MAX_QUERY_LENGTH).trim();
  const folded = foldForSearch(raw);
  if (folded === '') return [];
  const fuzzyText = folded.length >= MIN_TEXT_QUERY ? fuzzyTextMatches(index, folded) : new Map();
  const { named, inside } =
    folded.length >= MIN_TEXT_QUERY
      ? namedEntries(index, raw, folded)
      : { named: [], inside: false };
  const results: (SearchResult & { score: number })[] = [];
  index.entries.forEach((indexed, e) => {
    const { entry, glossary, names, texts } = indexed;
    let best = nameMatch(names, raw, folded, inside);
    if (folded.length >= MIN_TEXT_QUERY) {
      const concern = concernMatch(indexed, named, folded, inside);
      if (concern && better(concern, best)) best = concern;
    }
    if (folded.length >= MIN_TEXT_QUERY && (best === null || best.score >= Tier.Text * 10)) {
      const text = textMatch(texts, folded);
      if (text && better(text, best)) best = text;
    }
    const misspelled = fuzzyText.get(e);
    if (misspelled && better(misspelled, best)) best = misspelled;
    if (!best) return;
    results.push({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      ...(glossary !== undefined && { glossary }),
      tier: Math.floor(best.score / 10) as Tier,
      kind: best.kind,
      fuzzy: best.fuzzy,
      why: whyOf(best, folded),
      ...(best.kind === 'text' && {
        quote: { text: snippet(best.text, folded), lang: best.lang ?? 'en' },
      }),
      score: best.score,
    });
  });
  results.sort(
    (a, b) => a.score - b.score || BY_NAME.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  return results.map(({ score: _score, ...result }) => result);
}
