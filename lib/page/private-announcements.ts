/**
 * WXT's content-script context announces each new content script with
 * `window.postMessage({ type: "<extension id>:content:wxt:content-script-started", ... }, "*")`,
 * so that an older copy of the script stops. The page gets every such message: it would learn
 * that this reader has Termlight (by its fixed extension id), which the random names and
 * `use_dynamic_url` exist to hide. The older copy stops anyway: it checks that its extension is
 * still there (ALIVE_CHECK_MS in the content script). So, in the content script's own world,
 * those messages are not posted.
 *
 * Call it before WXT makes its context (at the top of the entrypoint module). It replaces
 * `postMessage` on this world's view of the window only; the page's is untouched.
 */
export function keepAnnouncementsPrivate(win: Window, extensionId: string | undefined): void {
  // WXT also imports the entrypoint while building, in a window without postMessage.
  if (!extensionId || typeof win.postMessage !== 'function') return;
  const prefix = `${extensionId}:`;
  const post = win.postMessage.bind(win) as (...args: unknown[]) => void;
  win.postMessage = ((message: unknown, ...rest: unknown[]) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && type.startsWith(prefix)) return;
    post(message, ...rest);
  }) as typeof win.postMessage;
}
