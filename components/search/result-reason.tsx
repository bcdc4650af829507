import { t } from '../../lib/i18n';
import type { SearchResult } from '../../lib/search';

/** Why a result is there, under its name: "brand name Gleevec", "side effect: Nausea." */
export function ResultReason({ result }: { result: SearchResult }) {
  return (
    <span class="tl-result-via">
      {result.why}
      {result.glossary && ` · ${t('search_fromGlossary', { glossary: result.glossary })}`}
    </span>
  );
}
