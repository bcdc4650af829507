import { startPage } from '../../components/shared/start-page';
import '../../components/term-card/theme.css';
import '../../components/term-card/term-card.css';
import '../../components/shared/sr-only.css';
import '../../components/questions/save-control.css';
import '../../components/shared/base.css';
import '../../components/search/search.css';
import '../../components/popup/popup.css';

// The page's modules load once the reader's language is set (components/shared/start-page.ts).
void startPage(() => import('./page'));
