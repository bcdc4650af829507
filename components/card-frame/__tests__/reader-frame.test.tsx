import { render, type JSX } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderFrame } from '../reader-frame';
import { readFragment, type FrameShow } from '../../../lib/card-frame/protocol';

const SHOW: FrameShow = {
  kind: 'show',
  termId: 'dasatinib',
  termName: 'Dasatinib',
  page: { pageTitle: 'A page', pageUrl: null, context: '' },
  theme: 'light',
  scale: 1,
  lang: 'en',
};

const nextFrame = () =>
  new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(() => setTimeout(ok))));

describe('ReaderFrame', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  const frame = (placeholder?: JSX.Element) => (
    <ReaderFrame
      show={SHOW}
      onUse={() => {}}
      onAnnounce={() => {}}
      onEscape={() => {}}
      onResize={() => {}}
      title="My questions"
      placeholder={placeholder}
    />
  );

  it('lets the card paint first: a box of its place, then the iframe after a frame', async () => {
    render(frame(), root);
    expect(root.querySelector('iframe')).toBeNull();
    expect(root.querySelector('.tl-reader-frame')).not.toBeNull();
    await nextFrame();
    const iframe = root.querySelector('iframe');
    expect(iframe?.className).toBe('tl-reader-frame');
    // The frame's address carries its key in the fragment, then what it shows first.
    const src = iframe!.getAttribute('src')!;
    expect(src).toMatch(/card-frame\.html#[0-9a-f]{32}\./);
    expect(readFragment(new URL(src).hash).show).toEqual(SHOW);
  });

  it('puts in no iframe once the card has closed, and leaves no timer behind', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    try {
      render(frame(), root);
      expect(vi.getTimerCount()).toBe(2); // the frame after the card's paint, and the latest mount
      render(null, root);
      expect(vi.getTimerCount()).toBe(0);
      vi.runAllTimers();
      expect(root.querySelector('iframe')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds its place with an inert copy of its first view, then keeps that box for the iframe', async () => {
    render(frame(<button type="button">Save</button>), root);
    const placeholder = root.querySelector<HTMLElement>('.tl-reader-placeholder')!;
    expect(placeholder.getAttribute('aria-hidden')).toBe('true');
    expect(placeholder.textContent).toBe('Save');
    placeholder.getBoundingClientRect = () => ({ width: 120.4, height: 41.5 }) as DOMRect;
    await nextFrame();
    const iframe = root.querySelector<HTMLIFrameElement>('iframe')!;
    expect(iframe.style.width).toBe('121px');
    expect(iframe.style.height).toBe('41.5px');
  });
});
