import { t } from '../../lib/i18n';
import { ConfirmReset } from '../shared/confirm-reset';

/** "Reset to defaults", asking once more in the page itself before it wipes anything. */
export function ResetSection({ onReset }: { onReset: () => Promise<boolean> }) {
  return (
    <ConfirmReset
      id="tl-reset"
      title={t('options_resetTitle')}
      question={t('options_resetQuestion')}
      askLabel={t('options_resetAsk')}
      confirmLabel={t('options_resetConfirm')}
      onReset={onReset}
      groupClass="tl-notice tl-confirm"
    />
  );
}
