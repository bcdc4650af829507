import type { ComponentChildren } from 'preact';
import type { Category } from '../../data/categories';
import type { GlossaryEntry } from '../../data/types';
import { useCardLabels } from './card-labels';

/** The name of each kind of term on a card, as a message of the card's language. */
const KIND_LABELS = {
  disease: 'card_kindDisease',
  treatment: 'card_kindTreatment',
  drug: 'card_kindDrug',
  gene: 'card_kindGene',
  'side-effect': 'card_kindSideEffect',
  body: 'card_kindBody',
} as const satisfies Record<Category, string>;

/** "← Back to X", when the reader came to this card from another term's. */
export function BackButton({ name, onBack }: { name: string; onBack: () => void }) {
  const labels = useCardLabels();
  return (
    <button type="button" class="tl-back" onClick={onBack}>
      <span aria-hidden="true">←</span> {labels.t('card_back', { name })}
    </button>
  );
}

/** Name, kind and brand names share one line where they fit; they wrap on a narrow card. */
export function CardHead(props: {
  entry: GlossaryEntry;
  titleId: string;
  headingLevel: 2 | 3;
  badge?: ComponentChildren;
}) {
  const { entry, titleId, badge } = props;
  const labels = useCardLabels();
  const Name = `h${props.headingLevel}` as 'h2';
  const brands = entry.forms.filter((f) => f.brand).map((f) => f.text);
  return (
    <div class="tl-meta">
      <Name id={titleId} class="tl-name">
        {entry.name}
      </Name>
      <span class="tl-category">{labels.t(KIND_LABELS[entry.category])}</span>
      {entry.category === 'drug' && brands.length > 0 && (
        <span class="tl-names">
          <span class="tl-label">{labels.plural('card_brandNames', brands.length)}</span>{' '}
          {labels.list(brands, 'unit')}
        </span>
      )}
      {badge}
    </div>
  );
}
