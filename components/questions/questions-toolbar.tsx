import { t } from '../../lib/i18n';
import { toCsv, toMarkdown, toPlainText } from '../../lib/questions/export';
import type { QuestionList } from '../../lib/questions/schema';
import type { QuestionsPageApi } from './page-api';

export interface QuestionsToolbarProps {
  list: QuestionList;
  api: QuestionsPageApi;
  /** The Print view button's id, so focus can come back to it. */
  printButtonId: string;
  onPrintView(): void;
  say(status: string): void;
  fail(error: string): void;
}

/** Print view, copy as text, and the Markdown and CSV exports of the whole list. */
export function QuestionsToolbar(props: QuestionsToolbarProps) {
  const { list, api, say, fail } = props;
  const empty = list.terms.length === 0;
  const today = new Date().toISOString().slice(0, 10);
  const exportAs = (kind: 'csv' | 'md') => {
    if (kind === 'csv') {
      api.download(`termlight-questions-${today}.csv`, 'text/csv', toCsv(list));
    } else {
      api.download(`termlight-questions-${today}.md`, 'text/markdown', toMarkdown(list));
    }
    say(kind === 'csv' ? t('questions_exportedCsv') : t('questions_exportedMarkdown'));
  };
  return (
    <section class="tl-section tl-q-toolbar" aria-label={t('questions_toolbar')}>
      <button
        type="button"
        id={props.printButtonId}
        class="tl-button"
        disabled={empty}
        onClick={props.onPrintView}
      >
        {t('questions_printView')}
      </button>
      <button
        type="button"
        class="tl-button tl-quiet"
        disabled={empty}
        onClick={() =>
          api.copy(toPlainText(list)).then(
            () => say(t('questions_copied')),
            () => fail(t('questions_copyFailed')),
          )
        }
      >
        {t('questions_copy')}
      </button>
      <button type="button" class="tl-button tl-quiet" onClick={() => exportAs('md')}>
        {t('questions_exportMarkdown')}
      </button>
      <button type="button" class="tl-button tl-quiet" onClick={() => exportAs('csv')}>
        {t('questions_exportCsv')}
      </button>
    </section>
  );
}
