import { startPage } from '../../components/shared/start-page';
import '../../components/term-card/theme.css';
import '../../components/shared/sr-only.css';
import '../../components/shared/base.css';
import '../../components/study/study.css';

// The page's modules load once the reader's language is set (components/shared/start-page.ts).
void startPage(() => import('./page'));
