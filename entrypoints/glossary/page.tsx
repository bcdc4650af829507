import { render } from 'preact';
import { t } from '../../lib/i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { GlossaryApp } from '../../components/glossary/glossary-app';
import { parseGlossaryQuery } from '../../components/shared/glossary-address';

localizeDocument(document, t('glossary_documentTitle'));

render(
  <GlossaryApp
    initialQuery={parseGlossaryQuery(location.search)}
    // Keep the address in step, so a reload or a bookmark shows the same search.
    onQueryChange={(search) =>
      history.replaceState(null, '', `${search || location.pathname}${location.hash}`)
    }
  />,
  document.getElementById('app')!,
);
