/** Bundles page-helpers.mjs (and the project's matcher, highlighter and term index) with esbuild. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * @param {string} repoRoot
 * @returns {Promise<string>} path of the bundled script, in a temp folder
 */
export async function bundlePageHelpers(repoRoot) {
  /** @type {typeof import('esbuild')} */
  let esbuild;
  try {
    esbuild = await import('esbuild'); // installed with vite, which wxt uses
  } catch {
    throw new Error('esbuild not found in node_modules (it comes with vite): run npm install');
  }
  // The content script uses mark.js's ES module sources (wxt.config.ts); use the same ones.
  const markFile = resolve(repoRoot, 'node_modules/mark.js/src/vanilla.js');
  const outfile = join(await mkdtemp(join(tmpdir(), 'termlight-bench-js-')), 'page-helpers.js');
  await esbuild.build({
    entryPoints: [resolve(repoRoot, 'tests/bench/page-helpers.mjs')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    absWorkingDir: repoRoot,
    // As in the test build the bench loads (`wxt build --mode e2e`): fixed page names, and no
    // `import.meta.env` left undefined in an iife (lib/highlight/page-names.ts reads it at load).
    define: { 'import.meta.env.MODE': '"e2e"' },
    plugins: [timedMark(markFile), termIndex(repoRoot)],
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * `virtual:term-index` (a Vite plugin's module in the builds, data/term-index-plugin.ts): the
 * same index, decoded the same way, from data/term-index-source.ts.
 * @param {string} repoRoot
 * @returns {import('esbuild').Plugin}
 */
function termIndex(repoRoot) {
  const source = resolve(repoRoot, 'data/term-index-source.ts');
  return {
    name: 'term-index',
    setup(build) {
      build.onResolve({ filter: /^virtual:term-index$/ }, () => ({
        path: 'term-index',
        namespace: 'term-index',
      }));
      build.onLoad({ filter: /.*/, namespace: 'term-index' }, () => ({
        resolveDir: dirname(source),
        contents: `import { builtInCoreTermIndex, builtInTermIndex } from ${JSON.stringify(source)};
export const CORE_TERM_INDEX = builtInCoreTermIndex();
let whole;
export const termIndex = () => (whole ??= builtInTermIndex());`,
      }));
    },
  };
}

/**
 * lib/highlight gets a mark.js whose markRegExp reports to `globalThis.__tlMarkTimer` when that is
 * set (mark.js defines its methods per instance, so its prototype cannot be patched from outside);
 * page-helpers.mjs itself (the naive peer) gets the plain mark.js.
 * @param {string} markFile
 * @returns {import('esbuild').Plugin}
 */
function timedMark(markFile) {
  return {
    name: 'timed-mark',
    setup(build) {
      build.onResolve({ filter: /^mark\.js$/ }, (args) =>
        args.importer.endsWith('page-helpers.mjs')
          ? { path: markFile }
          : { path: 'timed-mark', namespace: 'bench' },
      );
      build.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
        resolveDir: dirname(markFile),
        contents: `import RealMark from ${JSON.stringify(markFile)};
export default function Mark(ctx) {
  const inner = new RealMark(ctx);
  const markRegExp = inner.markRegExp;
  inner.markRegExp = function (...args) {
    const timer = globalThis.__tlMarkTimer;
    if (!timer) return markRegExp.apply(this, args);
    const t = performance.now();
    try {
      return markRegExp.apply(this, args);
    } finally {
      timer(t, performance.now());
    }
  };
  return inner;
}`,
      }));
    },
  };
}
