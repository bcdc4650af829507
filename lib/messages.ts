/**
 * Termlight's one message protocol. Every message is named in MESSAGES with the shape of its
 * request and of its answer; the receiving end narrows what arrives with parseRequest (a
 * message from elsewhere, or from an older or newer Termlight, is ignored), and the sending end
 * checks the answer where it is more than a yes or no (see components/popup/page-info.ts).
 *
 * Who talks: the toolbar popup asks the content script of the active tab's top frame; content
 * scripts ask the background for an entry's card.
 */
import type { CardData } from '../data/card';

export interface TermCount {
  id: string;
  count: number;
}

export interface PageInfo {
  host: string;
  /** Whether Termlight is highlighting this page (on globally and for this site). */
  active: boolean;
  /** Terms found on the page, most frequent first. */
  terms: TermCount[];
}

/** Each message: what the request carries besides its type, and what the receiver answers. */
export interface MessageMap {
  /** Content script -> background: the card of one entry, null for an unknown id. */
  'termlight:card': { request: { id: string }; response: CardData | null };
  /**
   * Content script -> background: inject the card UI (entrypoints/card-ui.ts) into the sender's
   * frame; true once it has run there.
   */
  'termlight:card-ui': { request: object; response: boolean };
  /** Popup -> top frame: what Termlight does on this page. */
  'termlight:page-info': { request: object; response: PageInfo };
  /** Popup -> top frame: scroll to a term and open its card; false when it is not on the page. */
  'termlight:reveal': { request: { id: string }; response: boolean };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = { type: K } & MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];
export type AnyRequest = { [K in MessageType]: RequestOf<K> }[MessageType];

const MAX_ID_LENGTH = 100;

function termId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH
    ? value
    : null;
}

/** Per type: rebuilds the request from the raw message with only known, checked fields. */
const PARSERS: { [K in MessageType]: (m: Record<string, unknown>) => RequestOf<K> | null } = {
  'termlight:card': (m) => {
    const id = termId(m.id);
    return id === null ? null : { type: 'termlight:card', id };
  },
  'termlight:card-ui': () => ({ type: 'termlight:card-ui' }),
  'termlight:page-info': () => ({ type: 'termlight:page-info' }),
  'termlight:reveal': (m) => {
    const id = termId(m.id);
    return id === null ? null : { type: 'termlight:reveal', id };
  },
};

/** Narrows an unknown runtime message to one of ours with valid fields; anything else is null. */
export function parseRequest(message: unknown): AnyRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  const type = m.type;
  if (typeof type !== 'string' || !Object.hasOwn(PARSERS, type)) return null;
  return PARSERS[type as MessageType](m);
}

/** Who sent a message (the part of runtime.MessageSender that handlers use). */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

/** Handlers for the messages one context answers; the others are left to other listeners. */
export type Handlers<K extends MessageType> = {
  [T in K]: (request: RequestOf<T>, sender: Sender) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

/**
 * Routes an incoming message to its handler. Returns undefined for messages this context does not
 * answer, so another listener (or none) can (the webextension onMessage contract).
 */
export function dispatch<K extends MessageType>(
  handlers: Handlers<K>,
  message: unknown,
  sender: Sender = {},
): Promise<unknown> | undefined {
  const request = parseRequest(message);
  if (!request || !Object.hasOwn(handlers, request.type)) return undefined;
  const handler = handlers[request.type as K] as (r: AnyRequest, s: Sender) => unknown;
  return Promise.resolve(handler(request, sender));
}

/** Counts highlighted terms by id, most frequent first, then by id. */
export function countTerms(ids: Iterable<string>): TermCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
