// Chromium with the built extension loaded, kept on loopback: for the browser tests, the
// benchmark and the demo.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** The build that ships (`npm run build`, `npm run zip`): random names, closed card root. */
export const SHIPPED_EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
/** The tests' build (`wxt build --mode e2e`, see test-build.mjs): the same code, fixed names. */
const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3-e2e');

/** The Chromium to drive: $CHROME_PATH, else Debian's package. Null when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => !!p && existsSync(p)) ?? null;
}

/** @param {string} url */
function isLoopback(url) {
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

/** Flags that keep Chromium quiet and on loopback (see ../shared/notes/toolchain.md). */
export const QUIET_ARGS = [
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
];

/**
 * @typedef {object} ExtensionSession
 * @property {import('playwright-core').BrowserContext} context
 * @property {string | null} extensionId null when launched without the extension
 * @property {import('playwright-core').Worker | null} worker the extension's service worker
 * @property {string[]} offLoopbackRequests every request that tried to leave the machine (aborted)
 * @property {string[]} leakedRequests off-loopback requests that completed anyway (must stay empty)
 * @property {() => Promise<void>} close
 */

/**
 * Launches Chromium in a fresh profile, with the built extension unless `extension: false`.
 * @param {{ extension?: boolean, extensionDir?: string, headless?: boolean,
 *   viewport?: { width: number, height: number } | null, hasTouch?: boolean,
 *   initScript?: string, locale?: string }} [options]
 * `locale` ("es"): the browser itself in that language: its UI language (what chrome.i18n
 * reads), navigator.language and Accept-Language.
 * @returns {Promise<ExtensionSession>}
 */
export async function launchBrowser(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found: set CHROME_PATH or run: sudo apt-get install -y chromium');
  }
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'termlight-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    hasTouch: options.hasTouch ?? false,
    ...(options.locale && {
      locale: options.locale,
      // On Linux, Chromium takes its UI language from LANGUAGE; --lang elsewhere.
      env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` },
    }),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : ['--disable-extensions']),
      ...QUIET_ARGS,
    ],
  });
  /** @type {string[]} */
  const offLoopbackRequests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    offLoopbackRequests.push(url);
    return route.abort();
  });
  // A second line of defence: anything off loopback that the route did not stop is a leak.
  /** @type {string[]} */
  const leakedRequests = [];
  context.on('requestfinished', (request) => {
    if (!isLoopback(request.url())) leakedRequests.push(request.url());
  });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  let worker = null;
  if (withExtension) {
    worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : null,
    worker,
    offLoopbackRequests,
    leakedRequests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
