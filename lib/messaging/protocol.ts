/**
 * Termlight's one message protocol. Every message is named in MessageMap with the shape of its
 * request and of its answer; the receiving end narrows what arrives with a parser per type that
 * rebuilds the request from checked fields (a message from elsewhere, or from an older or newer
 * Termlight, is ignored), and the sending end checks the answer where it is more than a yes or no
 * (see components/popup/page-info.ts, lib/questions/client.ts).
 *
 * Who talks: the toolbar popup asks the content script of the active tab's top frame; content
 * scripts ask the background for an entry's card; the save control and the My questions page ask
 * the background, the one writer of the list, to read or change it.
 *
 * The parsers of the My questions messages are in lib/questions/answers.ts, beside their
 * handlers: they check a whole change (notes, page address), and the content script, which only
 * answers page-info and reveal, should not carry that code. ParsersOf (below) makes every message
 * type have exactly one parser between the two tables.
 */
import type { CardData } from '../../data/card';
import type { QuestionOp } from '../questions/ops';
import type { SavedTerm } from '../questions/schema';
import type { LoadedQuestions } from '../questions/store';

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
  /**
   * Background (a keyboard command) -> top frame: focus the next or previous term, or open the
   * focused one's card; false when the page has no term.
   */
  'termlight:term-nav': { request: { action: TermNavAction }; response: boolean };
  /** Save control, My questions page -> background: apply one change; the list after it. */
  'termlight:questions-change': {
    request: { change: QuestionOp };
    response: Reply<LoadedQuestions>;
  };
  /** Save control -> background: the saved entry for a term (or null) and its card's prompts. */
  'termlight:saved-term': { request: { termId: string }; response: Reply<SavedTermAnswer> };
  /** Save control, My questions page -> background: the list as the background reads it. */
  'termlight:questions-load': { request: object; response: Reply<LoadedQuestions> };
}

/** An answer that can be refused: the error is a sentence for the reader. */
export type Reply<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface SavedTermAnswer {
  term: SavedTerm | null;
  prompts: string[];
  promptsLabel: string;
}

export type MessageType = keyof MessageMap;
type RequestOf<K extends MessageType> = { type: K } & MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];
/** A request of any of the types P (RequestOf of a union would merge their fields). */
export type RequestIn<P extends MessageType> = { [K in P]: RequestOf<K> }[P];
export type AnyRequest = RequestIn<MessageType>;

/** Rebuilds one type's request from a raw message's checked fields; null when one is malformed. */
type Parser<K extends MessageType> = (m: Record<string, unknown>) => RequestOf<K> | null;
export type Parsers<K extends MessageType> = { [T in K]: Parser<T> };

/** The messages parsed here; the rest are parsed in lib/questions/answers.ts. */
export type PageMessageType =
  | 'termlight:card'
  | 'termlight:card-ui'
  | 'termlight:page-info'
  | 'termlight:reveal'
  | 'termlight:term-nav';

/** What the keyboard commands ask of a page (manifest `commands`). */
const TERM_NAV_ACTIONS = ['next', 'previous', 'open'] as const;
export type TermNavAction = (typeof TERM_NAV_ACTIONS)[number];

const MAX_ID_LENGTH = 100;

function termId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH
    ? value
    : null;
}

/** Per type: rebuilds the request from the raw message with only known, checked fields. */
export const PAGE_PARSERS: Parsers<PageMessageType> = {
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
  'termlight:term-nav': (m) =>
    (TERM_NAV_ACTIONS as readonly unknown[]).includes(m.action)
      ? { type: 'termlight:term-nav', action: m.action as TermNavAction }
      : null,
};

/**
 * Narrows an unknown runtime message to one of the given types with valid fields; anything else
 * (another type, a malformed field, a parser that throws) is null.
 */
export function parseRequest<P extends MessageType>(
  parsers: Parsers<P>,
  message: unknown,
): RequestIn<P> | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  const type = m.type;
  if (typeof type !== 'string' || !Object.hasOwn(parsers, type)) return null;
  try {
    return (parsers[type as P] as Parser<P>)(m);
  } catch {
    return null;
  }
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
 * Routes an incoming message to its handler, with the request its parser rebuilt (a handler never
 * sees the raw message). Returns undefined for messages this context does not answer, so another
 * listener (or none) can (the webextension onMessage contract). Every handled type needs a parser.
 */
export function dispatch<P extends MessageType, K extends P>(
  parsers: Parsers<P>,
  handlers: Handlers<K>,
  message: unknown,
  sender: Sender = {},
): Promise<unknown> | undefined {
  const request = parseRequest(parsers, message);
  if (!request || !Object.hasOwn(handlers, request.type)) return undefined;
  const handler = handlers[request.type as K] as (r: AnyRequest, s: Sender) => unknown;
  return Promise.resolve(handler(request as AnyRequest, sender));
}

/** Counts highlighted terms by id, most frequent first, then by id. */
export function countTerms(ids: Iterable<string>): TermCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
