import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { termIndexPlugin } from '../data/term-index-plugin';

const root = resolve(import.meta.dirname, '..');

/**
 * The embed shows the card only, so it carries only the card's messages (card_*, popover_*) of the
 * catalog, without the notes for translators, not every page's of the extension (lib/i18n's catalog test keeps the card to these).
 */
export const EMBED_MESSAGE_PREFIXES = ['card_', 'popover_'];

function cardMessagesOnly(): Plugin {
  return {
    name: 'termlight-card-messages-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/_locales/en/messages.json')) return undefined;
      const all = JSON.parse(code) as Record<string, { description?: string }>;
      const kept = Object.entries(all)
        .filter(
          ([key]) => key === 'locale' || EMBED_MESSAGE_PREFIXES.some((p) => key.startsWith(p)),
        )
        // Descriptions are for translators.
        .map(([key, { description: _, ...message }]) => [key, message]);
      return { code: JSON.stringify(Object.fromEntries(kept)), map: null };
    },
  };
}

/**
 * `npm run build:embed`: .output/embed/termlight.js, one self-contained classic script (an IIFE:
 * no globals, no imports, no eval) that a site adds with one tag.
 */
export default defineConfig({
  root,
  // Not 'production': the embed keeps Termlight's fixed element names (lib/highlight/page-names.ts);
  // the site that adds it has nothing to hide from itself.
  mode: 'embed',
  publicDir: false,
  plugins: [cardMessagesOnly(), termIndexPlugin()],
  resolve: {
    // UI strings from the English catalog itself: a site's page has no browser.i18n.
    alias: [
      {
        find: /^\.\/message-source$/,
        replacement: resolve(root, 'lib/i18n/message-source-catalog.ts'),
      },
    ],
  },
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', legalComments: 'none' },
  build: {
    outDir: resolve(root, '.output/embed'),
    emptyOutDir: true,
    target: 'es2022',
    minify: 'esbuild',
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: resolve(root, 'embed/termlight-embed.ts'),
      formats: ['iife'],
      name: 'TermlightEmbed',
      fileName: () => 'termlight.js',
    },
  },
});
