/**
 * What the card (in the page, content script side) and the reader's frame (an extension page
 * inside it, entrypoints/card-frame) say to each other. Everything that shows or takes the
 * reader's own data (saved or not, notes, ticks, the note box, undo) lives in the frame, so no
 * keystroke, value or text of it reaches the page (issue #23; docs/privacy-design.md).
 *
 * The channel: the card loads the frame at its extension address with a random key in the
 * fragment (inside a closed shadow root, so the page cannot read it), then posts the key with
 * a MessagePort to the frame's origin only. The frame takes the first message from its parent
 * window that carries its key and a port, and from then on talks only over that port, which no
 * page script holds. Each side rebuilds what arrives from checked fields; anything else is
 * dropped. Nothing sent to the card carries the reader's data except the live-region sentence,
 * which the card puts into its closed shadow root.
 */
import type { PageContext } from '../questions/page-context';

/** Card -> frame: the term the card shows, where it was read and how the card looks. */
export interface FrameShow {
  kind: 'show';
  termId: string;
  termName: string;
  /** The imported glossary the entry is from, if any (kept with a saved term). */
  glossaryName?: string;
  page: PageContext;
  theme: 'light' | 'dark';
  /** 1 = 16 px text. */
  scale: number;
  /** The language of the card's text: the frame's words follow it. */
  lang: 'en' | 'es';
}

export type ToFrame = FrameShow;

/** Frame -> card. */
export type FromFrame =
  /** The frame's content box; the card sizes the iframe to it. `fill`: wants the full width. */
  | { kind: 'size'; width: number; height: number; fill: boolean }
  /** The reader used a control: the card pins itself open. */
  | { kind: 'use' }
  /** A status for the card's one live region. */
  | { kind: 'announce'; text: string }
  /** Escape in the frame: the card closes and gives focus back to the term. */
  | { kind: 'escape' };

const MAX_TEXT = 2000;

function str(value: unknown, max = MAX_TEXT): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

function num(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

/** In the frame: a checked card message, or null. */
export function parseToFrame(data: unknown): ToFrame | null {
  const m = record(data);
  if (!m || m.kind !== 'show') return null;
  const page = record(m.page);
  const termId = str(m.termId, 100);
  const termName = str(m.termName, 200);
  const glossaryName = m.glossaryName === undefined ? undefined : str(m.glossaryName, 200);
  const scale = num(m.scale, 0.5, 4);
  const pageTitle = str(page?.pageTitle);
  const pageUrl = page?.pageUrl === null ? null : str(page?.pageUrl);
  const context = str(page?.context);
  if (!termId || !termName || scale === null || pageTitle === null || context === null) return null;
  if (pageUrl === null && page?.pageUrl !== null) return null;
  if (m.theme !== 'light' && m.theme !== 'dark') return null;
  if (m.lang !== 'en' && m.lang !== 'es') return null;
  if (glossaryName === null || glossaryName === '') return null;
  return {
    kind: 'show',
    termId,
    termName,
    ...(glossaryName !== undefined ? { glossaryName } : {}),
    page: { pageTitle, pageUrl, context },
    theme: m.theme,
    scale,
    lang: m.lang,
  };
}

/** In the card: a checked frame message, or null. */
export function parseFromFrame(data: unknown): FromFrame | null {
  const m = record(data);
  switch (m?.kind) {
    case 'size': {
      const width = num(m.width, 0, 10_000);
      const height = num(m.height, 0, 10_000);
      if (width === null || height === null || typeof m.fill !== 'boolean') return null;
      return { kind: 'size', width, height, fill: m.fill };
    }
    case 'use':
    case 'escape':
      return { kind: m.kind };
    case 'announce': {
      const text = str(m.text, 500);
      return text === null ? null : { kind: 'announce', text };
    }
    default:
      return null;
  }
}

/**
 * In the frame: the port of a genuine hello from the card (its first message, { termlightFrame:
 * key }, with the port transferred), or null.
 */
export function portOfHello(event: MessageEvent, key: string, parent: Window): MessagePort | null {
  const hello = record(event.data);
  if (event.source !== parent || !key || hello?.termlightFrame !== key) return null;
  return event.ports[0] ?? null;
}

/** A fresh key for one frame (128 random bits, hex). */
export function frameKey(crypto: Crypto = globalThis.crypto): string {
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/**
 * The frame's address fragment: its key, then what it shows first, so the frame draws (and reads
 * the saved state) as soon as its page runs, without waiting for its load and the card's hello.
 * Only the frame's own page can read its address: it sits in the card's closed shadow root.
 */
export function frameFragment(key: string, show: FrameShow): string {
  return `${key}.${encodeURIComponent(JSON.stringify(show))}`;
}

/** In the frame: its key and what it shows first (checked, or null) from its address's fragment. */
export function readFragment(hash: string): { key: string; show: ToFrame | null } {
  const raw = hash.replace(/^#/, '');
  const dot = raw.indexOf('.');
  if (dot < 0) return { key: raw, show: null };
  let show: ToFrame | null = null;
  try {
    show = parseToFrame(JSON.parse(decodeURIComponent(raw.slice(dot + 1))));
  } catch {
    // not ours, or cut: the card's hello brings it
  }
  return { key: raw.slice(0, dot), show };
}
