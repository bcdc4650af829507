import type { GlossaryEntry } from '../../data';
import { TermCard } from '../term-card/term-card';

export interface PopoverContentProps {
  entry: GlossaryEntry;
  /** The term the reader came from, when they followed a related-term link. */
  previous: GlossaryEntry | null;
  onSelectRelated(id: string): void;
  onBack(): void;
  onClose(): void;
}

/** The popover's inside: a close button and the term card, labelled as a non-modal dialog. */
export function PopoverContent({
  entry,
  previous,
  onSelectRelated,
  onBack,
  onClose,
}: PopoverContentProps) {
  return (
    <div
      class="tl-popover tl-theme"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tl-pop-title"
      tabIndex={-1}
    >
      <button type="button" class="tl-close" aria-label="Close definition" onClick={onClose}>
        ×
      </button>
      <TermCard
        entry={entry}
        idPrefix="tl-pop"
        onSelectRelated={onSelectRelated}
        back={previous ? { name: previous.name, onBack } : undefined}
      />
    </div>
  );
}
