import { ConfirmReset } from '../shared/confirm-reset';
import { plural, t } from '../../lib/i18n';

/** Forgets the progress of this deck's cards, after asking once more in the page itself. */
export function StudyReset({
  studied,
  onReset,
}: {
  /** How many of the deck's cards have progress. */
  studied: number;
  onReset: () => Promise<boolean>;
}) {
  return (
    <ConfirmReset
      id="tl-study-reset"
      title={t('reset_title')}
      question={plural('reset_question', studied)}
      askLabel={t('reset_ask')}
      confirmLabel={t('reset_confirm')}
      onReset={onReset}
      disabled={studied === 0}
    />
  );
}
