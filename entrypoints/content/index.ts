import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../lib/settings';
import { parsePopupRequest } from '../../lib/messages';
import { TermlightPage } from './termlight-page';

/** Composition root: builds the page object, feeds it settings, answers the toolbar popup. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_end',
  async main(ctx) {
    // Settings first: the await ends this task, so evaluating the script and building the page
    // object (compiling the matcher) are two short tasks rather than one long one.
    const settings = await loadSettings();
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

    await page.apply(settings);
  },
});
