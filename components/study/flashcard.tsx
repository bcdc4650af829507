import { useEffect, useRef } from 'preact/hooks';
import type { CardKind, StudyCard } from '../../lib/study/cards';
import type { StudySources } from '../../lib/study/index';
import { GRADES, intervalLabel, type GradeValue } from '../../lib/study/scheduler';
import { t } from '../../lib/i18n';
import { NewTabLink } from '../shared/new-tab-link';
import { sourceDate } from '../term-card/source-date';

const KIND_LABELS: Record<CardKind, () => string> = {
  meaning: () => t('study_kindMeaning'),
  'brand-to-generic': () => t('study_kindBrandToGeneric'),
  'generic-to-brand': () => t('study_kindGenericToBrand'),
  'drug-kind': () => t('study_kindDrugKind'),
  'drug-target': () => t('study_kindDrugTarget'),
  'side-effect-drugs': () => t('study_kindSideEffectDrugs'),
  abbreviation: () => t('study_kindAbbreviation'),
  'full-name-to-abbreviation': () => t('study_kindShortName'),
  'student-summary': () => t('study_kindStudentSummary'),
  'student-boxed-warning': () => t('study_kindBoxedWarning'),
  'student-apart': () => t('study_kindDrugApart'),
  'student-monitoring': () => t('study_kindMonitoring'),
};

export interface FlashcardProps {
  card: StudyCard;
  revealed: boolean;
  onReveal: () => void;
  onGrade: (grade: GradeValue) => void;
  /** When the card would be due after each grade. */
  dueAfter: Record<GradeValue, Date>;
  now: Date;
  /** Whether Space and 1-4 work (the reader can turn one-key shortcuts off). */
  singleKeys?: boolean;
  /** Where the sources the card cites are found (the built-in glossary's and the courses'). */
  sources: StudySources;
}

/**
 * One card: the question, then (after Show, or Space) the answer with its sources and the four
 * grades. Focus moves to the answer when it appears and to the next question after a grade, so a
 * screen reader reads each as it comes.
 */
export function Flashcard({
  card,
  revealed,
  onReveal,
  onGrade,
  dueAfter,
  now,
  singleKeys = true,
  sources: sourceList,
}: FlashcardProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const focusedOnce = useRef(false);

  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);
  useEffect(() => {
    // Not on the page's first card: the page opens at its heading, where a reader expects it.
    if (focusedOnce.current) questionRef.current?.focus();
    focusedOnce.current = true;
  }, [card.id]);

  const sources = [...new Set(card.origins.map((o) => o.source))]
    .map((id) => sourceList.find(id))
    .filter((s) => s !== undefined);

  return (
    <section class="tl-flashcard" aria-labelledby="tl-question-title">
      <h2 id="tl-question-title">
        {t('study_question')} <span class="tl-card-kind">· {KIND_LABELS[card.kind]()}</span>
      </h2>
      <p class="tl-question" tabIndex={-1} ref={questionRef}>
        {card.front}
      </p>
      {revealed ? (
        <>
          <div class="tl-answer" tabIndex={-1} ref={answerRef} aria-labelledby="tl-answer-title">
            <h3 id="tl-answer-title">{t('study_answer')}</h3>
            {/* The built-in glossary's text is English (issue #29: Study stays English for
                now); marked so, a screen reader reads it in English on a Spanish page. A course's
                language is not known. */}
            <p class="tl-answer-text" lang={card.course ? undefined : 'en'}>
              {card.back}
            </p>
            <p class="tl-hint tl-answer-source">
              {t('study_from')}{' '}
              {sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && '; '}
                  {/* A course's source may have no address; it is then plain text. */}
                  <span lang={card.course ? undefined : 'en'}>
                    {s.url ? (
                      <NewTabLink href={s.url} rel="noreferrer">
                        {s.title}
                      </NewTabLink>
                    ) : (
                      s.title
                    )}
                  </span>{' '}
                  ({[s.publisher, sourceDate(s.lastRevised)].filter((p) => p !== '').join(', ')})
                </span>
              ))}
              .
            </p>
            {card.course && (
              <p class="tl-hint tl-answer-origin">
                {t('card_origin', { glossary: card.course.name })}
              </p>
            )}
          </div>
          <div class="tl-grades" role="group" aria-labelledby="tl-grade-title">
            <h3 id="tl-grade-title">{t('study_howWell')}</h3>
            <div class="tl-grade-buttons">
              {GRADES.map(({ value, label }) => (
                <button
                  key={value}
                  type="button"
                  class={`tl-button tl-grade tl-grade-${value}`}
                  aria-keyshortcuts={singleKeys ? String(value) : undefined}
                  onClick={() => onGrade(value)}
                >
                  <span class="tl-grade-name">
                    {value} {label}
                  </span>
                  <span class="tl-grade-when">
                    {t('study_againIn', { when: intervalLabel(now, dueAfter[value]) })}
                  </span>
                </button>
              ))}
            </div>
          </div>
        </>
      ) : (
        <>
          <button
            type="button"
            class="tl-button tl-show"
            aria-keyshortcuts={singleKeys ? 'Space' : undefined}
            onClick={onReveal}
          >
            {t('study_show')}
          </button>
          <p class="tl-hint">{singleKeys ? t('study_keys') : t('study_keysOff')}</p>
        </>
      )}
    </section>
  );
}
