import { render } from 'preact';
import { t } from '../../lib/i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { QuestionsApp } from '../../components/questions/questions-app';
import '../../components/term-card/theme.css';
import '../../components/shared/sr-only.css';
import '../../components/ui.css';
import '../../components/questions/questions.css';

localizeDocument(document, t('questions_documentTitle'));

render(<QuestionsApp />, document.getElementById('app')!);
