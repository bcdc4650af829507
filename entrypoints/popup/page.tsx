import { render } from 'preact';
import { browser } from 'wxt/browser';
import { localizeDocument } from '../../lib/i18n/document';
import { PopupApp } from '../../components/popup/popup-app';
import { parseTabOverride } from '../../components/popup/page-info';

// The title stays "Termlight" (a name, not a message); the language is the catalog's.
localizeDocument(document, document.title);

// The toolbar popup sizes itself to its page, so it keeps a fixed width there. Opened as a page
// (in a tab, or full screen as Firefox for Android does) it follows the screen instead.
const inToolbar = browser.extension?.getViews?.({ type: 'popup' }).includes(window) ?? true;
if (!inToolbar || window.screen.width < 480) {
  document.documentElement.classList.add('tl-popup-page');
}

// popup.html?tab=<id> reports on that tab instead of the active one: the browser tests open the
// popup in a tab of its own, where the active tab would be the popup itself.
render(
  <PopupApp tabOverride={parseTabOverride(location.search)} />,
  document.getElementById('app')!,
);
