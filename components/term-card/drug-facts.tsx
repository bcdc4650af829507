import type { GlossaryEntry } from '../../data/types';
import { useCardLabels } from './card-labels';
import type { Cite } from './citations';

/** A drug's kind, target and how it is given, each label above or beside its answer. */
export function DrugFacts({
  drug,
  cite,
}: {
  drug: NonNullable<GlossaryEntry['drug']>;
  cite: Cite;
}) {
  const labels = useCardLabels();
  // The Spanish level has no target yet: an English line would break the card's voice.
  const target = labels.lang === 'en';
  return (
    <dl class="tl-facts">
      <dt>{labels.t('card_drugKind')}</dt>
      <dd>
        {drug.drugClass.text}
        {cite(drug.drugClass.source)}
      </dd>
      {target && <dt>{labels.t('card_drugTarget')}</dt>}
      {target && (
        <dd>
          {drug.target.text}
          {cite(drug.target.source)}
        </dd>
      )}
      <dt>{labels.t('card_drugGiven')}</dt>
      <dd>
        {drug.howGiven.text}
        {cite(drug.howGiven.source)}
      </dd>
    </dl>
  );
}
