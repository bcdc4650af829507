/**
 * The card UI's seam. The card (Preact, the term card, its styles) is most of what the content
 * script would weigh, and most pages name no term, so the extension injects it only into pages
 * that have a term (entrypoints/card-ui.ts); the embed bundles it. Both hand the page engine a
 * loader for the same factory.
 */
import type { CardData } from '../../data/card';
import type { PopoverView } from '../popover/controller';
import type { Painter } from '../highlight/paint';

/** Fetches an entry's card; the content script asks the background, tests can pass cardData. */
export type CardLoader = (id: string) => Promise<CardData | null>;

export interface PopoverLook {
  /** 1 = 16 px base text. */
  textScale: number;
  theme: 'system' | 'light' | 'dark';
  /** Which level a card opens at (the reader's setting); default the plain one. */
  level?: 'patient' | 'student';
  /** The cards' language (the reader's setting, lib/popover/card-language.ts); default automatic. */
  cardLanguage?: 'auto' | 'en' | 'es';
}

/** What the page engine drives: the popover view, which also follows the reader's look. */
export interface PopoverUi extends PopoverView {
  setLook(look: PopoverLook): void;
}

export type CreatePopoverUi = (doc: Document, loadCard: CardLoader) => PopoverUi;

/** Gives the card UI's factory once it is there (loaded, injected or bundled). */
export type CardUiLoader = () => Promise<CreatePopoverUi>;

// A property of the content script's own global: Chrome's isolated world and Firefox's sandbox
// keep it out of the page's reach, and the page cannot plant one for us to find.
const GLOBAL_KEY = '__termlightCardUi';

/** Run by the injected card-UI script: leaves its factory where the content script finds it. */
export function publishCardUi(create: CreatePopoverUi, global: object = globalThis): void {
  (global as Record<string, unknown>)[GLOBAL_KEY] = create;
}

/** The factory the injected script left, or null when it has not run (or was not ours). */
export function publishedCardUi(global: object = globalThis): CreatePopoverUi | null {
  const create = (global as Record<string, unknown>)[GLOBAL_KEY];
  return typeof create === 'function' ? (create as CreatePopoverUi) : null;
}

/**
 * The painter of giant text nodes (lib/highlight/paint.ts) travels with the card UI too: a giant
 * text node with a term is rare, and a page that has one has a term, so it loads the card UI
 * anyway. That keeps its 3.6 kB out of the content script every page loads (budget 85 kB).
 */
export type PainterClass = typeof Painter;

/** Gives the painter's class once it is there, or null when it cannot be had. */
export type PainterLoader = () => Promise<PainterClass | null>;

const PAINTER_KEY = '__termlightPainter';

/** Run by the injected card-UI script beside publishCardUi. */
export function publishPainter(painter: PainterClass, global: object = globalThis): void {
  (global as Record<string, unknown>)[PAINTER_KEY] = painter;
}

/** The painter class the injected script left, or null. */
export function publishedPainter(global: object = globalThis): PainterClass | null {
  const painter = (global as Record<string, unknown>)[PAINTER_KEY];
  return typeof painter === 'function' ? (painter as PainterClass) : null;
}
