import { t } from '../../lib/i18n';
import type { SearchResult } from '../../lib/search';

/**
 * Why a result is there, under its name: "brand name Gleevec", "side effect: Nausea." The card's
 * words it quotes carry their language (an English sentence on a Spanish page), so a screen
 * reader reads them in it.
 */
export function ResultReason({ result }: { result: SearchResult }) {
  const { why, quote } = result;
  const at = quote ? why.lastIndexOf(quote.text) : -1;
  return (
    <span class="tl-result-via">
      {quote && at >= 0 ? (
        <>
          {why.slice(0, at)}
          <span lang={quote.lang}>{quote.text}</span>
          {why.slice(at + quote.text.length)}
        </>
      ) : (
        why
      )}
      {result.glossary && ` · ${t('search_fromGlossary', { glossary: result.glossary })}`}
    </span>
  );
}
