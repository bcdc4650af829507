import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { getEntry } from '../../data/index';
import { applyHighlightCss, highlightCss } from '../../lib/highlight/style';
import { TERM_TAG } from '../../lib/highlight/skip-rules';
import { t } from '../../lib/i18n';
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

  return (
    <div class="tl-preview" aria-hidden="true">
      <p class="tl-preview-label">{t('options_preview')}</p>
      <p class="tl-preview-text">
        His plan paired {term('chemotherapy', 'chemotherapy')} with a daily pill,{' '}
        {term('imatinib', 'imatinib')}. {term('imatinib', 'Imatinib')} can cause{' '}
        {term('edema', 'edema')}, a swelling around the eyes.
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
