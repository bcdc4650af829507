import { t } from '../../lib/i18n';
import { formatDay } from '../../lib/i18n/intl';
import { dayOf } from '../../lib/questions/export';
import type { SavedTerm } from '../../lib/questions/schema';
import { NewTabLink } from '../shared/new-tab-link';
import { TermNotes } from './term-notes';
import type { ChangeQuestions } from './use-question-list';

export interface TermGroupProps {
  term: SavedTerm;
  change: ChangeQuestions;
  onRemove(): void;
}

/** One saved term: its name with Remove, where it was read, the sentence around it, its questions. */
export function TermGroup({ term, change, onRemove }: TermGroupProps) {
  const headingId = `tl-q-${term.termId}`;
  return (
    <section class="tl-section tl-q-term" aria-labelledby={headingId} data-term-id={term.termId}>
      <div class="tl-q-head">
        <h2 id={headingId} tabIndex={-1} data-action="heading">
          {term.termName}
        </h2>
        <button
          type="button"
          data-action="remove"
          class="tl-button tl-quiet"
          aria-label={t('questions_removeTerm', { name: term.termName })}
          onClick={onRemove}
        >
          {t('questions_remove')}
        </button>
      </div>
      {term.glossaryName && (
        <p class="tl-hint">{t('card_origin', { glossary: term.glossaryName })}</p>
      )}
      <SavedFrom term={term} />
      {term.context && <blockquote class="tl-q-context">{term.context}</blockquote>}
      <TermNotes term={term} change={change} />
    </section>
  );
}

/** "Saved from <page>, on <day>", when the page is known. */
function SavedFrom({ term }: { term: SavedTerm }) {
  if (!term.pageTitle && !term.pageUrl) return null;
  return (
    <p class="tl-hint">
      {t('questions_savedFrom')}{' '}
      {term.pageUrl ? (
        <NewTabLink href={term.pageUrl}>{term.pageTitle || term.pageUrl}</NewTabLink>
      ) : (
        term.pageTitle
      )}
      {term.savedAt && ` ${t('questions_savedOn', { day: formatDay(dayOf(term.savedAt)) })}`}
    </p>
  );
}
