import {
  parseToFrame,
  portOfHello,
  readFragment,
  type FromFrame,
  type ToFrame,
} from '../../lib/card-frame/protocol';

/** The frame's end of the channel to its card (see lib/card-frame/protocol.ts). */
export interface CardChannel {
  send(message: FromFrame): void;
  /** Calls `listener` with the card's last message and each one after; returns the unsubscribe. */
  listen(listener: (message: ToFrame) => void): () => void;
}

/**
 * Waits for the card's hello: from the parent window, with this frame's key (its address's
 * fragment) and a port. Messages sent before it are kept and sent once it is there.
 */
export function connectToCard(win: Window): CardChannel {
  const { key, show } = readFragment(win.location.hash);
  let port: MessagePort | null = null;
  const queued: FromFrame[] = [];
  const listeners = new Set<(message: ToFrame) => void>();
  /**
   * What the card last said (first, what its address says): a listener that comes later (an
   * effect runs after paint) gets it.
   */
  let latest: ToFrame | null = show;
  const onHello = (event: MessageEvent) => {
    const hello = portOfHello(event, key, win.parent);
    if (!hello || port) return;
    port = hello;
    win.removeEventListener('message', onHello);
    port.onmessage = (e) => {
      const message = parseToFrame(e.data);
      if (!message) return;
      latest = message;
      listeners.forEach((l) => l(message));
    };
    for (const m of queued.splice(0)) port.postMessage(m);
  };
  win.addEventListener('message', onHello);
  return {
    send(message) {
      if (port) port.postMessage(message);
      else queued.push(message);
    },
    listen(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
  };
}
