import type { Messages } from '../../lib/i18n';
import { calendarDay } from '../../lib/i18n/calendar-day';
import type { CardLang } from './card-in-language';

/**
 * An ISO day ("2018-10-17") as a card's language writes it ("October 17, 2018", "17 de octubre de
 * 2018"), from the card's own catalog. Not Intl.DateTimeFormat: its first use loads ICU's number
 * data, 100-160 ms of the first card's render on a CPU slowed 4x (the sources are in every card).
 * Null when the day cannot be read, or the catalog has no month names.
 */
export function cardDay(isoDay: string, messages: Messages): string | null {
  const date = calendarDay(isoDay);
  if (!date) return null;
  const months = messages.t('card_monthNames').split(' ');
  const month = months.length === 12 ? months[date.month - 1] : undefined;
  if (!month) return null;
  return messages.t('card_sourceDay', { day: date.day, month, year: String(date.year) });
}

/** Spanish writes "e" for "y" before an "i" sound (Intl's rule: "Gleevec e Iclusig", "a y Hielo"). */
const I_SOUND = /^(i|hi(?![aeiouáéíóú]))/i;

/**
 * Names in a list as a card's language joins them, as Intl.ListFormat's "unit" type does
 * ("A, B, C"; "A, B y C"), without it: its first use costs as much as a date format's (above).
 */
export function cardList(items: readonly string[], lang: CardLang): string {
  if (lang !== 'es' || items.length < 2) return items.join(', ');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${I_SOUND.test(last) ? 'e' : 'y'} ${last}`;
}
