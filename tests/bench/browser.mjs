/** Chromium through playwright-core, with or without the built extension, kept on loopback. */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @returns {string | null} $CHROME_PATH, else Debian's chromium. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => !!p && existsSync(p)) ?? null;
}

/** @param {string} url */
export function isLoopback(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(u.protocol))
    return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/**
 * @typedef {object} BenchBrowser
 * @property {import('playwright-core').BrowserContext} context
 * @property {boolean} withExtension
 * @property {string[]} aborted  off-loopback requests, aborted by the route before leaving the machine
 * @property {string[]} leaked   off-loopback requests that were NOT aborted (must stay empty)
 * @property {() => Promise<void>} close
 */

/**
 * Launches a persistent context (the same kind of browser with and without the extension, so the
 * two runs differ only by the extension).
 * @param {{ extensionDir?: string, initScript: string }} options
 * @returns {Promise<BenchBrowser>}
 */
export async function launch({ extensionDir, initScript }) {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: set CHROME_PATH or apt-get install chromium');
  const profile = await mkdtemp(join(tmpdir(), 'termlight-bench-'));
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Everything that is not loopback goes to a closed port; the route below aborts it first.
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=127.0.0.1;localhost',
    ],
  });
  /** @type {string[]} */
  const aborted = [];
  /** @type {string[]} */
  const leaked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  // A second line of defence: anything off loopback that the route did not abort is an error.
  context.on('requestfinished', (request) => {
    if (!isLoopback(request.url())) leaked.push(request.url());
  });
  await context.addInitScript({ content: initScript });
  if (extensionDir) {
    if (!context.serviceWorkers().length) {
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
  }
  return {
    context,
    withExtension: !!extensionDir,
    aborted,
    leaked,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
