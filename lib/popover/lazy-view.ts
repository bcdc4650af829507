import type { CardLoader, CardUiLoader, PopoverLook, PopoverUi } from '../card-ui/publish';
import { benchMark } from '../bench-marks';

/**
 * Stands in for the card UI until it is loaded, so the controller can be wired at start while the
 * UI itself arrives later (on the first hover, or when the page turns out to have terms). A show()
 * asked for while it loads happens once it is there, unless hide() came first.
 */
export class LazyPopoverView implements PopoverUi {
  private ui: PopoverUi | null = null;
  private loading: Promise<PopoverUi | null> | null = null;
  private look: PopoverLook | null = null;
  private pending: { term: HTMLElement; options: { pinned: boolean; focus: boolean } } | null =
    null;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly loadUi: CardUiLoader,
    private readonly loadCard: CardLoader,
  ) {}

  get openTerm(): HTMLElement | null {
    return this.ui ? this.ui.openTerm : (this.pending?.term ?? null);
  }

  /** Whether the card UI is there (prefetching before it is would load it). */
  get loaded(): boolean {
    return this.ui !== null;
  }

  get pinned(): boolean {
    return this.ui ? this.ui.pinned : (this.pending?.options.pinned ?? false);
  }

  /** Loads the UI once; a failure is reported and the next request tries again. */
  load(): Promise<PopoverUi | null> {
    this.loading ??= this.loadUi().then(
      (create) => {
        // Stopped for good while it loaded: make nothing (it would put its host into the page).
        if (this.destroyed) return null;
        benchMark('card:ui-loaded');
        const ui = create(this.doc, this.loadCard);
        this.ui = ui;
        if (this.look) ui.setLook(this.look);
        const pending = this.pending;
        this.pending = null;
        if (pending?.term.isConnected) ui.show(pending.term, pending.options);
        return ui;
      },
      (err: unknown) => {
        this.loading = null;
        this.pending = null;
        console.warn('[Termlight] could not load the definition card:', err);
        return null;
      },
    );
    return this.loading;
  }

  setLook(look: PopoverLook): void {
    this.look = look;
    this.ui?.setLook(look);
  }

  prefetch(term: HTMLElement): void {
    if (this.ui) this.ui.prefetch?.(term);
    else void this.load();
  }

  show(term: HTMLElement, options: { pinned: boolean; focus: boolean }): void {
    if (this.ui) return this.ui.show(term, options);
    benchMark('card:ui-wait');
    this.pending = { term, options };
    void this.load();
  }

  hide(options: { restoreFocus: boolean }): void {
    if (this.ui) this.ui.hide(options);
    else this.pending = null;
  }

  reposition(): boolean {
    if (this.ui) return this.ui.reposition();
    return !!this.pending?.term.isConnected;
  }

  destroy(): void {
    this.destroyed = true;
    this.pending = null;
    this.ui?.destroy?.();
    this.ui = null;
  }
}
