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
  // The naive peer's mark.js: its ES module build.
  const markFile = resolve(repoRoot, 'node_modules/mark.js/dist/mark.es6.js');
  const outfile = join(await mkdtemp(join(tmpdir(), 'termlight-bench-js-')), 'page-helpers.js');
  await esbuild.build({
    entryPoints: [resolve(repoRoot, 'tests/bench/page-helpers.mjs')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    absWorkingDir: repoRoot,
    plugins: [timedWrap(markFile, repoRoot), termIndex(repoRoot)],
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
        contents: `import { builtInTermIndex } from ${JSON.stringify(source)};
export const TERM_INDEX = builtInTermIndex();`,
      }));
    },
  };
}

/**
 * page-helpers.mjs (the naive peer) gets mark.js's ES module build; lib/highlight/wrap.ts gets a
 * wrapMatches that reports each call to `globalThis.__tlMarkTimer` when that is set.
 * @param {string} markFile
 * @param {string} repoRoot
 * @returns {import('esbuild').Plugin}
 */
function timedWrap(markFile, repoRoot) {
  const wrapMatchesFile = resolve(repoRoot, 'lib/highlight/wrap-matches.ts');
  return {
    name: 'timed-wrap',
    setup(build) {
      build.onResolve({ filter: /^mark\.js$/ }, () => ({ path: markFile }));
      build.onResolve({ filter: /^\.\/wrap-matches$/ }, () => ({
        path: 'timed-wrap',
        namespace: 'bench',
      }));
      build.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
        resolveDir: dirname(wrapMatchesFile),
        contents: `import { wrapMatches as realWrapMatches } from ${JSON.stringify(wrapMatchesFile)};
export function wrapMatches(...args) {
  const timer = globalThis.__tlMarkTimer;
  if (!timer) return realWrapMatches(...args);
  const t = performance.now();
  try {
    return realWrapMatches(...args);
  } finally {
    timer(t, performance.now());
  }
}`,
      }));
    },
  };
}
