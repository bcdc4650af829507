// The browser tests load the test build (`wxt build --mode e2e`): the shipped code with fixed
// element names and an open card shadow root, so Playwright can find highlights and the card
// (lib/highlight/page-names.ts; docs/privacy-design.md). The privacy test loads the shipped build.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** @param {'chrome' | 'firefox'} browser */
function buildDirs(browser) {
  const name = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return {
    shipped: resolve(REPO_ROOT, '.output', name),
    test: resolve(REPO_ROOT, '.output', `${name}-e2e`),
  };
}

const builtAt = (dir) => {
  const manifest = join(dir, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : -1;
};

/**
 * Builds the test build when it is missing or older than the shipped one (`npx wxt build` was
 * run since): the usual `npx wxt build && vitest ...` then tests the code just built.
 * @param {'chrome' | 'firefox'} browser
 */
export function ensureTestBuild(browser) {
  const { shipped, test } = buildDirs(browser);
  if (builtAt(test) >= 0 && builtAt(test) >= builtAt(shipped)) return;
  const args = [
    'wxt',
    'build',
    '--mode',
    'e2e',
    ...(browser === 'firefox' ? ['-b', 'firefox'] : []),
  ];
  console.log(`Building the test build: npx ${args.join(' ')}`);
  const r = spawnSync('npx', args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
}
