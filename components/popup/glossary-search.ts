import { formKey, GLOSSARY, type GlossaryEntry } from '../../data/index';

/** One entry found by the popup's search. */
export interface SearchHit {
  id: string;
  name: string;
  /**
   * The name the reader typed when it is not part of the entry's own name, e.g. "Sprycel" for
   * Dasatinib, so the result can say why it is there. Null when the name itself matched.
   */
  via: string | null;
  /** True when `via` is a brand name. */
  brand: boolean;
}

/** How well one name matched; lower is better. */
const Rank = {
  /** The exact letters of a case-sensitive abbreviation: "ALL", "TKI", "Ph+". */
  ExactAbbreviation: 0,
  Exact: 1,
  WordStart: 2,
  Inside: 3,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/** Queries shorter than this match only at the start of a word ("a" is inside half the glossary). */
const MIN_INSIDE_LENGTH = 2;

/** The same folding as the glossary's own form keys: any case, hyphens and dashes as spaces. */
function fold(text: string): string {
  return formKey(text);
}

function rankOf(key: string, query: string): Rank | null {
  if (key === query) return Rank.Exact;
  let at = key.indexOf(query);
  if (at < 0) return null;
  let inside = false;
  while (at >= 0) {
    const before = at === 0 ? '' : key.charAt(at - 1);
    if (!/[\p{L}\p{N}]/u.test(before)) return Rank.WordStart;
    inside = true;
    at = key.indexOf(query, at + 1);
  }
  return inside && query.length >= MIN_INSIDE_LENGTH ? Rank.Inside : null;
}

interface Scored {
  hit: SearchHit;
  rank: Rank;
}

interface Candidate {
  rank: Rank;
  via: string | null;
  brand: boolean;
}

function scoreEntry(entry: GlossaryEntry, raw: string, query: string): Scored | null {
  const nameKey = fold(entry.name);
  const candidates: Candidate[] = [];
  const nameRank = rankOf(nameKey, query);
  if (nameRank !== null) candidates.push({ rank: nameRank, via: null, brand: false });
  for (const form of entry.forms) {
    const key = fold(form.text);
    // A form spelled inside the entry's name ("TKI" in "Tyrosine kinase inhibitor (TKI)") needs
    // no "also called" note.
    const via = nameKey.includes(key) ? null : form.text;
    const brand = via !== null && form.brand === true;
    const exactAbbreviation =
      form.caseSensitive === true && formKey(raw, true) === formKey(form.text, true);
    const rank = exactAbbreviation ? Rank.ExactAbbreviation : rankOf(key, query);
    if (rank !== null) candidates.push({ rank, via, brand });
  }
  // The best rank wins; among equals, the entry's own name (no "also called" note) is preferred.
  const best = candidates.sort(
    (a, b) => a.rank - b.rank || Number(a.via !== null) - Number(b.via !== null),
  )[0];
  if (!best) return null;
  return {
    hit: { id: entry.id, name: entry.name, via: best.via, brand: best.brand },
    rank: best.rank,
  };
}

/**
 * Glossary entries whose name, brand names, other names or abbreviations contain the query, in any
 * letter case and with hyphens, dashes and spaces treated alike. Best matches first: an
 * abbreviation typed exactly ("ALL"), then whole names, then names with a word starting with the
 * query, then the rest; alphabetical within each group. An empty query finds nothing.
 */
export function searchGlossary(
  query: string,
  entries: readonly GlossaryEntry[] = GLOSSARY,
): SearchHit[] {
  const raw = query.trim();
  const folded = fold(raw);
  if (folded === '') return [];
  const scored: Scored[] = [];
  for (const entry of entries) {
    const s = scoreEntry(entry, raw, folded);
    if (s) scored.push(s);
  }
  scored.sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name, 'en'));
  return scored.map((s) => s.hit);
}
