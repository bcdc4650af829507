import { afterNextFrame } from './slices';
import { PageColourReader } from './page-colours';
import { termPalette, type TermPalette } from './palette';
import { COLOUR_ATTR } from './skip-rules';

/**
 * Gives each highlight the colours of the background it sits on (WCAG 1.4.3 and 1.4.11 on
 * any page theme). Palette 0 is the page's own (its body), used by every term without the
 * attribute; a term on another background gets `COLOUR_ATTR="n"`, one palette per distinct
 * background and text colour. New terms are looked at after the next frame, when reading style
 * costs no recalculation; until then they show palette 0.
 */
export class TermColours {
  private readonly palettes: TermPalette[] = [];
  private readonly keys = new Map<string, number>();
  private readonly byParent = new WeakMap<Element, number>();
  private queue: HTMLElement[] = [];
  private scheduled = false;
  private readonly reader: PageColourReader;

  constructor(
    private readonly win: Window & typeof globalThis,
    /** Called when a palette was added: the stylesheets must be rewritten. */
    private readonly onNewPalette: () => void,
  ) {
    this.reader = new PageColourReader(win);
  }

  /** The palettes so far; empty until the page's own is known. */
  get all(): readonly TermPalette[] {
    return this.palettes;
  }

  add(term: HTMLElement): void {
    this.queue.push(term);
  }

  /** Looks at the queued terms after the next frame (once, however often it is called). */
  flushAfterFrame(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    void afterNextFrame(this.win).then(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Looks at the queued terms now: call it when style is fresh. Reads first, then writes. */
  flush(): void {
    const before = this.palettes.length;
    const body = this.win.document.body;
    if (!this.palettes.length && body) this.paletteOf(body);
    const terms = this.queue.filter((t) => t.isConnected && t.parentElement);
    this.queue = [];
    const picks = terms.map((t) => this.paletteOf(t.parentElement!));
    terms.forEach((t, i) => {
      if (picks[i]) t.setAttribute(COLOUR_ATTR, String(picks[i]));
      else t.removeAttribute(COLOUR_ATTR);
    });
    if (this.palettes.length !== before) this.onNewPalette();
  }

  private paletteOf(parent: Element): number {
    let index = this.byParent.get(parent);
    if (index !== undefined) return index;
    const { background, text } = this.reader.coloursAt(parent);
    const key = `${background.join()}|${text.join()}`;
    index = this.keys.get(key);
    if (index === undefined) {
      index = this.palettes.length;
      this.palettes.push(termPalette(background, text));
      this.keys.set(key, index);
    }
    this.byParent.set(parent, index);
    return index;
  }
}
