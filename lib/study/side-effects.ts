/**
 * Which drugs name a side effect, worked out from the glossary's own words, so a "which drugs…"
 * card's answer is every drug whose data states the effect (#28). The glossary words one effect
 * several ways ("Skin rash." and "Rash.", "Feeling tired (fatigue)."), and one fact may list
 * several effects ("Nausea, chills, headache and tiredness."): a list is never asked as if it
 * were one effect, but each effect it names counts for the drugs it belongs to.
 */

/** Effects the glossary words in more than one way, and the one word the card asks about. */
const SYNONYMS: readonly { label: string; words: RegExp }[] = [
  { label: 'rash', words: /\brash\b/ },
  { label: 'tiredness', words: /\b(?:tired(?:ness)?|fatigue)\b/ },
  { label: 'swelling', words: /\b(?:swelling|edema)\b/ },
];

/** The fact in lower case without its explanations in brackets or its closing stop. */
function plainText(text: string): string {
  return text
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!;:]+$/u, '')
    .trim()
    .toLowerCase();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The effect a fact names, as a card would ask it ("Skin rash." -> "rash"), or null when the fact
 * is a list or carries a qualifier ("Nausea, chills, headache and tiredness.").
 */
export function sideEffectLabel(text: string): string | null {
  const plain = plainText(text);
  if (plain === '') return null;
  const synonym = SYNONYMS.find((s) => s.words.test(plain));
  if (synonym) return synonym.label;
  if (/[,;:]| and /.test(plain)) return null;
  return plain;
}

/** Whether a fact names the effect, alone or in a list, in any of the glossary's wordings. */
export function namesSideEffect(text: string, label: string): boolean {
  const words =
    SYNONYMS.find((s) => s.label === label)?.words ??
    new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'u');
  return words.test(plainText(text));
}
