// Firefox ESR with the built Firefox add-on installed, kept strictly offline, driven by
// puppeteer-core over WebDriver BiDi (recipe: ../shared/notes/firefox-e2e.md).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** The tests' build (see tests/support/test-build.mjs); the privacy test loads the shipped one. */
const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv2-e2e');
export const FIREFOX_SHIPPED_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv2');

/**
 * A fixed internal UUID (set through a pref at launch), so the extension pages' addresses
 * (moz-extension://UUID/popup.html) are known before the add-on is installed.
 */
const ADDON_UUID = '6f0c3f5e-3b1a-4c8e-9d52-7e2a1b9c4d10';

/**
 * Firefox's own messages, not errors of ours: the first on every page unload (its storage.onChanged
 * teardown; a two-line add-on does the same); the second when a page closes while one of its
 * extension API calls is in flight (the popup asks the page for its terms several times), which
 * Firefox reports after the page, and any handler of ours for it, is gone; the third is the same
 * case for a call that succeeded (a storage read still in flight when a test navigates away), which
 * Firefox logs with no message of ours and no stack; the fourth is how Firefox's ConduitsChild logs
 * the answer to such a read (`path:"storage.sync.get", result:{...}`) arriving for a page that is
 * gone (seen in 1 `npm test` run of several, after a suite closed its tabs).
 */
const FIREFOX_NOISE = [
  /sendRemoveListener on closed conduit/,
  /^Promise rejected after context unloaded: Actor 'Conduits' destroyed before query/,
  /^Promise resolved after context unloaded\s*$/,
  /^(?:Error: )?CallResult for closed conduit [^:]+: \(\{childId:.*path:"storage\.(?:sync|local)\.get"/,
];

/** The Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr. Null when there is none. */
function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => !!p && existsSync(p)) ?? null;
}

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id). */
function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`No gecko id in ${extensionDir}/manifest.json`);
  return id;
}

/**
 * A listener standing in for the proxy all non-loopback traffic is sent to. It answers nothing
 * and records the first line of every connection: anything recorded tried to leave the machine.
 */
async function startDeadProxy(): Promise<{ port: number; attempts: string[]; server: Server }> {
  const attempts: string[] = [];
  const server = createServer((socket) => {
    let first = '';
    socket.on('data', (chunk) => {
      if (!first) {
        first = chunk.toString('latin1').split('\r\n')[0] ?? '';
        attempts.push(first);
      }
      socket.destroy();
    });
    socket.on('error', () => undefined);
    // A connection that never sends a byte still tried to leave.
    socket.setTimeout(2000, () => {
      if (!first) attempts.push('(connection without a request line)');
      socket.destroy();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as AddressInfo).port, attempts, server };
}

/**
 * A loopback listener that drops every connection: remote settings are pointed here (not at the
 * proxy listener), as Firefox calls that server directly, which never leaves the machine.
 */
async function startSink(): Promise<{ port: number; server: Server }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as AddressInfo).port, server };
}

/** Prefs that send all traffic to the dead proxy and turn off Firefox's phone-home features. */
function offlinePrefs(proxyPort: number, sinkPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.socks': '',
    'network.proxy.no_proxies_on': '',
    // Pages are served from 127.0.0.1, which Firefox never proxies with this set to false.
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.urlbar.speculativeConnect.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.discovery.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    // Honoured only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (set at launch).
    'services.settings.server': `http://127.0.0.1:${sinkPort}/v1`,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'security.OCSP.enabled': 0,
    'dom.push.enabled': false,
    'dom.push.serverURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'geo.provider.network.url': '',
    'browser.search.geoip.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': '',
    'identity.fxaccounts.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.aboutwelcome.enabled': false,
    'browser.translations.enable': false,
  };
}

/** One error seen anywhere: a page, an extension page, the background or Firefox's console. */
interface SeenError {
  where: string;
  text: string;
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
  on(event: string, handler: (params: unknown) => void): void;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** A tab showing one of the add-on's own pages (moz-extension://…), driven through raw BiDi. */
export interface ExtensionTab {
  context: string;
  /** Evaluates an expression (awaited) in the page and returns its JSON-able value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy, and returns it. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  browser: Browser;
  version: string;
  /** The first line of every connection that tried to leave the machine. */
  outbound: string[];
  /** Errors from pages and extension pages, as they happen (Firefox's noise filtered out). */
  errors: SeenError[];
  /** An extension page in a tab of its own; `path` like "options.html" or "popup.html?tab=3". */
  openExtensionPage(path: string): Promise<ExtensionTab>;
  /** Errors in Firefox's own console (Services.console) that name this add-on: background included. */
  addonConsoleErrors(): Promise<SeenError[]>;
  /** Leaves console errors that match out of addonConsoleErrors (for errors a test caused on purpose). */
  ignoreConsoleErrors(matches: (error: SeenError) => boolean): void;
  /** A new page (tab) with its errors recorded. */
  newPage(): Promise<Page>;
  /** Records a page's errors (for tabs not opened through newPage). */
  watch(page: Page): void;
  close(): Promise<void>;
}

interface ConsoleMessage {
  text: string;
  source: string;
  flags: number;
}

/** Where the background page keeps its errors when Firefox's console cannot be read. */
const BACKGROUND_ERRORS = '__termlightTestErrors';

/**
 * For the background page (`bg`): keeps its uncaught errors, unhandled rejections and
 * console.error calls as console messages of its own source. Weaker than Firefox's console: an
 * error before this runs is missed.
 */
function recordBackgroundErrors(): string {
  return `(() => {
    if (bg.${BACKGROUND_ERRORS}) return true;
    const seen = (bg.${BACKGROUND_ERRORS} = []);
    const source = bg.location.href;
    const add = (text) => seen.push({ text: String(text), source, flags: 0 });
    bg.addEventListener('error', (e) => add(e.message));
    bg.addEventListener('unhandledrejection', (e) => add(e.reason?.message ?? e.reason));
    const error = bg.console.error.bind(bg.console);
    bg.console.error = (...args) => {
      add(args.map(String).join(' '));
      error(...args);
    };
    return true;
  })()`;
}

function isNoise(text: string): boolean {
  return FIREFOX_NOISE.some((re) => re.test(text));
}

async function evaluateIn<T>(bidi: BidiConnection, context: string, expression: string) {
  const { result } = (await bidi.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: EvaluateResult };
  if (result.type === 'exception') {
    throw new Error(`In ${context}: ${result.exceptionDetails?.text ?? 'exception'}`);
  }
  const value = result.result?.value;
  return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
}

async function poll<T>(read: () => Promise<T>, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      // The page may still be loading; try again until the deadline.
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Launches Firefox in a fresh profile with the built add-on installed, offline. */
export async function launchFirefox(
  options: { extensionDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error(
      'Firefox not found: set FIREFOX_PATH or run: sudo apt-get install -y firefox-esr',
    );
  }
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}: run npm run build:firefox first`);
  }
  const proxy = await startDeadProxy();
  const sink = await startSink();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: options.viewport ?? { width: 1280, height: 800 },
    // Lets the tests read Firefox's own console, where background-page errors go.
    args: ['--remote-allow-system-access'],
    // Without it, release builds ignore services.settings.server and keep calling home.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...offlinePrefs(proxy.port, sink.port),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: ADDON_UUID }),
    },
  });
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const errors: SeenError[] = [];
  const record = (where: string, text: string) => {
    if (!isNoise(text)) errors.push({ where, text });
  };
  // Every context's console errors and uncaught exceptions, extension tabs included.
  bidi.on('log.entryAdded', (params) => {
    const entry = params as { level: string; text: string | null; source?: { context?: string } };
    if (entry.level === 'error') record(`context ${entry.source?.context}`, entry.text ?? '');
  });
  await browser.installExtension(extensionDir);

  const ignoredConsoleErrors: ((error: SeenError) => boolean)[] = [];
  /**
   * Firefox's own window, where its console can be read. ESR 140's BiDi ignores moz:scope and
   * answers with a content about:blank, so there is none there (153 has it).
   */
  const chromeTree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const chromeContext =
    chromeTree.result.contexts.find((c) => c.url.startsWith('chrome:'))?.context ?? null;

  /** An extension page in a tab of its own (`background`: not brought to the front). */
  const openExtensionTab = async (path: string, background = false): Promise<ExtensionTab> => {
    const created = (await bidi.send('browsingContext.create', { type: 'tab', background })) as {
      result: { context: string };
    };
    const context = created.result.context;
    // page.goto() cannot open moz-extension:// pages; BiDi navigation without waiting can.
    await bidi.send('browsingContext.navigate', {
      context,
      url: `moz-extension://${ADDON_UUID}/${path}`,
      wait: 'none',
    });
    const tab: ExtensionTab = {
      context,
      evaluate: (expression) => evaluateIn(bidi, context, expression),
      waitFor: (expression, timeoutMs = 15_000) =>
        poll(() => tab.evaluate(expression), expression, timeoutMs),
      async close() {
        await bidi.send('browsingContext.close', { context });
      },
    };
    await tab.waitFor(
      `location.protocol === 'moz-extension:' && document.readyState !== 'loading'`,
    );
    return tab;
  };

  // Without Firefox's console, the background page records its errors itself, through functions
  // made in an extension tab of ours that stays open in the background (they die with the tab).
  const recorder = chromeContext ? null : await openExtensionTab('options.html', true);
  const inBackground = <T>(tab: ExtensionTab, expression: string) =>
    tab.waitFor<T>(`(async (bg) => ${expression})(await browser.runtime.getBackgroundPage())`);
  if (recorder) await inBackground(recorder, recordBackgroundErrors());

  const watch = (page: Page) => {
    page.on('pageerror', (error) => record(page.url(), String(error)));
  };

  return {
    browser,
    version: await browser.version(),
    outbound: proxy.attempts,
    errors,
    openExtensionPage: (path) => openExtensionTab(path),
    async addonConsoleErrors() {
      const messages = chromeContext
        ? await evaluateIn<ConsoleMessage[]>(
            bidi,
            chromeContext,
            `Services.console.getMessageArray().flatMap((m) => {
              if (!(m instanceof Ci.nsIScriptError)) return [];
              return [{ text: m.errorMessage, source: m.sourceName ?? '', flags: m.flags }];
            })`,
          )
        : await inBackground<ConsoleMessage[]>(recorder!, `bg.${BACKGROUND_ERRORS} ?? []`);
      const ours = [ADDON_UUID, geckoId(extensionDir)];
      return messages
        .filter((m) => (m.flags & 1) === 0) // errors, not warnings
        .filter((m) => ours.some((s) => m.source.includes(s) || m.text.includes(s)))
        .filter((m) => !isNoise(m.text))
        .map((m) => ({ where: m.source, text: m.text }))
        .filter((error) => !ignoredConsoleErrors.some((ignored) => ignored(error)));
    },
    ignoreConsoleErrors(matches) {
      ignoredConsoleErrors.push(matches);
    },
    async newPage() {
      const page = await browser.newPage();
      watch(page);
      return page;
    },
    watch,
    async close() {
      await browser.close();
      await new Promise((ok) => proxy.server.close(ok));
      await new Promise((ok) => sink.server.close(ok));
    },
  };
}
