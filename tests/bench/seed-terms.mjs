/**
 * Seeds our terms into a saved real page as it is served (bench.mjs --seed-terms N): about one
 * word in N of the text between tags in the body becomes one of the glossary's English forms or
 * other spellings, drawn with a fixed seed. The page keeps its DOM, CSS, scripts and rendering
 * cost and gets the term density of a forum thread about ALL, so a held-out page can say
 * something about coverage and wrapping. Nothing seeded is ever written to disk.
 */
import { prng } from '../support/prng.mjs';

/** Elements whose content is not page text (raw text, or never shown as text). */
const SKIPPED = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);

/**
 * The English surface forms of the term index the extension uses (data/term-index-build.ts,
 * without the Spanish forms): bundled with esbuild as bundle.mjs does, since node runs no TS.
 * @param {string} repoRoot
 * @returns {Promise<string[]>}
 */
export async function glossaryForms(repoRoot) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: {
      contents: `import { buildTermIndex } from './data/term-index-build';
import { GLOSSARY } from './data/glossary';
import { OTHER_SPELLINGS } from './data/misspellings';
export default buildTermIndex(GLOSSARY, OTHER_SPELLINGS).flatMap((e) => e.forms.map((f) => f.text));`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)).default;
}

/** @param {string} s */
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Replaces about one word in `every` of the body's text with a form drawn from `forms`. Text
 * inside tags (attributes), comments and the SKIPPED elements is left as it is; character
 * references are never cut. Deterministic for a given seed.
 * @param {string} html
 * @param {readonly string[]} forms
 * @param {{ every: number, seed?: number }} options
 * @returns {{ html: string, terms: number }}
 */
export function seedTerms(html, forms, { every, seed = 20261207 }) {
  const random = prng(seed);
  const bodyAt = html.search(/<body[\s>]/i);
  let i = bodyAt < 0 ? 0 : bodyAt;
  let out = html.slice(0, i);
  let terms = 0;
  /** Seeds one run of text (between two tags). @param {string} text */
  const seedText = (text) =>
    text.replace(/&#?\w+;|[A-Za-z]+(?:['’][A-Za-z]+)?/g, (word, at) => {
      if (word.startsWith('&')) return word;
      // Whole words only: not a letter run glued to other letters (ü, é), digits or
      // underscores (ids, code), where the extension rightly finds no word.
      const before = text[at - 1] ?? ' ';
      const after = text[at + word.length] ?? ' ';
      if (/[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}_]/u.test(after)) return word;
      if (random() >= 1 / every) return word;
      terms++;
      return escapeHtml(forms[Math.floor(random() * forms.length)]);
    });
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += seedText(html.slice(i));
      break;
    }
    out += seedText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
      out += '<'; // a stray "<" in text
      i = lt + 1;
      continue;
    }
    // The tag, to its ">" outside quoted attribute values.
    let j = lt + 1;
    /** @type {string | null} */
    let quote = null;
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const tagEnd = Math.min(j + 1, html.length);
    out += html.slice(lt, tagEnd);
    i = tagEnd;
    const name = /^<([A-Za-z][\w-]*)/.exec(html.slice(lt, tagEnd))?.[1]?.toLowerCase();
    if (name && SKIPPED.has(name) && !html.slice(lt, tagEnd).endsWith('/>')) {
      const close = html.slice(i).search(new RegExp(`</${name}[\\s>]`, 'i'));
      const stop = close < 0 ? html.length : i + close;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return { html: out, terms };
}
