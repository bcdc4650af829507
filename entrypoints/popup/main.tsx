import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { parseTabOverride } from '../../components/popup/page-info';
import '../../components/term-card/theme.css';
import '../../components/term-card/term-card.css';
import '../../components/sr-only.css';
import '../../components/ui.css';

// popup.html?tab=<id> reports on that tab instead of the active one: the browser tests open the
// popup in a tab of its own, where the active tab would be the popup itself.
render(
  <PopupApp tabOverride={parseTabOverride(location.search)} />,
  document.getElementById('app')!,
);
