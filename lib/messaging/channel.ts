/**
 * The extension's side of lib/messaging/protocol.ts: typed sending and an answering listener that goes away
 * with its AbortSignal. A small local wrapper rather than @webext-core/messaging: the content
 * script needs one listener and one request type, and this costs it a few hundred bytes where
 * the library would add its own message envelope and error serializer to a bundle near its budget.
 */
import { browser } from 'wxt/browser';
import {
  dispatch,
  type Handlers,
  type MessageMap,
  type MessageType,
  type Parsers,
  type ResponseOf,
  type Sender,
} from './protocol';
import { errorMessage } from '../error-message';

/**
 * How a failed answer travels (the wire format of webextension-polyfill, which the extension's
 * pages use): their sendMessage rejects on it. The content script calls Chrome's own API (see
 * wxt.config.ts), which does not know it, so sendToBackground does the same by hand.
 */
const REJECTED = '__mozWebExtensionPolyfillReject__';

/** Asks the background; rejects when its handler failed. */
export async function sendToBackground<K extends MessageType>(
  type: K,
  request: MessageMap[K]['request'],
): Promise<ResponseOf<K>> {
  const answer: unknown = await browser.runtime.sendMessage({ ...request, type });
  const failed = answer as { [REJECTED]?: unknown; message?: unknown } | null;
  if (failed && typeof failed === 'object' && failed[REJECTED] === true) {
    throw new Error(String(failed.message));
  }
  return answer as ResponseOf<K>;
}

/**
 * Asks a tab's content script. The answer is `unknown`: a page may run an older or newer Termlight,
 * so the caller checks it.
 */
export function sendToTab<K extends MessageType>(
  tabId: number,
  frameId: number,
  type: K,
  request: MessageMap[K]['request'],
): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { ...request, type }, { frameId });
}

/**
 * Answers the given messages until `signal` aborts; each one's parser (from `parsers`) checks what
 * arrives before its handler sees it.
 */
export function answerMessages<P extends MessageType, K extends P>(
  parsers: Parsers<P>,
  handlers: Handlers<K>,
  signal?: AbortSignal,
): void {
  if (signal?.aborted) return;
  // sendResponse and `true`, which every browser understands (Chrome's own API, used by the
  // content script, takes no promise from a listener).
  const listener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
    const answer = dispatch(parsers, handlers, message, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) =>
      sendResponse({
        [REJECTED]: true,
        message: errorMessage(error),
      }),
    );
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
