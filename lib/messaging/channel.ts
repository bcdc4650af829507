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

/** Asks the background. */
export function sendToBackground<K extends MessageType>(
  type: K,
  request: MessageMap[K]['request'],
): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage({ ...request, type }) as Promise<ResponseOf<K>>;
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
  const listener = (message: unknown, sender: Sender) =>
    dispatch(parsers, handlers, message, sender);
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
