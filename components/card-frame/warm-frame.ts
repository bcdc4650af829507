import { frameKey } from '../../lib/card-frame/protocol';

/** A reader frame loaded ahead, hidden, waiting for the next card (see warmFrameIn). */
export interface WarmFrame {
  iframe: HTMLIFrameElement;
  key: string;
  loaded: Promise<void>;
}

let warm: WarmFrame | null = null;

/** Whether an iframe can be moved into a card keeping its page (Element.moveBefore). */
function canMoveFrames(el: Element): boolean {
  return typeof (el as Element & { moveBefore?: unknown }).moveBefore === 'function';
}

/**
 * Keeps one reader frame loaded, hidden, in the card's shadow root, for the next card: most of the
 * time to the save control is the frame's page loading (about 250 ms), which then happens while
 * the reader reads. Made at idle; the card that takes it moves it in with Element.moveBefore,
 * which keeps its page (where the browser has no moveBefore, each card loads its own frame).
 */
export function warmFrameIn(root: ShadowRoot, url: string): void {
  const win = root.ownerDocument.defaultView;
  if (warm?.iframe.isConnected || !win || !canMoveFrames(root.ownerDocument.documentElement)) {
    return;
  }
  const make = () => {
    if (warm?.iframe.isConnected || !root.host.isConnected) return;
    const key = frameKey();
    const iframe = root.ownerDocument.createElement('iframe');
    iframe.className = 'tl-reader-frame';
    iframe.style.display = 'none';
    iframe.tabIndex = -1;
    iframe.setAttribute('aria-hidden', 'true');
    const loaded = new Promise<void>((ok) =>
      iframe.addEventListener('load', () => ok(), { once: true }),
    );
    iframe.src = `${url}#${key}`;
    root.append(iframe);
    warm = { iframe, key, loaded };
  };
  if (win.requestIdleCallback) win.requestIdleCallback(make, { timeout: 2000 });
  else win.setTimeout(make, 500);
}

/** The warm frame, for one card, if there is one that can be moved in. */
export function takeWarmFrame(): WarmFrame | null {
  const taken = warm;
  warm = null;
  return taken?.iframe.isConnected ? taken : null;
}
