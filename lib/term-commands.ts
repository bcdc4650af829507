import { browser } from 'wxt/browser';
import type { TermNavAction } from './messaging/protocol';
import { sendToTab } from './messaging/channel';

/** The manifest's keyboard commands (wxt.config.ts) and what each asks of the page. */
const TERM_COMMANDS: Record<string, TermNavAction> = {
  'next-term': 'next',
  'previous-term': 'previous',
  'open-term': 'open',
};

/**
 * Background: passes the term commands to the active tab's top frame, which moves focus from term
 * to term or opens a card (lib/page/termlight-page.ts navigate). A tab without Termlight (a
 * browser page, a site turned off) has nobody to answer: that is not an error.
 */
export function watchTermCommands(): void {
  const listen = (command: string, tab?: { id?: number }) => {
    const action = TERM_COMMANDS[command];
    if (!action) return;
    void activeTabId(tab?.id).then((tabId) => {
      if (tabId === undefined) return;
      return sendToTab(tabId, 0, 'termlight:term-nav', { action }).catch(() => undefined);
    });
  };
  try {
    browser.commands.onCommand.addListener(listen);
  } catch {
    // No commands API (Firefox for Android, test doubles): the Tab-order setting remains.
  }
}

async function activeTabId(given: number | undefined): Promise<number | undefined> {
  if (given !== undefined) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
