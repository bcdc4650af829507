import { browser } from 'wxt/browser';
import type { Sender } from '../messaging/protocol';

/** The built card-UI script (entrypoints/card-ui.ts). */
const CARD_UI_FILE = '/card-ui.js';

/**
 * Injects the card UI into the frame that asked (background side of 'termlight:card-ui'). The
 * scripting API runs it in the extension's isolated world of that frame, beside its content script.
 */
export async function injectCardUi(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [CARD_UI_FILE],
  });
  return true;
}
