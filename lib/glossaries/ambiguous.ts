/**
 * Forms of an imported glossary that would light up text that is not the term: short
 * abbreviations that are also everyday abbreviations or words ("MP" a member of parliament, "IT",
 * "PE" class, "ALL" in a shouted sentence). The instructor sees them before adding, and by default
 * they are left out (#28): "The local MP visited the ward" stays plain.
 */
import type { ExchangeGlossary } from './format';
import { COMMON_WORDS } from './check';

/** Abbreviations with a common meaning outside medicine, or more than one in it. */
const EVERYDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'ad ai am ap bc bp ca ce cd co cv dc dj dr er eu fm fyi gp hr id io ip iq it iv jr la md mp ms mt ' +
    'nb no nz ok op or ot pa pc pe pm po pr ps pt qa rn sd so sr st tv uk un us va vp'
  ).split(' '),
);

export interface AmbiguousForm {
  entryId: string;
  entryName: string;
  form: string;
}

/** The forms to ask about: only those the entry can do without (it keeps at least one form). */
export function ambiguousForms(glossary: ExchangeGlossary): AmbiguousForm[] {
  const found: AmbiguousForm[] = [];
  for (const entry of glossary.entries) {
    const risky = entry.forms.filter((f) => {
      const key = f.text.toLowerCase();
      return EVERYDAY_ABBREVIATIONS.has(key) || COMMON_WORDS.has(key);
    });
    if (risky.length === entry.forms.length) continue;
    for (const f of risky) found.push({ entryId: entry.id, entryName: entry.name, form: f.text });
  }
  return found;
}

/** The glossary without the given forms. */
export function withoutForms(
  glossary: ExchangeGlossary,
  forms: readonly AmbiguousForm[],
): ExchangeGlossary {
  const drop = new Set(forms.map((f) => `${f.entryId}\u0000${f.form}`));
  return {
    ...glossary,
    entries: glossary.entries.map((entry) => ({
      ...entry,
      forms: entry.forms.filter((f) => !drop.has(`${entry.id}\u0000${f.text}`)),
    })),
  };
}
