import { render } from 'preact';
import { t } from '../../lib/i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { OptionsApp } from '../../components/options/options-app';

localizeDocument(document, t('options_documentTitle'));

render(<OptionsApp />, document.getElementById('app')!);
