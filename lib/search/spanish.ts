/**
 * The Spanish side of the built-in entries for search (issue #29): the Spanish forms the
 * highlighter uses (data/es/forms.ts, expanded from their short syntax) and the Spanish level's
 * name and card text (data/es/). One source for both, so search and highlighting agree.
 */
import { SPANISH_FORMS } from '../../data/es/forms';
import { SPANISH_LEVELS } from '../../data/es/index';
import { expandForm } from '../../data/form-syntax';
import { entryText } from './entry-text';
import type { LanguageSide } from './index';

/** An entry's Spanish names and text, or undefined where it has neither. */
export function spanishSearchSide(id: string): LanguageSide | undefined {
  const level = SPANISH_LEVELS[id];
  const forms = SPANISH_FORMS[id] ?? [];
  if (!level && forms.length === 0) return undefined;
  return {
    names: [
      ...(level ? [{ text: level.name }] : []),
      ...forms.flatMap((form) => expandForm(form.text).map((text) => ({ ...form, text }))),
    ],
    texts: level ? entryText(level) : [],
  };
}
