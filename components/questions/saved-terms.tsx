import { t } from '../../lib/i18n';
import type { QuestionList } from '../../lib/questions/schema';
import { byId, termControl } from './focus-after';
import { TermGroup } from './term-group';
import type { ChangeQuestions } from './use-question-list';

export interface SavedTermsProps {
  list: QuestionList;
  change: ChangeQuestions;
  /** Where focus goes when the last term is removed. */
  titleId: string;
}

/** Every saved term, each removable with Undo; or a hint when there are none. */
export function SavedTerms({ list, change, titleId }: SavedTermsProps) {
  if (list.terms.length === 0) return <p class="tl-hint">{t('questions_empty')}</p>;
  return (
    <>
      {list.terms.map((term, index, terms) => (
        <TermGroup
          key={term.termId}
          term={term}
          change={change}
          onRemove={() => {
            const removed = t('questions_termRemoved', { name: term.termName });
            // The next term, else the one before, else the list's heading.
            const next = terms[index + 1] ?? terms[index - 1];
            void change(
              { op: 'unsave', termId: term.termId },
              removed,
              {
                label: removed,
                change: { op: 'restore-term', term, index },
                focus: termControl(term.termId, 'remove'),
              },
              next ? termControl(next.termId, 'remove') : byId(titleId),
            );
          }}
        />
      ))}
    </>
  );
}
