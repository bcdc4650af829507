import { t } from '../../lib/i18n';
import { formatDay } from '../../lib/i18n/intl';

/**
 * A source's revision date as the UI's language writes it ("October 17, 2018", "17 de octubre de
 * 2018"), from the ISO day the data keeps; the data's own "revised" text is English only.
 */
export function sourceDate(lastRevised: string | null): string {
  return lastRevised ? formatDay(lastRevised, 'long') : t('card_dateNotGiven');
}
