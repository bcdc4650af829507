import { isFromOwnUi, isOwnUiNode, termFromEvent } from './term-target';
import { benchMark } from '../bench-marks';
import { describeTerm } from './term-a11y';

/** What the controller drives: the popover UI. */
export interface PopoverView {
  show(term: HTMLElement, options: { pinned: boolean; focus: boolean }): void;
  hide(options: { restoreFocus: boolean }): void;
  /** Optional: start loading a term's content while the hover intent delay runs. */
  prefetch?(term: HTMLElement): void;
  /** Keeps the popover next to its term; returns false when the term is gone or off screen. */
  reposition(): boolean;
  readonly openTerm: HTMLElement | null;
  readonly pinned: boolean;
  /** Optional: takes what the view put into the page out of it, for good. */
  destroy?(): void;
}

/**
 * A touch held longer than this is not a tap (a long press selects text or opens a menu): it
 * opens no card when the finger lifts.
 */
const TAP_MAX_MS = 500;

export interface PopoverTiming {
  /** Hover intent: the pointer must rest on a term this long (a sweep across text opens nothing). */
  openDelayMs: number;
  /** Grace period after the pointer leaves, so it can travel into the popover. */
  closeDelayMs: number;
}

/**
 * Turns page events into popover actions: hover intent, pin on click or tap, focus, Escape,
 * outside tap, scroll. Listens on the document in the capture phase and never stops or cancels
 * an event it does not own, so the page's own handlers keep working.
 */
export class PopoverController {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingTerm: HTMLElement | null = null;
  /** The term a finger is pressing, and when it went down (see onPointerUp). */
  private pressed: { term: HTMLElement; at: number } | null = null;
  /** The term a pointer is pressing: the focus the press gives it opens nothing (onFocusIn). */
  private pressedTerm: HTMLElement | null = null;
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly view: PopoverView,
    private timing: PopoverTiming,
  ) {
    const opts = { capture: true, signal: this.abort.signal };
    const win = doc.defaultView!;
    doc.addEventListener('pointerover', (e) => this.onPointerOver(e), opts);
    doc.addEventListener('pointerout', (e) => this.onPointerOut(e), opts);
    doc.addEventListener('pointerdown', (e) => this.onPointerDown(e), opts);
    doc.addEventListener('pointerup', (e) => this.onPointerUp(e), opts);
    // A finger that scrolls or zooms instead of tapping: the browser cancels its pointer.
    doc.addEventListener('pointercancel', () => (this.pressed = this.pressedTerm = null), opts);
    doc.addEventListener('click', (e) => this.onClick(e), opts);
    doc.addEventListener('focusin', (e) => this.onFocusIn(e), opts);
    doc.addEventListener('focusout', (e) => this.onFocusOut(e), opts);
    doc.addEventListener('keydown', (e) => this.onKeyDown(e), opts);
    win.addEventListener('scroll', () => this.onScroll(), { ...opts, passive: true });
    win.addEventListener('resize', () => this.onScroll(), { ...opts, passive: true });
  }

  setTiming(timing: PopoverTiming): void {
    this.timing = timing;
  }

  destroy(): void {
    this.abort.abort();
    this.clearTimers();
    cancelAnimationFrame(this.frame);
    if (this.view.openTerm) this.view.hide({ restoreFocus: false });
    this.view.destroy?.();
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.pendingTerm = null;
  }

  private onPointerOver(e: PointerEvent): void {
    if (e.pointerType === 'touch') return; // taps open through click; no hover-only features
    if (isFromOwnUi(e)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const term = termFromEvent(e);
    if (!term) return;
    clearTimeout(this.closeTimer);
    if (term === this.view.openTerm || term === this.pendingTerm) return;
    clearTimeout(this.openTimer);
    this.pendingTerm = term;
    this.view.prefetch?.(term);
    this.openTimer = setTimeout(() => {
      this.pendingTerm = null;
      // Hovering never takes a pinned popover away from the term the reader chose.
      if (this.view.pinned) return;
      this.view.show(term, { pinned: false, focus: false });
    }, this.timing.openDelayMs);
  }

  private onPointerOut(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const to = e.relatedTarget as Node | null;
    const term = termFromEvent(e);
    if (term && to && term.contains(to)) return;
    if (term && term === this.pendingTerm) {
      clearTimeout(this.openTimer);
      this.pendingTerm = null;
    }
    const leavingOpen = (term && term === this.view.openTerm) || isFromOwnUi(e);
    if (!leavingOpen || this.view.pinned) return;
    if (isOwnUiNode(to) || (to && this.view.openTerm?.contains(to))) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.view.pinned) this.view.hide({ restoreFocus: false });
    }, this.timing.closeDelayMs);
  }

  private onPointerDown(e: PointerEvent): void {
    const term = termFromEvent(e);
    // A press on a term (a finger has no hover): its card starts loading now, not at the click
    // that follows when the finger lifts.
    this.pressed = term && e.pointerType === 'touch' ? { term, at: this.now() } : null;
    this.pressedTerm = term;
    if (term) {
      benchMark('tap:pointerdown');
      this.view.prefetch?.(term);
    }
    if (!this.view.openTerm || isFromOwnUi(e) || term) return;
    this.clearTimers();
    this.view.hide({ restoreFocus: false }); // a tap or click outside closes
  }

  /**
   * A finger lifted from the term it pressed, soon and without scrolling: a tap. Its card opens
   * now; the click comes later (after the browser's tap detection and the mouse events it
   * sends for compatibility: 30-120 ms on a phone-class CPU) and finds it open.
   */
  private onPointerUp(e: PointerEvent): void {
    const pressed = this.pressed;
    this.pressed = this.pressedTerm = null;
    if (e.pointerType !== 'touch' || !pressed || this.now() - pressed.at > TAP_MAX_MS) return;
    if (termFromEvent(e) !== pressed.term) return;
    benchMark('tap:pointerup');
    this.clearTimers();
    this.view.show(pressed.term, { pinned: true, focus: false });
  }

  private now(): number {
    return this.doc.defaultView?.performance.now() ?? 0;
  }

  private onClick(e: MouseEvent): void {
    const term = termFromEvent(e);
    if (!term) return;
    benchMark('tap:click');
    this.clearTimers();
    // A click or tap pins the popover open on this term.
    this.view.show(term, { pinned: true, focus: false });
  }

  /**
   * Focus on a term opens its card (unpinned) for keyboard readers. Not the focus a mouse press
   * gives it: the click that follows opens the card pinned. Opened at the press, a card shown as
   * a bottom sheet (small screens, largest text) would come up under the pointer before it
   * lifts, the click would land in the card instead of on the term, and the card would stay
   * unpinned, to close under the reader as they use it.
   */
  private onFocusIn(e: FocusEvent): void {
    const term = termFromEvent(e);
    if (term) describeTerm(term, true);
    if (!term || term === this.view.openTerm || term === this.pressedTerm) return;
    this.clearTimers();
    this.view.show(term, { pinned: false, focus: false });
  }

  private onFocusOut(e: FocusEvent): void {
    const left = termFromEvent(e);
    if (left) describeTerm(left, false);
    const open = this.view.openTerm;
    if (!open || this.view.pinned) return;
    const to = e.relatedTarget as Node | null;
    if (isOwnUiNode(to) || (to && open.contains(to))) return;
    const from = termFromEvent(e);
    if (from === open || isFromOwnUi(e)) this.view.hide({ restoreFocus: false });
  }

  private onKeyDown(e: KeyboardEvent): void {
    const open = this.view.openTerm;
    if (e.key === 'Escape' && open) {
      const ours = isFromOwnUi(e) || termFromEvent(e) === open;
      this.clearTimers();
      this.view.hide({ restoreFocus: ours });
      // Escape belongs to the page unless it was pressed inside our popover or on our term.
      if (ours) e.stopPropagation();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
      const term = termFromEvent(e);
      if (!term || isFromOwnUi(e)) return;
      e.preventDefault(); // our term acts as a button: Space must not scroll the page
      this.clearTimers();
      this.view.show(term, { pinned: true, focus: true });
    }
  }

  private onScroll(): void {
    if (!this.view.openTerm || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.view.openTerm && !this.view.reposition()) this.view.hide({ restoreFocus: false });
    });
  }
}
