import { browser } from 'wxt/browser';
import { cardData } from '../data/card';
import { parseCardRequest } from '../lib/messages';

/** Holds the glossary's text and hands content scripts the card of the term being read. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseCardRequest(message);
    if (!request) return undefined;
    return Promise.resolve(cardData(request.id));
  });
});
