import { resolve } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { termIndexPlugin } from '../data/term-index-plugin';
import { cardMessagesOnly } from '../scripts/card-messages-plugin';

const root = resolve(import.meta.dirname, '..');

/**
 * In termlight-es.js, data/es/ without the English glossary: the Spanish levels' load-time check
 * against it (data/es/index.ts) is left to the unit tests, and the card's date formatting comes
 * from data/revised-date.ts rather than data/index.ts.
 */
function spanishWithoutGlossary(): Plugin {
  const stand = resolve(root, 'embed/no-glossary.ts');
  const redirects: Record<string, Record<string, string>> = {
    'data/es/index.ts': { '../glossary': stand, '../sources': stand, './validate': stand },
    'data/es/card.ts': { '../index': resolve(root, 'data/revised-date.ts') },
  };
  return {
    name: 'termlight-spanish-without-glossary',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer && Object.keys(redirects).find((file) => importer.endsWith(file));
      return (from && redirects[from]![source]) || null;
    },
  };
}

const shared: InlineConfig = {
  root,
  configFile: false,
  // Not 'production': the embed keeps Termlight's fixed element names (lib/highlight/page-names.ts);
  // the site that adds it has nothing to hide from itself.
  mode: 'embed',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
};

const output = {
  outDir: resolve(root, '.output/embed'),
  target: 'es2022',
  minify: 'esbuild' as const,
  sourcemap: false,
  reportCompressedSize: false,
};

/** termlight-es.js, built after termlight.js into the same folder (embed/load-spanish.ts). */
function spanishCompanion(): Plugin {
  return {
    name: 'termlight-spanish-companion',
    apply: 'build',
    async closeBundle() {
      await build({
        ...shared,
        plugins: [cardMessagesOnly(), spanishWithoutGlossary()],
        build: {
          ...output,
          emptyOutDir: false,
          lib: {
            entry: resolve(root, 'embed/spanish.ts'),
            formats: ['iife'],
            name: 'TermlightEmbedSpanish',
            fileName: () => 'termlight-es.js',
          },
        },
      });
    },
  };
}

/**
 * `npm run build:embed`: .output/embed/termlight.js, one self-contained classic script (an IIFE:
 * no globals, no imports, no eval) that a site adds with one tag, and termlight-es.js beside it,
 * which termlight.js loads only for Spanish cards.
 */
export default defineConfig({
  ...shared,
  plugins: [cardMessagesOnly(), termIndexPlugin(), spanishCompanion()],
  resolve: {
    // UI strings from the English catalog itself: a site's page has no browser.i18n.
    alias: [
      {
        find: /^\.\/message-source$/,
        replacement: resolve(root, 'lib/i18n/message-source-catalog.ts'),
      },
      // The card's English words only: its Spanish ones come with termlight-es.js.
      {
        find: /^\.\/card-catalogs$/,
        replacement: resolve(root, 'embed/card-catalogs.ts'),
      },
    ],
  },
  build: {
    ...output,
    emptyOutDir: true,
    lib: {
      entry: resolve(root, 'embed/termlight-embed.ts'),
      formats: ['iife'],
      name: 'TermlightEmbed',
      fileName: () => 'termlight.js',
    },
  },
});
