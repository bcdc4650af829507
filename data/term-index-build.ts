/**
 * The content script needs only each entry's id, category and surface forms to find terms; the
 * text of the entries stays in the background. This builds that small index as the source of a
 * module, which data/term-index-plugin.ts serves as `virtual:term-index` to every build and test
 * run (nothing generated is tracked).
 *
 * The module holds the index as rows of strings (`[id, category, forms]`, "=" before a form that
 * must match its letter case), decoded when the script loads: as minified objects the same data
 * took about 1.2 kB more of a content script that must stay under 80 kB. In the built-in index
 * each entry's forms are folded into one or two strings in the short syntax of
 * data/form-syntax.ts ("acute lymph{o{cytic|blastic}|oid} leukemia"): the Spanish forms (issue
 * #29) tripled the forms, and folded they cost less than the English alone did as a list.
 */
import { expandForm } from './form-syntax';
import type { OtherSpelling } from './misspellings';
import type { Category, GlossaryEntry, SurfaceForm } from './types';

export interface TermIndexEntry {
  id: string;
  category: Category;
  forms: SurfaceForm[];
}

export type TermIndexRow = readonly [id: string, category: Category, forms: readonly string[]];

const EXACT_CASE = '=';

/**
 * The entries' forms, then their other spellings (data/misspellings.ts) and their Spanish forms
 * (data/es/forms.ts, short syntax expanded), which pages light up too.
 */
export function buildTermIndex(
  glossary: readonly GlossaryEntry[],
  otherSpellings: Readonly<Record<string, readonly OtherSpelling[]>>,
  spanishForms: Readonly<Record<string, readonly SurfaceForm[]>> = {},
): TermIndexEntry[] {
  return glossary.map(({ id, category, forms }) => {
    const spanish = (spanishForms[id] ?? []).flatMap((f) =>
      expandForm(f.text).map((text) => ({ ...f, text })),
    );
    const all = [...forms, ...(otherSpellings[id] ?? []), ...spanish].map((f) =>
      f.caseSensitive ? { text: f.text, caseSensitive: true } : { text: f.text },
    );
    const seen = new Set<string>();
    const unique = all.filter((f) => {
      const key = `${f.caseSensitive ? EXACT_CASE : ''}${f.text}`;
      return !seen.has(key) && !!seen.add(key);
    });
    return { id, category, forms: unique };
  });
}

/**
 * The index in two parts: `core`, each entry's own forms and other spellings (with any Spanish
 * form spelled like one of them), and `spanish`, the forms only the Spanish adds, for the entries
 * that have some. Pages that declare another language get the core only: its regex is about a
 * third of the whole, and compiling the whole was the largest part of the content script's start.
 */
export function splitTermIndex(
  glossary: readonly GlossaryEntry[],
  otherSpellings: Readonly<Record<string, readonly OtherSpelling[]>>,
  spanishForms: Readonly<Record<string, readonly SurfaceForm[]>>,
): { core: TermIndexEntry[]; spanish: TermIndexEntry[] } {
  const core = buildTermIndex(glossary, otherSpellings);
  const all = buildTermIndex(glossary, otherSpellings, spanishForms);
  const spanish = all.flatMap((entry, i) => {
    const known = new Set(core[i]!.forms.map(formKey));
    const forms = entry.forms.filter((f) => !known.has(formKey(f)));
    return forms.length ? [{ ...entry, forms }] : [];
  });
  return { core, spanish };
}

/** The whole index: the core, each entry followed by its forms in `extra` (same ids). */
export function withExtraForms(
  core: readonly TermIndexEntry[],
  extra: readonly TermIndexEntry[],
): TermIndexEntry[] {
  const more = new Map(extra.map((e) => [e.id, e.forms]));
  return core.map((e) => (more.has(e.id) ? { ...e, forms: [...e.forms, ...more.get(e.id)!] } : e));
}

const formKey = (f: SurfaceForm) => `${f.caseSensitive ? EXACT_CASE : ''}${f.text}`;

export function encodeTermIndex(index: readonly TermIndexEntry[]): TermIndexRow[] {
  return index.map(({ id, category, forms }) => [
    id,
    category,
    forms.map(({ text, caseSensitive }) => {
      if (text.startsWith(EXACT_CASE)) {
        throw new Error(`term index: form "${text}" of "${id}" starts with "${EXACT_CASE}"`);
      }
      return caseSensitive ? EXACT_CASE + text : text;
    }),
  ]);
}

export function decodeTermIndex(rows: readonly TermIndexRow[]): TermIndexEntry[] {
  return rows.map(([id, category, forms]) => ({
    id,
    category,
    forms: forms.map((f) =>
      f.startsWith(EXACT_CASE) ? { text: f.slice(1), caseSensitive: true } : { text: f },
    ),
  }));
}

/** The built-in index's rows decoded, each form in the short syntax expanded. */
export function decodeFoldedTermIndex(rows: readonly TermIndexRow[]): TermIndexEntry[] {
  return decodeTermIndex(rows).map((e) => ({
    ...e,
    forms: e.forms.flatMap((f) => expandForm(f.text).map((text) => ({ ...f, text }))),
  }));
}

const SYNTAX = /[(){}|]/;

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/** True when the braces in `text` open and close in order. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The forms as a prefix tree in the short syntax, shared endings of choices taken out. */
function fold(texts: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const text of texts) {
    let node = root;
    for (const ch of text) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    let choices = [...node.next].map(([ch, child]) => ch + emit(child));
    if (node.end && choices.length) choices.unshift('');
    // Take shared endings out of the braces while that saves characters: "{a|b}S" for "aS|bS".
    for (;;) {
      let best: { ending: string; saving: number } | null = null;
      for (const choice of choices) {
        for (let k = 1; k < choice.length; k++) {
          const ending = choice.slice(k);
          if (!balanced(ending) || !balanced(choice.slice(0, k))) continue;
          const sharing = choices.filter(
            (c) =>
              c.length > ending.length &&
              c.endsWith(ending) &&
              balanced(c.slice(0, -ending.length)),
          ).length;
          const saving = (sharing - 1) * ending.length - (sharing === choices.length ? 0 : 2);
          if (sharing > 1 && saving > (best?.saving ?? 0)) best = { ending, saving };
        }
      }
      if (!best) break;
      const { ending } = best;
      const ends = (c: string) =>
        c.length > ending.length && c.endsWith(ending) && balanced(c.slice(0, -ending.length));
      const heads = choices.filter(ends).map((c) => c.slice(0, -ending.length));
      choices = [`{${heads.join('|')}}${ending}`, ...choices.filter((c) => !ends(c))];
    }
    return choices.length < 2 ? (choices[0] ?? '') : `{${choices.join('|')}}`;
  };
  return emit(root);
}

/**
 * The built-in index's rows: per entry, one string of its any-case forms and one of its exact-case
 * ones ("=…"): all its forms folded into a prefix tree, or its plain forms folded plus the forms
 * `written` short already (the Spanish ones), whichever is shorter.
 */
export function foldTermIndex(
  index: readonly TermIndexEntry[],
  written: Readonly<Record<string, readonly SurfaceForm[]>> = {},
): TermIndexRow[] {
  return index.map(({ id, category, forms }) => {
    for (const { text } of forms) {
      if (SYNTAX.test(text))
        throw new Error(`term index: form "${text}" of "${id}" has ( ) { } or |`);
    }
    const strings = [false, true].flatMap((caseSensitive) => {
      const mine = new Set(forms.map(formKey));
      // A short form is used only if the entry has all it expands to (the Spanish part of a
      // split index lacks the forms the core already has).
      const short = (written[id] ?? []).filter(
        (f) =>
          !!f.caseSensitive === caseSensitive &&
          expandForm(f.text).every((text) => mine.has(formKey({ ...f, text }))),
      );
      const covered = new Set(short.flatMap((f) => expandForm(f.text)));
      const plain = forms
        .filter((f) => !!f.caseSensitive === caseSensitive && !covered.has(f.text))
        .map((f) => f.text);
      const parts = [...(plain.length ? [fold(plain)] : []), ...short.map((f) => f.text)];
      if (!parts.length) return [];
      const asWritten = parts.length === 1 ? parts[0]! : `{${parts.join('|')}}`;
      // The tree of all forms where that comes out shorter.
      const all = forms.filter((f) => !!f.caseSensitive === caseSensitive).map((f) => f.text);
      const tree = fold(all);
      const text = tree.length < asWritten.length ? tree : asWritten;
      return [caseSensitive ? EXACT_CASE + text : text];
    });
    const row: TermIndexRow = [id, category, strings];
    const [back] = decodeFoldedTermIndex([row]);
    const want = new Set(forms.map(formKey));
    const got = new Set(back!.forms.map(formKey));
    if (got.size !== want.size || [...got].some((k) => !want.has(k))) {
      throw new Error(`term index: the forms of "${id}" do not fold back to themselves`);
    }
    return row;
  });
}

/**
 * The module's source: `CORE_TERM_INDEX` (see splitTermIndex), decoded at load, and
 * `termIndex()`, the whole index, decoded on first use: the content script runs at document_start
 * on every page, before the page is parsed, and a page that declares another language never
 * needs the Spanish forms (their decoding was most of the index's 8.6 ms per load at 1x).
 * Decoded by functions imported from `buildModule` (this file's path: a virtual module has no
 * folder to be relative to).
 */
export function renderTermIndexModule(
  parts: { core: readonly TermIndexEntry[]; spanish: readonly TermIndexEntry[] },
  written: Readonly<Record<string, readonly SurfaceForm[]>>,
  buildModule: string,
): string {
  const core = foldTermIndex(parts.core);
  const spanish = foldTermIndex(parts.spanish, written);
  // Each category once, as a constant the rows name (minified, one letter instead of a string).
  const constant = (category: string) => category.replace(/\W/g, '_');
  const declarations = [...new Set(core.map(([, category]) => category))].map(
    (category) => `${constant(category)} = ${JSON.stringify(category)}`,
  );
  const rows = (folded: readonly TermIndexRow[]) =>
    folded
      .map(
        ([id, category, forms]) =>
          `  [${JSON.stringify(id)}, ${constant(category)}, ${JSON.stringify(forms)}],`,
      )
      .join('\n');
  return `// virtual:term-index, made from the glossary by data/term-index-plugin.ts.
import { decodeFoldedTermIndex, withExtraForms } from ${JSON.stringify(buildModule)};

${declarations.length ? `const ${declarations.join(', ')};` : ''}

/**
 * [id, category, surface forms]; "=" marks forms that must match their letter case, written in
 * the short syntax of data/form-syntax.ts ("{a|b}": one of the choices).
 */
export const CORE_TERM_INDEX = decodeFoldedTermIndex([
${rows(core)}
]);

let whole;

/** The whole index: each entry's own forms, then those only the Spanish adds. */
export function termIndex() {
  return (whole ??= withExtraForms(CORE_TERM_INDEX, decodeFoldedTermIndex([
${rows(spanish)}
  ])));
}
`;
}
