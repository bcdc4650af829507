import type { TermIndexEntry } from '../../data/term-index-build';
import { compileMatcher } from '../matcher/compile';
import type { Matcher } from '../matcher/types';
import { Highlighter } from '../highlight/highlighter';
import { PopoverController } from '../popover/controller';
import { makeTermReachable } from '../popover/term-a11y';
import { focusTerm } from '../popover/term-nav';
import type { TermNavAction } from '../messaging/protocol';
import { countTerms, type PageInfo } from '../messaging/protocol';
import { isActiveOn } from '../settings/hosts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { LazyPopoverView } from '../popover/lazy-view';
import type { CardLoader, CardUiLoader, PainterLoader } from '../card-ui/publish';
import { termsOnScreen } from '../popover/on-screen';

const CLOSE_GRACE_MS = 300;
/** Terms on screen whose cards are loaded ahead, at most (one message to the background each). */
const PREFETCH_TERMS = 24;

/** Everything Termlight needs to work on one document; the extension and the embed supply it. */
export interface PageParts {
  document: Document;
  /** The glossary's ids, categories and surface forms (what the matcher compiles). */
  index: readonly TermIndexEntry[];
  /** The matcher of `index`, if it is compiled already (else it is compiled here). */
  matcher?: Matcher;
  /** Gives the card of one entry (the extension asks its background; the embed has the text). */
  loadCard: CardLoader;
  /** Gives the card UI: the embed has it built in, the extension injects it on demand. */
  loadCardUi: CardUiLoader;
  /** Gives the painter of giant text nodes (lib/highlight/paint.ts); without it they are wrapped. */
  loadPainter?: PainterLoader;
  settings: Settings;
  /** CSS selector of the part of the page to highlight; default the whole document. */
  scope?: string;
  /** Aborting it removes every listener, observer, highlight and the popover. */
  signal: AbortSignal;
}

/**
 * Builds Termlight on one document: highlighting, the popover and their reaction to settings.
 * Resolves when the first highlighting pass is complete.
 */
export function startTermlightPage(parts: PageParts): {
  page: TermlightPage;
  ready: Promise<void>;
} {
  const page = new TermlightPage(parts.document, parts.index, parts.loadCard, parts.loadCardUi, {
    scope: parts.scope,
    matcher: parts.matcher,
    loadPainter: parts.loadPainter,
    openDelayMs: parts.settings.hoverDelayMs,
  });
  if (parts.signal.aborted) return { page, ready: Promise.resolve() };
  parts.signal.addEventListener('abort', () => page.destroy(), { once: true });
  return { page, ready: page.apply(parts.settings) };
}

/** Termlight on one document: highlights, popover and the reaction to settings. */
export class TermlightPage {
  private matcher;
  private categories;
  private highlighter: Highlighter | null = null;
  private readonly popover: LazyPopoverView;
  private readonly controller: PopoverController;
  private settings: Settings | null = null;
  private destroyed = false;
  private readonly listening = new AbortController();

  constructor(
    private readonly doc: Document,
    index: readonly TermIndexEntry[],
    loadCard: CardLoader,
    loadCardUi: CardUiLoader,
    private readonly options: {
      scope?: string;
      matcher?: Matcher;
      openDelayMs?: number;
      loadPainter?: PainterLoader;
    } = {},
  ) {
    this.matcher = options.matcher ?? compileMatcher(index);
    this.categories = new Map(index.map((e) => [e.id, e.category]));
    this.popover = new LazyPopoverView(doc, loadCardUi, loadCard);
    this.controller = new PopoverController(doc, this.popover, {
      openDelayMs: options.openDelayMs ?? DEFAULT_SETTINGS.hoverDelayMs,
      closeDelayMs: CLOSE_GRACE_MS,
    });
    // Where the reader stops scrolling, the cards of the terms there are loaded while they read.
    doc.defaultView?.addEventListener(
      'scrollend',
      () => this.whenIdle(() => this.prefetchOnScreen()),
      { passive: true, signal: this.listening.signal },
    );
  }

  get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** Applies settings: starts, restarts or stops highlighting without a page reload. */
  apply(settings: Settings): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    const before = this.settings;
    this.settings = settings;
    this.controller.setTiming({ openDelayMs: settings.hoverDelayMs, closeDelayMs: CLOSE_GRACE_MS });
    this.popover.setLook({
      textScale: settings.textSize / 100,
      theme: settings.theme,
      level: settings.firstCardLevel,
      cardLanguage: settings.cardLanguage,
    });
    if (!isActiveOn(settings, this.host)) {
      this.stop();
      return Promise.resolve();
    }
    if (this.highlighter && before && sameHighlighting(before, settings)) {
      this.highlighter.setStyle(settings.highlightStyle);
      if (tabStops(before) !== tabStops(settings)) this.setTabStops(tabStops(settings));
      return this.highlighter.idle();
    }
    this.stop();
    this.highlighter = new Highlighter(this.doc, {
      finder: this.matcher,
      keep: (id) => {
        const category = this.categories.get(id);
        return !!category && settings.categories[category] !== false;
      },
      firstMentionOnly: settings.firstMentionOnly,
      scope: this.options.scope,
      loadPainter: this.options.loadPainter,
      style: settings.highlightStyle,
      onWrapped: (el, _id, first) => makeTermReachable(el, first, tabStops(settings)),
    });
    const highlighter = this.highlighter;
    return highlighter.start().then(() => {
      // A page with terms will likely be read with cards: load the card UI while the reader
      // reads, so the first hover does not wait for it. Pages without terms never load it.
      // Then the cards of the terms on screen, so a tap on one waits for no round trip to the
      // background (70-200 ms on a phone-class CPU).
      if (this.highlighter === highlighter && highlighter.termIds().length)
        this.whenIdle(
          // The cards at another idle time: with the UI's start in one task, a long frame on a
          // phone-class CPU.
          () =>
            void this.popover
              .load()
              .then((ui) => ui && this.whenIdle(() => this.prefetchOnScreen())),
        );
    });
  }

  /** Runs `run` at an idle time (3 s at most), with its deadline where the browser gives one. */
  private whenIdle(run: (idle?: IdleDeadline) => void): void {
    const win = this.doc.defaultView;
    if (!win) return;
    if (win.requestIdleCallback) win.requestIdleCallback(run, { timeout: 3000 });
    else win.setTimeout(run, 500);
  }

  /** Starts loading the cards of the terms on screen (once the card UI is there). */
  private prefetchOnScreen(): void {
    const win = this.doc.defaultView;
    if (!win || this.destroyed || !this.popover.loaded) return;
    const seen = new Set<string>();
    const terms: HTMLElement[] = [];
    for (const term of termsOnScreen(this.highlighter?.terms() ?? [], win, PREFETCH_TERMS)) {
      const id = this.highlighter?.idOf(term);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      terms.push(term);
    }
    this.prefetchWhileIdle(terms);
  }

  /**
   * Asks for the cards of `terms`, as many per idle period as it has room for: a request takes
   * 2-8 ms on a phone-class CPU, and a dozen in one task made a frame of 70-100 ms.
   */
  private prefetchWhileIdle(terms: HTMLElement[]): void {
    if (!terms.length || this.destroyed) return;
    // Without a deadline (no requestIdleCallback), all at once.
    this.whenIdle((idle) => {
      do this.popover.prefetch(terms.shift()!);
      while (terms.length && (!idle || idle.timeRemaining() > 25));
      this.prefetchWhileIdle(terms);
    });
  }

  /**
   * Uses another index (the reader changed their glossaries): compiles the matcher again and, if
   * highlighting, highlights the page again with it. No reload.
   */
  setIndex(index: readonly TermIndexEntry[]): Promise<void> {
    this.matcher = compileMatcher(index);
    this.categories = new Map(index.map((e) => [e.id, e.category]));
    if (this.destroyed || !this.highlighter || !this.settings) return Promise.resolve();
    this.stop();
    return this.apply(this.settings);
  }

  /** Removes the highlights and closes the popover; apply() can start again. */
  stop(): void {
    this.popover.hide({ restoreFocus: false });
    void this.highlighter?.stop();
    this.highlighter = null;
  }

  /** Stop for good: also the page listeners. */
  destroy(): void {
    this.destroyed = true;
    this.listening.abort();
    this.stop();
    this.controller.destroy();
  }

  info(): PageInfo {
    return {
      host: this.host,
      active: !!this.highlighter,
      terms: countTerms(this.highlighter?.termIds() ?? []),
    };
  }

  /** Makes the terms that are keyboard stops Tab stops, or takes them out of the Tab order. */
  private setTabStops(on: boolean): void {
    for (const term of this.highlighter?.terms() ?? []) {
      if (term.hasAttribute('tabindex')) term.tabIndex = on ? 0 : -1;
    }
  }

  /**
   * The keyboard commands (whatever the Tab-order setting): focus the next or previous term, or
   * open the card of the focused one (else of the first), with focus in the card.
   */
  navigate(action: TermNavAction): boolean {
    this.highlighter?.reachPainted();
    const terms = this.highlighter?.terms() ?? [];
    // From the focused term, else from the one whose card is open, else from the ends.
    let at = terms.indexOf(this.doc.activeElement as HTMLElement);
    if (at < 0 && this.popover.openTerm) at = terms.indexOf(this.popover.openTerm);
    const term =
      action === 'open'
        ? (terms[at] ?? terms[0])
        : at < 0
          ? terms[action === 'next' ? 0 : terms.length - 1]
          : terms[action === 'next' ? at + 1 : at - 1];
    if (!term) return false;
    focusTerm(term);
    if (action === 'open') this.popover.show(term, { pinned: true, focus: true });
    return true;
  }

  /** Scrolls to the first occurrence of a term and opens its popover there. */
  reveal(id: string): boolean {
    const highlighter = this.highlighter;
    const term = highlighter?.terms().find((t) => highlighter.idOf(t) === id);
    if (!term) return false;
    term.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.popover.show(term, { pinned: true, focus: false });
    return true;
  }
}

/** Whether first mentions are Tab stops: the reader's choice, never in the "only when I point" style. */
function tabStops(settings: Settings): boolean {
  return settings.termsInTabOrder && settings.highlightStyle !== 'hover-only';
}

function sameHighlighting(a: Settings, b: Settings): boolean {
  return (
    a.firstMentionOnly === b.firstMentionOnly &&
    JSON.stringify(a.categories) === JSON.stringify(b.categories)
  );
}
