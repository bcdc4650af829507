import { PopoverController, type PopoverView } from '../controller';
import { makeTermReachable } from '../term-a11y';

function fakeView(): PopoverView & { shows: string[]; hides: number } {
  const view = {
    openTerm: null as HTMLElement | null,
    pinned: false,
    shows: [] as string[],
    hides: 0,
    show(term: HTMLElement, o: { pinned: boolean }) {
      view.openTerm = term;
      view.pinned = o.pinned || view.pinned;
      view.shows.push(`${term.getAttribute('data-term-id')}${o.pinned ? ' pinned' : ''}`);
    },
    hide() {
      view.openTerm = null;
      view.pinned = false;
      view.hides++;
    },
    reposition: () => true,
  };
  return view;
}

const pointer = (type: string, target: Element, related: Element | null = null) =>
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      pointerType: 'mouse',
      relatedTarget: related,
    }),
  );

describe('PopoverController', () => {
  let view: ReturnType<typeof fakeView>;
  let controller: PopoverController;
  let a: HTMLElement;
  let b: HTMLElement;
  let outside: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<p><tl-term data-term-id="imatinib">imatinib</tl-term> and <tl-term data-term-id="tki">TKI</tl-term></p><div id="out">x</div>';
    [a, b] = [...document.querySelectorAll<HTMLElement>('tl-term')] as [HTMLElement, HTMLElement];
    outside = document.getElementById('out')!;
    view = fakeView();
    controller = new PopoverController(document, view, { openDelayMs: 300, closeDelayMs: 300 });
  });

  afterEach(() => {
    controller.destroy();
    vi.useRealTimers();
  });

  it('opens only after the pointer rests on a term for the intent delay', () => {
    pointer('pointerover', a);
    vi.advanceTimersByTime(299);
    expect(view.shows).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(view.shows).toEqual(['imatinib']);
  });

  it('opens nothing when the pointer sweeps across terms', () => {
    pointer('pointerover', a);
    vi.advanceTimersByTime(100);
    pointer('pointerout', a, b);
    pointer('pointerover', b);
    vi.advanceTimersByTime(100);
    pointer('pointerout', b, outside);
    vi.advanceTimersByTime(1000);
    expect(view.shows).toEqual([]);
  });

  it('closes after the grace period when the pointer leaves, not before', () => {
    pointer('pointerover', a);
    vi.advanceTimersByTime(300);
    pointer('pointerout', a, outside);
    vi.advanceTimersByTime(299);
    expect(view.hides).toBe(0);
    vi.advanceTimersByTime(1);
    expect(view.hides).toBe(1);
  });

  it('pins on click; hover elsewhere and leaving do not take it away; Escape closes', () => {
    a.click();
    expect(view.shows).toEqual(['imatinib pinned']);
    pointer('pointerout', a, outside);
    pointer('pointerover', b);
    vi.advanceTimersByTime(1000);
    expect(view.shows).toEqual(['imatinib pinned']);
    expect(view.hides).toBe(0);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(view.hides).toBe(1);
  });

  it('closes on a tap or click outside, and leaves the page its click', () => {
    const pageClicks = vi.fn();
    outside.addEventListener('click', pageClicks);
    a.click();
    pointer('pointerdown', outside);
    outside.click();
    expect(view.hides).toBe(1);
    expect(pageClicks).toHaveBeenCalledTimes(1);
  });

  it('starts loading a card when a finger presses its term, before the click', () => {
    const prefetch = vi.fn();
    view.prefetch = prefetch;
    a.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    expect(prefetch).toHaveBeenCalledWith(a);
    expect(view.shows).toEqual([]);
  });

  it('opens a pinned card when a finger lifts from the term it pressed (a tap)', () => {
    const touch = (type: string, target: Element) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch' }));
    touch('pointerdown', a);
    touch('pointerup', a);
    expect(view.shows).toEqual(['imatinib pinned']);
    // A finger that scrolls: the browser cancels its pointer, and no card opens.
    touch('pointerdown', b);
    touch('pointercancel', b);
    touch('pointerup', b);
    // A long press (text selection, a menu) is not a tap.
    touch('pointerdown', b);
    vi.advanceTimersByTime(600);
    touch('pointerup', b);
    // Lifted elsewhere than it pressed, or a mouse button (that opens at its click).
    touch('pointerdown', b);
    touch('pointerup', outside);
    pointer('pointerdown', b);
    pointer('pointerup', b);
    expect(view.shows).toEqual(['imatinib pinned']);
  });

  it('ignores touch hovers (a tap opens at pointerup)', () => {
    a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'touch' }));
    vi.advanceTimersByTime(1000);
    expect(view.shows).toEqual([]);
  });

  it('Enter on a focused term pins and moves focus; Escape elsewhere stays with the page', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    a.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    expect(view.shows).toEqual(['imatinib pinned']);
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(view.hides).toBe(1);
    expect(pageKeys).toHaveBeenCalledTimes(2);
  });

  it('describes a term to screen readers only while it has focus (issue #23)', () => {
    makeTermReachable(a, true);
    makeTermReachable(b, true);
    const described = () =>
      [...document.querySelectorAll('[aria-description]')].map((el) => el.textContent);
    expect(described()).toEqual([]);
    a.focus();
    expect(described()).toEqual(['imatinib']);
    expect(a.getAttribute('aria-description')).toMatch(/Press Enter to open/);
    b.focus();
    expect(described()).toEqual(['TKI']);
    b.blur();
    expect(described()).toEqual([]);
  });

  it('opens a clicked term pinned at the click, not unpinned at the focus its press gives', () => {
    makeTermReachable(a, true);
    pointer('pointerdown', a);
    a.focus(); // a press on a focusable element focuses it, before the button comes up
    expect(view.shows).toEqual([]);
    pointer('pointerup', a);
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(view.shows).toEqual(['imatinib pinned']);
    // Focus from the keyboard still opens the card, unpinned.
    makeTermReachable(b, true);
    b.focus();
    expect(view.shows).toEqual(['imatinib pinned', 'tki']);
  });
});
