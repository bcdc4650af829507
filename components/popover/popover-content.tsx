import type { ComponentChildren } from 'preact';
import type { CardData } from '../../data/card';
import { TermCard, type CardLevel } from '../term-card/term-card';
import { cardInLanguage, LANGUAGE_NOTES, type CardLang } from '../term-card/card-in-language';
import { cardLabels } from '../term-card/card-labels';
import { LangNote } from '../term-card/lang-note';

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
  /** The language asked for (lib/popover/card-language.ts); default English. */
  lang?: CardLang;
  /** Shows the card in the other language (one tap, for bilingual families and interpreters). */
  onToggleLanguage?(): void;
}

/** The popover's inside: a close button and the term card, labelled as a non-modal dialog. */
export function PopoverContent(props: PopoverContentProps) {
  const { data, previousName, pinned, level, onSelectRelated, onBack, onClose, actions, seenAs } =
    props;
  const shown = cardInLanguage(data, props.lang ?? 'en');
  // The card's own words are in the language of its text, whatever the interface's (#29).
  const labels = cardLabels(shown.lang);
  const pinBadge = pinned && <span class="tl-pin-note">{labels.t('popover_pinned')}</span>;
  // Only where the other language exists: the built-in cards with a Spanish level.
  const toggle = props.onToggleLanguage && shown.note === null && data.es?.level && (
    <button
      type="button"
      class="tl-lang-toggle"
      lang={shown.lang === 'es' ? 'en' : 'es'}
      onClick={props.onToggleLanguage}
    >
      {shown.lang === 'es' ? LANGUAGE_NOTES.showEnglish : LANGUAGE_NOTES.showSpanish}
    </button>
  );
  return (
    <div
      class="tl-popover tl-theme"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tl-pop-title"
      data-pinned={pinned ? '' : undefined}
      tabIndex={-1}
      lang={shown.lang}
    >
      <button
        type="button"
        class="tl-close"
        aria-label={labels.t('popover_close')}
        onClick={onClose}
      >
        ×
      </button>
      <LangNote note={shown.note} />
      <TermCard
        data={shown.data}
        lang={shown.lang}
        idPrefix="tl-pop"
        onSelectRelated={onSelectRelated}
        back={previousName ? { name: previousName, onBack } : undefined}
        badge={
          (pinBadge || toggle) && (
            <>
              {pinBadge}
              {toggle}
            </>
          )
        }
        // The student level is English: a Spanish card opens in plain words.
        level={shown.lang === 'es' ? 'patient' : level}
        actions={actions}
        seenAs={seenAs}
      />
    </div>
  );
}
