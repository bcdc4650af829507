// The browser tests' typed view of the shared launcher in tests/support/browser.mjs.
import type { BrowserContext, Worker } from 'playwright-core';
import { launchBrowser } from '../../support/browser.mjs';

export { SHIPPED_EXTENSION_DIR } from '../../support/browser.mjs';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that tried to leave the machine (aborted); tests assert it stays empty. */
  offLoopbackRequests: string[];
  /** Off-loopback requests that completed anyway: must stay empty. */
  leakedRequests: string[];
  close(): Promise<void>;
}

/** Launches Chromium with the built extension loaded, kept on loopback. */
export async function launchWithExtension(
  options: {
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    /** Another build than the tests' one (see tests/support/browser.mjs). */
    extensionDir?: string;
    /** The browser itself in this language ("es"), see tests/support/browser.mjs. */
    locale?: string;
  } = {},
): Promise<ExtensionSession> {
  const session = await launchBrowser({ ...options, extension: true });
  return session as ExtensionSession;
}
