import { browser } from 'wxt/browser';

/**
 * Calls onValue with a storage key's new value after every change to it in the given area, from
 * any context. Returns the function that stops watching.
 */
export function watchStorageKey(
  area: 'local' | 'sync',
  key: string,
  onValue: (newValue: unknown) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    const change = changes[key];
    if (changedArea === area && change) onValue(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
