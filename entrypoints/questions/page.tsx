import { render } from 'preact';
import { t } from '../../lib/i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { QuestionsApp } from '../../components/questions/questions-app';

localizeDocument(document, t('questions_documentTitle'));

render(<QuestionsApp />, document.getElementById('app')!);
