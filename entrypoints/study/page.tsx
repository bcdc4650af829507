import { render } from 'preact';
import { t } from '../../lib/i18n';
import { localizeDocument } from '../../lib/i18n/document';
import { StudyApp } from '../../components/study/study-app';
import { getEntry } from '../../data/index';
import { parseDeckQuery } from '../../lib/study/decks';
import { splitImportedTermId } from '../../data/term-id';

localizeDocument(document, t('study_documentTitle'));

// Terms of imported glossaries keep their place too: their cards come once the glossaries are read.
const deck = parseDeckQuery(
  location.search,
  (id) => getEntry(id) !== undefined || splitImportedTermId(id) !== null,
);

render(
  <StudyApp
    deck={deck}
    // Keep the address in step, so a reload opens the same deck.
    onDeckChange={(query) => history.replaceState(null, '', query)}
  />,
  document.getElementById('app')!,
);
