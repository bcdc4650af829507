import { browser } from 'wxt/browser';
import type { MessageMap, PageInfo } from '../../lib/messaging/protocol';
import { sendToTab } from '../../lib/messaging/channel';
import { parsePageInfo } from './page-info';

/** The popup's line to the page it was opened over. */
export interface PageChannel {
  /** What Termlight is doing on the page, or null when no content script answers there. */
  info(): Promise<PageInfo | null>;
  /** Scrolls to a term's first mention and opens its explanation; false when it is not there. */
  reveal(id: string): Promise<boolean>;
}

/** The active tab of the popup's window, or the tab named by the tests' override. */
export async function findTargetTab(override: number | null): Promise<number | null> {
  if (override !== null) return override;
  try {
    // Gives the tab's id without the "tabs" permission (which would also reveal every address).
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/** Talks to the top frame's content script; only the top frame listens for the popup. */
export function tabChannel(tabId: number | null): PageChannel {
  const send = async <K extends keyof MessageMap>(
    type: K,
    request: MessageMap[K]['request'],
  ): Promise<unknown> => {
    if (tabId === null) return undefined;
    try {
      return await sendToTab(tabId, 0, type, request);
    } catch {
      // "Receiving end does not exist": a browser page, the web store, the PDF viewer, or a page
      // still loading.
      return undefined;
    }
  };
  return {
    info: async () => parsePageInfo(await send('termlight:page-info', {})),
    reveal: async (id) => (await send('termlight:reveal', { id })) === true,
  };
}
