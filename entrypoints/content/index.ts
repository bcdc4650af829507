import { CORE_TERM_INDEX, termIndex } from 'virtual:term-index';
import { registryTermIndex } from '../../lib/glossaries/registry-terms';
import {
  EMPTY_GLOSSARY_INDEX,
  readGlossaryIndex,
  watchGlossaryIndex,
} from '../../lib/glossaries/stored-index';
import { loadSettings, watchSettings } from '../../lib/settings';
import { PAGE_PARSERS } from '../../lib/messaging/protocol';
import { answerMessages, sendToBackground } from '../../lib/messaging/channel';
import { startTermlightPage } from '../../lib/page/termlight-page';
import { publishedCardUi, publishedPainter } from '../../lib/card-ui/publish';
import { compileMatcher } from '../../lib/matcher/compile';
import { yieldToMain } from '../../lib/highlight/slices';
import { warmUpFinder } from '../../lib/highlight/warm-up';
import { watchFirstFrame } from '../../lib/highlight/first-frame';
import { keepAnnouncementsPrivate } from '../../lib/page/private-announcements';
import { declaresOtherLanguage, readsAsSpanish } from '../../lib/page/page-language';

// Before WXT makes its context, which would post the extension's id to the page.
keepAnnouncementsPrivate(window, browser.runtime.id);

/**
 * How often an idle content script checks that its extension is still there. Chrome tells an
 * orphaned content script nothing when the extension is reloaded or updated; WXT's ctx notices
 * (runtime.id is gone) only when asked, and then aborts ctx.signal, which tears everything down.
 */
const ALIVE_CHECK_MS = 2000;

/** Supplies the extension's parts (stored settings, cards from the background, ctx.signal). */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // At document_start the settings are read and the matcher compiled while the page is parsed,
  // and highlighting starts at DOMContentLoaded itself; at document_end Chromium ran us in a task
  // of its own after it, which a busy machine put 150-1,000 ms later (issue #11).
  runAt: 'document_start',
  async main(ctx) {
    // From the start: whether the page has been laid out decides what may change in place.
    watchFirstFrame(window);
    const stored = Promise.all([
      loadSettings(),
      // Imported glossaries are extra: if their index cannot be read, the built-in one still works.
      readGlossaryIndex().catch(() => EMPTY_GLOSSARY_INDEX),
    ]);
    let storedRead = false;
    void stored.then(
      () => (storedRead = true),
      () => (storedRead = true),
    );
    // Storage answers through the browser process (10-800 ms on a busy machine): meanwhile the
    // built-in matcher is compiled and its regex used once, each in a task of its own, instead
    // of after the answer, when the page may be parsed and waiting for its first screen.
    await yieldToMain();
    // A page that declares another language gets the terms without their Spanish-only forms.
    let spanish = !declaresOtherLanguage(document);
    const builtInIndex = spanish ? termIndex() : CORE_TERM_INDEX;
    const builtIn = compileMatcher(builtInIndex);
    // The first screen follows the warm-up at once only if the settings are read by then.
    await warmUpFinder(builtIn, window, () => storedRead);
    const [settings, storedGlossaries] = await stored;
    let glossaries = storedGlossaries;
    if (ctx.isInvalid) return;
    // The document can lose its window during that await: Firefox also runs us in the about:blank
    // a new tab starts with, which the real page then replaces. Nothing to highlight there.
    if (!document.defaultView) return;
    const index = registryTermIndex(glossaries, spanish);
    const { page, ready } = startTermlightPage({
      document,
      index,
      // No imported terms: the index is the built-in one, compiled above.
      matcher: index.length === builtInIndex.length ? builtIn : undefined,
      loadCard: (id) => sendToBackground('termlight:card', { id }),
      loadCardUi: injectCardUi,
      // The painter of giant text nodes comes with the card UI (see lib/card-ui/publish.ts).
      loadPainter: () => injectCardUi().then(() => publishedPainter()),
      settings,
      signal: ctx.signal,
    });
    ctx.onInvalidated(watchSettings((s) => void page.apply(s)));
    const setGlossaries = (g: typeof glossaries) => {
      glossaries = g;
      void page.setIndex(registryTermIndex(g, spanish));
    };
    ctx.onInvalidated(watchGlossaryIndex(setGlossaries));
    // A page in Spanish that says it is not (templates keep lang="en"): all the forms after all.
    void ready.then(() => {
      if (spanish || ctx.isInvalid || !document.body || !readsAsSpanish(document.body)) return;
      spanish = true;
      setGlossaries(glossaries);
    });
    ctx.setInterval(() => {}, ALIVE_CHECK_MS); // ctx checks browser.runtime.id on each tick

    if (window === window.top) {
      answerMessages(
        PAGE_PARSERS,
        {
          'termlight:page-info': () => page.info(),
          'termlight:reveal': ({ id }) => page.reveal(id),
          'termlight:term-nav': ({ action }) => page.navigate(action),
        },
        ctx.signal,
      );
    }
  },
});

/** Has the background inject the card UI (entrypoints/card-ui.ts) into this frame, then takes it. */
async function injectCardUi() {
  if (!publishedCardUi()) await sendToBackground('termlight:card-ui', {});
  const create = publishedCardUi();
  if (!create) throw new Error('the card UI script did not run in this frame');
  return create;
}
