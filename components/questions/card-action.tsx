import type { CardActions } from '../shared/card-actions';
import saveControlCss from './save-control.css?inline';
import { sentenceAround } from '../../lib/questions/sentence';
import { SaveControl } from './save-control';

/**
 * The card's "Save to my questions" for terms on a page. The page address is read at the moment
 * of saving, and only when recordAddress() allows it; the sentence only for the term the popover
 * opened on (a related term followed from the card is not in that sentence).
 */
export function saveControlFor(doc: Document, recordAddress: () => boolean): CardActions {
  const render: CardActions['render'] = ({ term, data, pin, announce }) => (
    <SaveControl
      key={data.entry.id}
      termId={data.entry.id}
      termName={data.entry.name}
      glossaryName={data.origin?.glossary}
      idPrefix="tl-pop-q"
      onUse={pin}
      announce={announce}
      page={() => ({
        pageTitle: doc.title,
        pageUrl: recordAddress() ? (doc.location?.href ?? null) : null,
        context: term.getAttribute('data-term-id') === data.entry.id ? sentenceAround(term) : '',
      })}
    />
  );
  return { render, css: saveControlCss };
}
