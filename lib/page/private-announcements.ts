/**
 * WXT's content-script context announces each new content script with
 * `window.postMessage({ type: "<extension id>:content:wxt:content-script-started", ... }, "*")`,
 * so that an older copy of the script stops. The page gets every such message: it would learn
 * that this reader has Termlight (by its fixed extension id), which the random names and
 * `use_dynamic_url` exist to hide. The older copy stops anyway: it checks that its extension is
 * still there (ALIVE_CHECK_MS in the content script). So, in the content script's own world,
 * those messages are not posted.
 *
 * The context also listens to the page's `message` events for those announcements, and stops
 * its script on one: a page that knew the extension id could post one and turn Termlight off
 * there (its teardown would even tell the page that it had been on). Nothing of ours posts them
 * any more, so this world's `message` listeners no longer hear them either.
 *
 * Call it before WXT makes its context (at the top of the entrypoint module). It replaces
 * `postMessage`, `addEventListener` and `removeEventListener` on this world's view of the
 * window only; the page's are untouched.
 */
export function keepAnnouncementsPrivate(win: Window, extensionId: string | undefined): void {
  // WXT also imports the entrypoint while building, in a window without postMessage.
  if (!extensionId || typeof win.postMessage !== 'function') return;
  const prefix = `${extensionId}:`;
  const post = win.postMessage.bind(win) as (...args: unknown[]) => void;
  const ours = (message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    return typeof type === 'string' && type.startsWith(prefix);
  };
  win.postMessage = ((message: unknown, ...rest: unknown[]) => {
    if (!ours(message)) post(message, ...rest);
  }) as typeof win.postMessage;

  // `message` listeners are wrapped so that announcements never reach them; the wrapper is kept
  // for each listener, so removing the listener removes it.
  const wrapped = new WeakMap<object, EventListener>();
  const wrap = (type: string, listener: EventListenerOrEventListenerObject) => {
    if (type !== 'message' || !listener) return listener;
    let inner = wrapped.get(listener);
    if (!inner) {
      inner = (event: Event) => {
        if (ours((event as MessageEvent).data)) return;
        if (typeof listener === 'function') listener.call(win, event);
        else listener.handleEvent(event);
      };
      wrapped.set(listener, inner);
    }
    return inner;
  };
  if (typeof win.addEventListener !== 'function') return;
  const add = win.addEventListener.bind(win);
  const remove = win.removeEventListener.bind(win);
  win.addEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: unknown,
  ) =>
    add(
      type,
      wrap(type, listener),
      options as AddEventListenerOptions,
    )) as typeof win.addEventListener;
  win.removeEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: unknown,
  ) =>
    remove(
      type,
      wrap(type, listener),
      options as EventListenerOptions,
    )) as typeof win.removeEventListener;
}
