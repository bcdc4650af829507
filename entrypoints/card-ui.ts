import { ShadowPopover } from '../components/popover/shadow-popover';
import { saveControlFor } from '../components/card-frame/save-action';
import { publishCardUi, publishPainter } from '../lib/card-ui/publish';
import { Painter } from '../lib/highlight/paint';
import { loadSettings, watchSettings } from '../lib/settings';

/**
 * The card UI, injected by the background into a frame whose content script asks for it (see
 * lib/card-ui/publish.ts): the popover with the card and "Save to my questions". It runs in the
 * content script's isolated world, so it only leaves its factory there. Not web-accessible: a page
 * cannot load it, or probe for it to learn that the reader has a leukemia glossary installed.
 */
export default defineUnlistedScript(() => {
  // Until the settings are read, a save records no page address (the private choice); if they
  // cannot be read (Firefox rejects reads of a tab that is closing), that choice stays.
  let recordAddress = false;
  loadSettings().then(
    (s) => (recordAddress = s.recordPageAddress),
    () => undefined,
  );
  watchSettings((s) => (recordAddress = s.recordPageAddress));
  publishPainter(Painter);
  publishCardUi(
    (doc, loadCard) =>
      new ShadowPopover(
        doc,
        loadCard,
        saveControlFor(doc, () => recordAddress),
      ),
  );
});
