import type { CardActions } from '../shared/card-actions';
import { ReaderFrame } from '../card-frame/reader-frame';
import type { FrameShow } from '../../lib/card-frame/protocol';
import { sentenceAround } from '../../lib/questions/sentence';
import { termIdOf } from '../../lib/highlight/term-ids';
import { cardLabels } from '../term-card/card-labels';
import saveControlCss from '../questions/save-control.css?inline';

/**
 * The card's "Save to my questions" for terms on a page, in the reader's frame (an extension page:
 * lib/card-frame/protocol.ts). The frame gets where the term was read: the page address only when
 * recordAddress() allows it, the sentence only for the term the popover opened on (a related
 * term followed from the card is not in that sentence).
 */
export function saveControlFor(doc: Document, recordAddress: () => boolean): CardActions {
  let last: { key: string; show: FrameShow } | null = null;
  const render: CardActions['render'] = ({ term, data, pin, announce, close, relayout, look }) => {
    const show: FrameShow = {
      kind: 'show',
      termId: data.entry.id,
      termName: data.entry.name,
      ...(data.origin ? { glossaryName: data.origin.glossary } : {}),
      page: {
        pageTitle: doc.title,
        pageUrl: recordAddress() ? (doc.location?.href ?? null) : null,
        context: termIdOf(term) === data.entry.id ? sentenceAround(term) : '',
      },
      theme: look.theme,
      scale: look.scale,
      lang: look.lang,
    };
    // The same message object while nothing changed: the frame is not told again on each render.
    const key = JSON.stringify(show);
    if (last?.key !== key) last = { key, show };
    return (
      <ReaderFrame
        key={data.entry.id}
        show={last.show}
        onUse={pin}
        onAnnounce={announce}
        onEscape={close}
        onResize={relayout}
        title={cardLabels(look.lang).t('save_label')}
        placeholder={<SavePlaceholder label={cardLabels(look.lang).t('save_save')} />}
      />
    );
  };
  // The frame's own styles are its page's; the iframe's are in the popover's (popover.css). The
  // save control's sheet styles the placeholder as the frame styles the control itself.
  return { render, css: saveControlCss };
}

/**
 * What the frame first draws for a term not saved yet, as the save control draws it while it
 * reads the saved state (a disabled Save): it holds the frame's place with the same size, and
 * says nothing of the reader's data.
 */
function SavePlaceholder({ label }: { label: string }) {
  return (
    <section class="tl-save">
      <div class="tl-save-row">
        <button type="button" disabled tabIndex={-1}>
          {label}
        </button>
      </div>
    </section>
  );
}
