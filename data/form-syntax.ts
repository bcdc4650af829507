/**
 * A short way to write many spellings of one form, used by the Spanish forms (data/es/forms.ts),
 * whose words combine freely: "inhibidor(es) de (la )tirosina {cinasa|quinasa}" is the 8 forms
 * with and without "es" and "la ", with either word. "(x)" is optional, "{a|b}" one of the
 * choices; either may hold the other. Spaces are kept as written. The content script's index keeps the short form (virtual:term-index) and
 * expands it when it loads: one Spanish line instead of up to 36 in the page bundle.
 */

/** Every spelling a short form stands for, in order, each once; a plain form is itself. */
export function expandForm(text: string): string[] {
  let i = 0;
  // The spellings of the text from i up to the end of the current choice.
  const sequence = (): string[] => {
    let out = [''];
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '|' || ch === '}' || ch === ')') break;
      i++;
      let part = [ch];
      if (ch === '{' || ch === '(') {
        part = ch === '(' ? [''] : [];
        do part.push(...sequence());
        while (text[i++] === '|');
      }
      out = out.flatMap((o) => part.map((p) => o + p));
    }
    return out;
  };
  return [...new Set(sequence())];
}
