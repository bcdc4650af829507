import { t } from '../../lib/i18n';
import type { QuestionList } from '../../lib/questions/schema';
import { PrintView } from './print-view';

export interface PrintingPageProps {
  list: QuestionList;
  /** The print view's heading id, where focus goes when the view opens. */
  titleId: string;
  print(): void;
  onBack(): void;
}

/** The page while the print view is shown: Print and Back on screen only, then the sheet. */
export function PrintingPage({ list, titleId, print, onBack }: PrintingPageProps) {
  return (
    <main class="tl-page tl-questions tl-printing">
      <div class="tl-q-toolbar tl-no-print">
        <button type="button" class="tl-button" onClick={print}>
          {t('questions_print')}
        </button>
        <button type="button" class="tl-button tl-quiet" onClick={onBack}>
          {t('questions_backToList')}
        </button>
      </div>
      <PrintView list={list} titleId={titleId} />
    </main>
  );
}
