import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useSettings } from '../shared/use-settings';
import { useDocumentTheme } from '../shared/use-theme';
import { byId, useFocusAfterRender } from './focus-after';
import { BROWSER_API, type QuestionsPageApi } from './page-api';
import { DamagedNotice, UndoNotice } from './page-notices';
import { PrintingPage } from './printing-page';
import { QuestionsToolbar } from './questions-toolbar';
import { RestoreSection } from './restore-section';
import { SavedTerms } from './saved-terms';
import { useQuestionList } from './use-question-list';

const TITLE_ID = 'tl-q-title';
const PRINT_TITLE_ID = 'tl-print-title';
const PRINT_BUTTON_ID = 'tl-q-print-view';

/** The My questions page: the saved terms with their notes, print, copy, export and import. */
export function QuestionsApp({ api = BROWSER_API }: { api?: QuestionsPageApi }) {
  useDocumentTheme(useSettings().settings?.theme ?? 'system');
  const questions = useQuestionList(api);
  const { list, error } = questions;
  const [printing, setPrinting] = useState(false);
  const focusAfter = useFocusAfterRender();

  if (printing && list) {
    return (
      <PrintingPage
        list={list}
        titleId={PRINT_TITLE_ID}
        print={() => api.print()}
        onBack={() => {
          setPrinting(false);
          focusAfter(byId(PRINT_BUTTON_ID));
        }}
      />
    );
  }

  return (
    <main class="tl-page tl-questions">
      <h1 id={TITLE_ID} tabIndex={-1}>
        {t('questions_title')}
      </h1>
      <p class="tl-lead">{t('questions_lead')}</p>
      {error && (
        <p class="tl-error" role="alert">
          {error}
        </p>
      )}
      <DamagedNotice dropped={questions.dropped} />
      {list && (
        <QuestionsToolbar
          list={list}
          api={api}
          printButtonId={PRINT_BUTTON_ID}
          onPrintView={() => {
            setPrinting(true);
            focusAfter(byId(PRINT_TITLE_ID));
          }}
          say={questions.say}
          fail={questions.fail}
        />
      )}
      <UndoNotice undo={questions.undo} change={questions.change} />
      {list === null && !error && <p class="tl-hint">{t('questions_loading')}</p>}
      {list && <SavedTerms list={list} change={questions.change} titleId={TITLE_ID} />}
      <RestoreSection list={list} apply={questions.restore} />
      <p class="tl-sr-only" role="status">
        {questions.status}
      </p>
    </main>
  );
}
