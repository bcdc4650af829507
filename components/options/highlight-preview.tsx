import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { getEntry } from '../../data/index';
import { applyHighlightCss, highlightCss } from '../../lib/highlight/style';
import { TERM_TAG } from '../../lib/highlight/skip-rules';
import { t, tPieces } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

/**
 * A sample sentence highlighted by the same stylesheet the content script puts on pages, and a
 * sample explanation at the chosen text size, so a change can be judged before visiting a page.
 */
export function HighlightPreview({ settings }: { settings: Settings }) {
  useEffect(() => {
    applyHighlightCss(document, highlightCss(settings.highlightStyle));
  }, [settings.highlightStyle]);

  const seen = new Set<string>();
  const term = (id: string, text: string) => {
    const entry = getEntry(id);
    const categoryOn = entry ? settings.categories[entry.category] : false;
    const repeat = seen.has(id);
    seen.add(id);
    if (!categoryOn || (repeat && settings.firstMentionOnly)) return text;
    return h(TERM_TAG, { 'data-term-id': id }, text);
  };
  const sample = getEntry('imatinib');
  // One message for the whole sentence, so a translation may move the terms; each stays an element.
  const sentence = tPieces('options_previewSentence', {
    chemotherapy: { id: 'chemotherapy', text: t('options_previewTermChemotherapy') },
    drug: { id: 'imatinib', text: t('options_previewTermDrug') },
    again: { id: 'imatinib', text: t('options_previewTermAgain') },
    edema: { id: 'edema', text: t('options_previewTermEdema') },
  });

  return (
    <div class="tl-preview" aria-hidden="true">
      <p class="tl-preview-label">{t('options_preview')}</p>
      <p class="tl-preview-text">
        {sentence.map((piece) => (typeof piece === 'string' ? piece : term(piece.id, piece.text)))}
      </p>
      {sample && (
        <div class="tl-preview-card" style={{ fontSize: `${settings.textSize}%` }}>
          <p class="tl-preview-name">{sample.name}</p>
          <p>{sample.summary}</p>
        </div>
      )}
    </div>
  );
}
