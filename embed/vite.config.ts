import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * `npm run build:embed`: .output/embed/termlight.js, one self-contained classic script (an IIFE:
 * no globals, no imports, no eval) that a site adds with one tag.
 */
export default defineConfig({
  root,
  publicDir: false,
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
