import type { ComponentChildren } from 'preact';
import type { CardData } from '../../data/card';
import { t } from '../../lib/i18n';
import { TermCard, type CardLevel } from '../term-card/term-card';

export interface PopoverContentProps {
  data: CardData;
  /** The name of the term the reader came from, when they followed a related-term link. */
  previousName: string | null;
  /** A pinned card stays open until closed, and says so. */
  pinned: boolean;
  /** The level the card opens at. */
  level?: CardLevel;
  onSelectRelated(id: string): void;
  onBack(): void;
  onClose(): void;
  /** Extra controls for the card (see components/shared/card-actions.ts). */
  actions?: ComponentChildren;
  /** The highlighted page text the card opened from (TermCard's seenAs). */
  seenAs?: string;
}

/** The popover's inside: a close button and the term card, labelled as a non-modal dialog. */
export function PopoverContent(props: PopoverContentProps) {
  const { data, previousName, pinned, level, onSelectRelated, onBack, onClose, actions, seenAs } =
    props;
  const pinBadge = pinned && <span class="tl-pin-note">{t('popover_pinned')}</span>;
  return (
    <div
      class="tl-popover tl-theme"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tl-pop-title"
      data-pinned={pinned ? '' : undefined}
      tabIndex={-1}
    >
      <button type="button" class="tl-close" aria-label={t('popover_close')} onClick={onClose}>
        ×
      </button>
      <TermCard
        data={data}
        idPrefix="tl-pop"
        onSelectRelated={onSelectRelated}
        back={previousName ? { name: previousName, onBack } : undefined}
        badge={pinBadge}
        level={level}
        actions={actions}
        seenAs={seenAs}
      />
    </div>
  );
}
