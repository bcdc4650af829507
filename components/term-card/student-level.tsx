import type { StudentLevel } from '../../data/types';
import { cardLabels, CardLabelsProvider, useCardLabels } from './card-labels';
import type { Cite } from './citations';
import { FactList } from './fact-list';

/** The student level's sentence and what sets the term apart. */
export function StudentGlance({ level, cite }: { level: StudentLevel; cite: Cite }) {
  const labels = useCardLabels();
  return (
    <>
      <p class="tl-summary tl-student-summary">
        {level.summary.text}
        {cite(level.summary.source)}
      </p>
      <FactList title={labels.t('card_setsApart')} facts={level.facts} kind="student" cite={cite} />
    </>
  );
}

/** The student level's proper terms and what is monitored. */
export function StudentMore({ level, cite }: { level: StudentLevel; cite: Cite }) {
  const labels = useCardLabels();
  return (
    <>
      <FactList
        title={labels.t('card_properTerms')}
        facts={level.properTerms ?? []}
        kind="terms"
        cite={cite}
      />
      <FactList
        title={labels.t('card_monitored')}
        facts={level.monitoring ?? []}
        kind="monitoring"
        cite={cite}
      />
    </>
  );
}

/**
 * In plain words, the technical part waits behind its own toggle inside "More": "More" is for
 * the reader's questions, not trial statistics (issue #27). The student level is English for now:
 * a Spanish card says so, and marks the part English.
 */
export function StudentDisclosure({ level, cite }: { level: StudentLevel; cite: Cite }) {
  const labels = useCardLabels();
  const english = labels.lang !== 'en';
  return (
    <details class="tl-student" data-level="student">
      <summary>
        <span class="tl-more-mark" aria-hidden="true" />
        {labels.t('card_forStudents')}
      </summary>
      {english && <p class="tl-lang-note">{labels.t('card_studentInEnglish')}</p>}
      <div lang={english ? 'en' : undefined}>
        <CardLabelsProvider value={cardLabels('en')}>
          <StudentGlance level={level} cite={cite} />
          <StudentMore level={level} cite={cite} />
        </CardLabelsProvider>
      </div>
    </details>
  );
}
