import { useEffect, useState } from 'preact/hooks';
import type { SavedTerm } from '../../lib/questions/schema';
import type { TermInTwoLanguages } from './terms-in-two-languages';

/**
 * The side-by-side sheet's fixed words, each in the language of its column (like a language
 * picker's names), whatever the interface language: the Spanish column speaks Spanish.
 */
const TWO_LANGUAGE_WORDS = {
  en: 'English',
  es: 'Español',
  /** In the Spanish column, where data/es/ has no text for the term yet. */
  noSpanish: 'Todavía no tenemos este término en español.',
} as const;

/**
 * Each term's English and Spanish sides, loaded once `on` (the glossary and its Spanish level are
 * a chunk of their own, not part of the page); null while off or loading.
 */
export function useTermsInTwoLanguages(
  terms: readonly SavedTerm[],
  on: boolean,
): Map<string, TermInTwoLanguages> | null {
  const [sides, setSides] = useState<Map<string, TermInTwoLanguages> | null>(null);
  useEffect(() => {
    if (!on) {
      setSides(null);
      return;
    }
    let live = true;
    void import('./terms-in-two-languages')
      .then(({ termsInTwoLanguages }) => termsInTwoLanguages(terms))
      .then((loaded) => {
        if (live) setSides(loaded);
      });
    return () => {
      live = false;
    };
  }, [terms, on]);
  return sides;
}

/** The sheet's column heads, once at the top: English on the left, Spanish on the right. */
export function LanguageHeads() {
  return (
    <div class="tl-print-pair tl-print-langs" aria-hidden="true">
      <p lang="en">{TWO_LANGUAGE_WORDS.en}</p>
      <p lang="es">{TWO_LANGUAGE_WORDS.es}</p>
    </div>
  );
}

/** A term's name and summary in English and Spanish, side by side, each side with its lang. */
export function TermInTwoColumns({ name, sides }: { name: string; sides?: TermInTwoLanguages }) {
  const en = sides?.en ?? { name, summary: null };
  const es = sides?.es;
  return (
    <>
      <h2 class="tl-print-pair">
        <span lang="en">{en.name}</span>
        <span lang="es">{es?.name ?? en.name}</span>
      </h2>
      <div class="tl-print-pair tl-print-summaries">
        <p lang="en">{en.summary}</p>
        <p lang="es" class={es ? undefined : 'tl-print-missing'}>
          {es ? es.summary : TWO_LANGUAGE_WORDS.noSpanish}
        </p>
      </div>
    </>
  );
}
