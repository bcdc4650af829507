import type { CardData } from '../../data/card';
import type { DatedSource } from '../../data/index';
import { useCardLabels } from './card-labels';
import type { Cite } from './citations';
import { DrugFacts } from './drug-facts';
import { PartHeading } from './part-heading';
import { MoreSideEffects } from './side-effects';
import { SourceList } from './source-list';
import { StudentDisclosure, StudentMore } from './student-level';

export interface MoreDetailsProps {
  data: CardData;
  sources: DatedSource[];
  cite: Cite;
  /** The card opened at the student level: the plain sentence waits here instead. */
  studentFirst: boolean;
  onSelectRelated?: ((id: string) => void) | undefined;
}

/**
 * "More", a native disclosure (one click or key away, and it works without our script): the
 * explanation, drug facts, the rest of the side effects, the other level, related terms, sources
 * and the full disclaimer.
 */
export function MoreDetails(props: MoreDetailsProps) {
  const { data, sources, cite, studentFirst, onSelectRelated } = props;
  const labels = useCardLabels();
  const { entry, related, disclaimer } = data;
  const student = entry.student;
  const se = entry.sideEffects;
  const explanation = entry.explanationFacts ?? [{ text: entry.explanation, source: entry.source }];
  return (
    <details class="tl-more">
      <summary>
        {/* The arrow is drawn by CSS and kept out of the control's name ("More about …"). */}
        <span class="tl-more-mark" aria-hidden="true" />
        {labels.t('card_more')}{' '}
        <span class="tl-sr-only">{labels.t('card_moreAbout', { name: entry.name })}</span>
      </summary>
      <div class="tl-more-body">
        {studentFirst && (
          <>
            <PartHeading class="tl-level-head">{labels.t('card_inPlainWords')}</PartHeading>
            <p class="tl-summary">
              {entry.summary}
              {cite(entry.source)}
            </p>
          </>
        )}
        {/* An English respelling means nothing read in another language. */}
        {entry.pronunciation && labels.lang === 'en' && (
          <p class="tl-say">
            {labels.t('card_sayIt')} <span class="tl-say-word">{entry.pronunciation}</span>
            {entry.pronunciationSource && cite(entry.pronunciationSource)}
          </p>
        )}
        <p class="tl-explanation">
          {explanation.map((f, i) => (
            <span key={i}>
              {i > 0 && ' '}
              {f.text}
              {cite(f.source)}
            </span>
          ))}
        </p>
        {entry.drug && <DrugFacts drug={entry.drug} cite={cite} />}
        {se && <MoreSideEffects se={se} cite={cite} glanceShown={!studentFirst} />}
        {student && !studentFirst && <StudentDisclosure level={student} cite={cite} />}
        {student && studentFirst && <StudentMore level={student} cite={cite} />}
        {related.length > 0 && (
          <nav class="tl-related" aria-label={labels.t('card_related')}>
            <PartHeading>{labels.t('card_related')}</PartHeading>
            <ul>
              {related.map((r) => (
                <li key={r.id}>
                  <button type="button" onClick={() => onSelectRelated?.(r.id)} data-related={r.id}>
                    {r.name}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <SourceList sources={sources} />
        <p class="tl-advice">{disclaimer}</p>
      </div>
    </details>
  );
}
