import { render } from 'preact';
import type { CardData } from '../../data/card';
import type { CardLoader, PopoverLook, PopoverUi } from '../../lib/card-ui/publish';
import { placePopover } from '../../lib/popover/placement';
import { termAnchor } from '../../lib/popover/anchor';
import { pageLooksDark } from '../../lib/popover/page-theme';
import { nextTabbableAfter } from '../../lib/popover/focus-return';
import { setTermOpen } from '../../lib/popover/term-a11y';
import { OWN_UI_ATTR } from '../../lib/highlight/skip-rules';
import { NAMES } from '../../lib/highlight/page-names';
import { termIdOf } from '../../lib/highlight/term-ids';
import { t } from '../../lib/i18n';
import { PopoverContent } from './popover-content';
import { cardLanguageFor } from '../../lib/popover/card-language';
import { cardInLanguage, type CardLang } from '../term-card/card-in-language';
import { cardLabels } from '../term-card/card-labels';
import cardCss from '../term-card/term-card.css?inline';
import themeCss from '../term-card/theme.css?inline';
import popoverCss from './popover.css?inline';
import srOnlyCss from '../shared/sr-only.css?inline';
import type { CardActions } from '../shared/card-actions';
import { benchMark, benchNow, benchSpan } from '../../lib/bench-marks';

const WIDTH = 500;
/** Below this viewport width the card is a bottom sheet (see placeAsSheet). */
const SHEET_WIDTH = 480;
/** The largest text size (settings textSize 150 %) makes it one too, at any width. */
const LARGEST_SCALE = 1.5;
const SHEET_HEIGHT = 0.85;
const CLOSED_DISCLOSURE = 'details:not([open]) > :not(summary)';

/** The popover's host element (random per page load in the extension: page-names.ts). */
export const POPOVER_TAG = NAMES.popover;

// Inline !important beats any page rule, including `* { all: unset !important }` in a stylesheet.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'z-index': '2147483647',
  'max-width': 'none',
  'pointer-events': 'auto',
};

/**
 * The popover, in a shadow root on a host element of its own. It uses the Popover API's top layer
 * where it exists, so no page `z-index` can cover it.
 */
export class ShadowPopover implements PopoverUi {
  openTerm: HTMLElement | null = null;
  pinned = false;
  private readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly status: HTMLElement;
  private history: string[] = [];
  /** The history whose card is loading, to be rendered when it comes. */
  private rendering: string[] | null = null;
  /** The language the open card is asked in: the page's (or the setting's), or the reader's tap. */
  private lang: CardLang = 'en';
  private look: PopoverLook = { textScale: 1, theme: 'system' };
  private readonly cards = new Map<string, Promise<CardData | null>>();
  /** The term getting focus back on close: that focus must not reopen the popover. */
  private refocusing: HTMLElement | null = null;
  /** Whether a warm-up was asked for (once per page), and whether a card was shown since. */
  private warmUpAsked = false;
  private shownOnce = false;

  constructor(
    private readonly doc: Document,
    private readonly loadCard: CardLoader,
    private readonly cardActions?: CardActions,
  ) {
    this.host = doc.createElement(POPOVER_TAG);
    this.host.setAttribute(OWN_UI_ATTR, '');
    for (const [k, v] of Object.entries(HOST_STYLE)) this.host.style.setProperty(k, v, 'important');
    // Closed: page scripts (and the session recorders they run) cannot read the card or what it
    // says about the reader's reading; only the test builds open it (page-names.ts).
    const shadow = this.host.attachShadow({ mode: NAMES.openShadowRoot ? 'open' : 'closed' });
    this.mount = doc.createElement('div');
    this.status = doc.createElement('div');
    this.status.className = 'tl-sr-only';
    this.status.setAttribute('role', 'status');
    shadow.append(this.status, this.mount);
    adoptCss(
      shadow,
      `${themeCss}\n${cardCss}\n${srOnlyCss}\n${popoverCss}\n${this.cardActions?.css ?? ''}`,
    );
    shadow.addEventListener('keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    // "More" changes the card's height: place it again so it stays on screen ("toggle" does not
    // bubble, hence the capture).
    shadow.addEventListener('toggle', () => this.reposition(), true);
    // The live region goes into the page now, empty, well before its first message: screen
    // readers often miss a message set just after the region itself appears (WCAG 4.1.3).
    this.placeHost();
  }

  setLook(look: PopoverLook): void {
    this.look = look;
    if (this.openTerm) void this.renderCurrent();
  }

  /** Starts loading a term's card early (while the hover intent delay runs). */
  prefetch(term: HTMLElement): void {
    const id = termIdOf(term);
    if (id) void this.card(id);
    // The first prefetch: at idle once the page has terms (lib/page), or a hover's intent delay.
    this.warmUp(term);
  }

  /**
   * The first card on a page is a cold render: V8 compiles the card's code, ICU loads its date
   * and list formats, the browser styles and lays out the card's parts and shapes its fonts for
   * the first time (340 ms of a 450 ms tap -> card on a CPU slowed 4x, against 36 ms for the
   * next card). This does that work ahead, at idle, with a card whose data is already here, in
   * slices of their own (formats; a render off the page in three steps; its layout in four
   * steps, hidden, taken out again in the same task), so nothing of it ever shows and no slice
   * holds a frame long. A card shown meanwhile stops it.
   */
  private warmUp(term: HTMLElement): void {
    const id = termIdOf(term);
    const win = this.doc.defaultView;
    if (this.warmUpAsked || this.shownOnce || !id || !win) return;
    this.warmUpAsked = true;
    const lang = cardLanguageFor(this.look.cardLanguage, term);
    const idle = () =>
      new Promise<boolean>((ok) => {
        const go = () => ok(!this.shownOnce && this.host.isConnected);
        if (win.requestIdleCallback) win.requestIdleCallback(go, { timeout: 5000 });
        else win.setTimeout(go, 200);
      });
    const scratch = this.doc.createElement('div');
    void (async () => {
      const data = await this.card(id);
      if (!data || !(await idle())) return;
      let started = benchNow();
      const labels = cardLabels(cardInLanguage(data, lang).lang);
      labels.plural('card_brandNames', 2);
      benchSpan('card:warm-formats', started);
      const card = (shown: CardData) => (
        <PopoverContent
          data={shown}
          previousName={null}
          pinned={false}
          level={this.look.level}
          lang={lang}
          onToggleLanguage={() => undefined}
          onSelectRelated={() => undefined}
          onBack={() => undefined}
          onClose={() => undefined}
        />
      );
      // The card's code runs for the first time in three parts, each in an idle period of its
      // own: V8 compiles each function at its first call, and the whole card at once was one
      // task of 36-55 ms at 4x CPU (93-102 ms on a busy machine). Preact's own code (a tiny
      // tree: 8-11 ms), then the card without its optional parts, then the whole card (the
      // same tree again, so only its new parts are made).
      for (const tree of [<p class="tl-summary">a</p>, card(bareCard(data)), card(data)]) {
        if (!(await idle())) return;
        started = benchNow();
        render(tree, scratch);
        benchSpan('card:warm-render', started);
      }
      // Hidden and out of the accessibility tree, and gone again before each task ends. Laid
      // out in steps (the later parts of the card left out of the first ones), so that no task
      // holds a frame long.
      scratch.setAttribute('aria-hidden', 'true');
      scratch.style.cssText =
        'position:fixed;left:0;top:0;width:500px;visibility:hidden;pointer-events:none';
      const parts = [...scratch.querySelectorAll<HTMLElement>('[role="dialog"] > * > *')];
      // The dialog alone (the sheet's rules), its first part (fonts), half, all.
      for (const shown of [0, 1, Math.ceil(parts.length / 2), parts.length]) {
        if (!(await idle())) return;
        started = benchNow();
        parts.forEach((el, i) => (el.style.display = i < shown ? '' : 'none'));
        this.mount.before(scratch);
        void (scratch.firstElementChild as HTMLElement | null)?.offsetHeight;
        scratch.remove();
        benchSpan(`card:warm-layout${shown}`, started);
      }
    })().finally(() => render(null, scratch));
  }

  show(term: HTMLElement, { pinned, focus }: { pinned: boolean; focus: boolean }): void {
    const id = termIdOf(term);
    if (!id || term === this.refocusing) return;
    this.shownOnce = true;
    benchMark('card:show');
    const sameTerm = this.openTerm === term;
    // Already open so, or on its way (a tap opens its card at pointerup, and the click that
    // follows changes nothing). A card that failed to load is tried again.
    const shownOrComing = !!this.dialog() || this.rendering === this.history;
    if (sameTerm && shownOrComing && (this.pinned || !pinned) && !focus) return;
    if (this.openTerm && this.openTerm !== term) setTermOpen(this.openTerm, false);
    this.openTerm = term;
    this.pinned = pinned || (sameTerm && this.pinned);
    if (!sameTerm) {
      this.history = [id];
      this.lang = cardLanguageFor(this.look.cardLanguage, term);
    }
    setTermOpen(term, true);
    void this.renderCurrent().then((data) => {
      if (!data || this.openTerm !== term) return;
      if (focus) this.dialog()?.focus();
      else if (!sameTerm) this.announce(data);
    });
  }

  hide({ restoreFocus }: { restoreFocus: boolean }): void {
    const term = this.openTerm;
    if (!term) return;
    this.openTerm = null;
    this.pinned = false;
    this.history = [];
    setTermOpen(term, false);
    render(null, this.mount);
    this.status.textContent = '';
    // The host (and its live region) stays in the page, empty: a live region that comes and goes
    // with the card is often not read out at all.
    if (this.host.matches(':popover-open')) this.host.hidePopover();
    if (restoreFocus && term.isConnected) {
      if (!term.hasAttribute('tabindex')) term.setAttribute('tabindex', '-1');
      this.refocusing = term; // focus events fire synchronously inside focus()
      term.focus();
      this.refocusing = null;
    }
  }

  /** The content script stops for good (turned off, reloaded, updated): leave nothing behind. */
  destroy(): void {
    this.hide({ restoreFocus: false });
    this.host.remove();
  }

  reposition(): boolean {
    const term = this.openTerm;
    if (!term?.isConnected) return false;
    const anchor = termAnchor(term);
    const win = this.doc.defaultView!;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const line = anchor?.line;
    if (!line || line.top + line.height < 0 || line.top > viewport.height) return false;
    const box = this.mount.firstElementChild as HTMLElement | null;
    if (!box) return true; // still loading: placed once rendered
    const set = (k: string, v: string) => this.host.style.setProperty(k, v, 'important');
    // Measure the card at its natural height for the width it will have, then place it. Keep
    // the reader's place in a card that scrolls: measuring without a max height resets it.
    const scrolled = box.scrollTop;
    if (this.placeAsSheet(box, viewport, set)) {
      box.scrollTop = scrolled;
      return true;
    }
    box.removeAttribute('data-sheet');
    set('bottom', 'auto');
    set('width', `${Math.min(WIDTH * this.look.textScale, viewport.width - 16)}px`);
    box.style.maxHeight = 'none';
    const size = { width: box.offsetWidth, height: box.offsetHeight };
    const p = placePopover(line, size, viewport, { column: anchor.column });
    set('left', `${p.left}px`);
    set('top', `${p.top}px`);
    set('width', `${p.width}px`);
    box.style.maxHeight = p.maxHeight === null ? 'none' : `${p.maxHeight}px`;
    box.scrollTop = scrolled;
    return true;
  }

  /**
   * On a small screen (under SHEET_WIDTH) or at the largest text size the card is a bottom sheet:
   * full width along the bottom, at most SHEET_HEIGHT of the screen, its body scrolling inside
   * and its header (with ×) staying put, so nothing it grows to (saving, More) runs off screen.
   */
  private placeAsSheet(
    box: HTMLElement,
    viewport: { width: number; height: number },
    set: (k: string, v: string) => void,
  ): boolean {
    const largest = this.look.textScale >= LARGEST_SCALE;
    // At the largest size, only where the card would be narrowed (not on a wide desktop window).
    if (
      viewport.width >= SHEET_WIDTH &&
      !(largest && viewport.width < WIDTH * this.look.textScale + 32)
    ) {
      return false;
    }
    box.setAttribute('data-sheet', '');
    set('left', '0px');
    set('top', 'auto');
    set('bottom', '0px');
    set('width', `${viewport.width}px`);
    box.style.maxHeight = `${Math.floor(viewport.height * SHEET_HEIGHT)}px`;
    return true;
  }

  private dialog(): HTMLElement | null {
    return this.mount.querySelector<HTMLElement>('[role="dialog"]');
  }

  /** Puts the host (with its live region) into the page, again if the page removed it. */
  private placeHost(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /** Puts the host into the page (again: pages may replace their body) and into the top layer. */
  private attach(): void {
    this.placeHost();
    // A page that zooms its root (`html { zoom: 1.5 }`) would zoom and misplace the popover too:
    // undo it, so the card keeps its size and viewport coordinates stay true.
    const pageZoom = parseFloat(getComputedStyle(this.doc.documentElement).zoom) || 1;
    this.host.style.setProperty('zoom', String(1 / pageZoom), 'important');
    try {
      if (!this.host.hasAttribute('popover')) this.host.setAttribute('popover', 'manual');
      if (!this.host.matches(':popover-open')) this.host.showPopover();
    } catch {
      // No Popover API: the fixed position and top z-index above still apply.
    }
  }

  private card(id: string): Promise<CardData | null> {
    let card = this.cards.get(id);
    if (!card) {
      benchMark('card:request');
      card = this.loadCard(id)
        .then((data) => (benchMark('card:data'), data))
        .catch((err) => {
          this.cards.delete(id); // try again next time (the background may have been restarting)
          console.warn('[Termlight] could not load the definition:', err);
          return null;
        });
      this.cards.set(id, card);
    }
    return card;
  }

  /** Renders the card at the top of the history; resolves with it once it is on screen. */
  private async renderCurrent(): Promise<CardData | null> {
    const term = this.openTerm;
    const history = this.history;
    const id = history[history.length - 1];
    const prevId = history[history.length - 2];
    this.rendering = history;
    const [data, previous] = await Promise.all([
      id ? this.card(id) : null,
      prevId ? this.card(prevId) : null,
    ]);
    if (this.rendering === history) this.rendering = null;
    // The reader may have moved on while the card loaded.
    if (!data || this.openTerm !== term || this.history !== history) return null;
    const started = benchNow();
    this.attach();
    const theme = this.look.theme;
    const shownTheme =
      theme === 'system' ? (term && pageLooksDark(term) ? 'dark' : 'light') : theme;
    render(
      <PopoverContent
        data={data}
        previousName={previous?.entry.name ?? null}
        pinned={this.pinned}
        level={this.look.level}
        lang={this.lang}
        onToggleLanguage={() => this.toggleLanguage()}
        // Only the term on the page was written that way, not a related term followed from it.
        seenAs={history.length === 1 ? (term?.textContent ?? undefined) : undefined}
        onSelectRelated={(next) => this.go([...this.history, next])}
        onBack={() => this.go(this.history.slice(0, -1))}
        onClose={() => this.hide({ restoreFocus: true })}
        actions={
          term &&
          this.cardActions?.render({
            term,
            data,
            pin: () => (this.pinned = true),
            announce: (text) => (this.status.textContent = text),
            close: () => this.hide({ restoreFocus: true }),
            relayout: () => void this.reposition(),
            look: {
              theme: shownTheme,
              scale: this.look.textScale,
              lang: cardInLanguage(data, this.lang).lang,
            },
          })
        }
      />,
      this.mount,
    );
    const dialog = this.dialog();
    if (dialog && term) {
      dialog.setAttribute('data-theme', shownTheme);
      dialog.style.setProperty('--tl-scale', String(this.look.textScale));
    }
    this.reposition();
    benchSpan('card:render', started);
    return data;
  }

  /**
   * Tab past the card's last control goes on in the page after the term; Shift+Tab before its
   * first goes back to the term (the host sits at the end of the page, far from both).
   */
  private onKeyDown(e: KeyboardEvent): void {
    const term = this.openTerm;
    const dialog = this.dialog();
    if (e.key !== 'Tab' || !term?.isConnected || !dialog) return;
    const controls = [
      ...dialog.querySelectorAll<HTMLElement>('button, a[href], summary, [tabindex="0"]'),
      // Not what a closed "More" hides (Chromium still lays it out, under content-visibility).
    ].filter((el) => el.getClientRects().length && !el.closest(CLOSED_DISCLOSURE));
    const active = (this.mount.getRootNode() as ShadowRoot).activeElement;
    const first = controls[0];
    const last = controls[controls.length - 1];
    let target: HTMLElement | null = null;
    if (e.shiftKey && (active === first || active === dialog || !first)) target = term;
    else if (!e.shiftKey && (active === last || !last)) target = nextTabbableAfter(term) ?? term;
    if (!target) return;
    e.preventDefault();
    if (target === term && !term.hasAttribute('tabindex')) term.setAttribute('tabindex', '-1');
    target.focus();
  }

  /**
   * Following a related term (or going back) pins the popover: the reader is now reading, not
   * passing by. The status names the term now shown, not the one the card opened with.
   */
  private go(history: string[]): void {
    if (!history.length) return;
    this.history = history;
    this.pinned = true;
    void this.renderCurrent().then((data) => {
      if (!data) return;
      this.announce(data);
      this.dialog()?.focus();
    });
  }

  /** Names the term now shown, in the language it is shown in. */
  private announce(data: CardData): void {
    const { entry } = cardInLanguage(data, this.lang).data;
    this.status.textContent = t('popover_announce', { name: entry.name, summary: entry.summary });
  }

  /** One tap shows the card in the other language; the card stays open while it is read. */
  private toggleLanguage(): void {
    this.lang = this.lang === 'es' ? 'en' : 'es';
    this.pinned = true;
    void this.renderCurrent();
  }
}

/**
 * A constructed stylesheet where the browser has them: a page's Content-Security-Policy without
 * 'unsafe-inline' styles blocks a <style> element (the embed runs on such pages), not these.
 */
function adoptCss(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new (shadow.ownerDocument.defaultView as typeof window).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
}

/** A card without the optional parts of its entry: the first run of the card's code, in part. */
function bareCard(data: CardData): CardData {
  const entry = { ...data.entry };
  delete entry.drug;
  delete entry.sideEffects;
  delete entry.student;
  delete entry.explanationFacts;
  return { ...data, entry, related: [] };
}
