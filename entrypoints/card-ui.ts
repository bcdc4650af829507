import { ShadowPopover } from '../components/popover/shadow-popover';
import { publishCardUi } from '../lib/popover/card-ui';

/**
 * The card UI, injected by the background into a frame whose content script asks for it (see
 * lib/popover/card-ui.ts). It runs in the content script's isolated world, so it only leaves its
 * factory there. Not web-accessible: a page cannot load it, or probe for it to learn that the
 * reader has a leukemia glossary installed.
 */
export default defineUnlistedScript(() => {
  publishCardUi((doc, loadCard) => new ShadowPopover(doc, loadCard));
});
