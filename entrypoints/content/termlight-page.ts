import { browser } from 'wxt/browser';
import { TERM_INDEX } from '../../data/term-index';
import type { CardData } from '../../data/card';
import { compileMatcher } from '../../lib/matcher';
import { Highlighter } from '../../lib/highlight/highlighter';
import { PopoverController } from '../../lib/popover/controller';
import { makeTermReachable } from '../../lib/popover/term-a11y';
import { countTerms, type PageInfo } from '../../lib/messages';
import { isActiveOn, type Settings } from '../../lib/settings';
import { ShadowPopover } from '../../components/popover/shadow-popover';

const CLOSE_GRACE_MS = 300;

/** Termlight on one document: highlights, popover and the reaction to settings. */
export class TermlightPage {
  private readonly matcher = compileMatcher(TERM_INDEX);
  private readonly categories = new Map(TERM_INDEX.map((e) => [e.id, e.category]));
  private highlighter: Highlighter | null = null;
  private readonly popover: ShadowPopover;
  private readonly controller: PopoverController;
  private settings: Settings | null = null;

  constructor(private readonly doc: Document) {
    this.popover = new ShadowPopover(doc, loadCardFromBackground);
    this.controller = new PopoverController(doc, this.popover, {
      openDelayMs: 300,
      closeDelayMs: CLOSE_GRACE_MS,
    });
  }

  get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** Applies settings: starts, restarts or stops highlighting without a page reload. */
  apply(settings: Settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    this.controller.setTiming({ openDelayMs: settings.hoverDelayMs, closeDelayMs: CLOSE_GRACE_MS });
    this.popover.setLook({ textScale: settings.textSize / 100, theme: settings.theme });
    if (!isActiveOn(settings, this.host)) {
      this.stop();
      return Promise.resolve();
    }
    if (this.highlighter && before && sameHighlighting(before, settings)) {
      this.highlighter.setStyle(settings.highlightStyle);
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
      style: settings.highlightStyle,
      onWrapped: (el) => makeTermReachable(el, el.hasAttribute('data-first')),
    });
    return this.highlighter.start();
  }

  stop(): void {
    this.popover.hide({ restoreFocus: false });
    void this.highlighter?.stop();
    this.highlighter = null;
  }

  info(): PageInfo {
    const terms = this.highlighter?.terms() ?? [];
    return {
      host: this.host,
      active: !!this.highlighter,
      terms: countTerms(terms.map((t) => t.getAttribute('data-term-id') ?? '')),
    };
  }

  /** Scrolls to the first occurrence of a term and opens its popover there. */
  reveal(id: string): boolean {
    const term = this.highlighter?.terms().find((t) => t.getAttribute('data-term-id') === id);
    if (!term) return false;
    term.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.popover.show(term, { pinned: true, focus: false });
    return true;
  }
}

function loadCardFromBackground(id: string): Promise<CardData | null> {
  return browser.runtime.sendMessage({ type: 'termlight:card', id }) as Promise<CardData | null>;
}

function sameHighlighting(a: Settings, b: Settings): boolean {
  return (
    a.firstMentionOnly === b.firstMentionOnly &&
    JSON.stringify(a.categories) === JSON.stringify(b.categories)
  );
}
