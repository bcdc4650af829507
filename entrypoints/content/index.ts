import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../lib/settings';
import { parsePopupRequest } from '../../lib/messages';
import { TermlightPage } from './termlight-page';

/** Composition root: builds the page object, feeds it settings, answers the toolbar popup. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const page = new TermlightPage(document);
    const unwatch = watchSettings((s) => void page.apply(s));
    ctx.onInvalidated(() => {
      unwatch();
      page.stop();
    });

    if (window === window.top) {
      browser.runtime.onMessage.addListener((message: unknown) => {
        const request = parsePopupRequest(message);
        if (request?.type === 'termlight:page-info') return Promise.resolve(page.info());
        if (request?.type === 'termlight:reveal') return Promise.resolve(page.reveal(request.id));
        return undefined;
      });
    }

    await page.apply(await loadSettings());
  },
});
