/**
 * Dates, lists and durations as the UI's language writes them (Intl, in the language of the catalog
 * in use, not the browser's: the reader may have picked another). Numbers: formatNumber in ./index.
 */
import { calendarDay } from './calendar-day';
import { uiLocale } from './index';

/**
 * A calendar day given as "YYYY-MM-DD" (a source's revision, the day a term was saved); a card
 * writes it in its own language (`locale`).
 */
export function formatDay(
  isoDay: string,
  style: 'medium' | 'long' = 'medium',
  locale = uiLocale(),
): string {
  const day = calendarDay(isoDay);
  if (!day) return isoDay; // not a day we can read: shown as the data has it, never rolled over
  // Noon UTC, written in UTC: the same day in every time zone.
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A moment in the reader's own time zone: "7 dic 2026, 14:05", "Dec 7, 2026, 2:05 PM". */
export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** "A, B and C" / "A, B y C"; type 'unit' gives a plain "A, B, C" where a list names things. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'unit' = 'conjunction',
  locale = uiLocale(),
) {
  return new Intl.ListFormat(locale, { type, style: 'long' }).format(items);
}

/** A length of time, rounded to its largest unit: "10 min", "2 hours", "3 días". */
export function formatDuration(exactMinutes: number): string {
  const locale = uiLocale();
  const minutes = Math.max(1, Math.round(exactMinutes));
  if (minutes < 60) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'short',
    }).format(minutes);
  }
  // Hours below a day, days below 31, months below a year, then years.
  const hours = Math.round(minutes / 60);
  const days = Math.round(hours / 24);
  const [unit, value] =
    hours < 24
      ? (['hour', hours] as const)
      : days < 31
        ? (['day', days] as const)
        : Math.round(days / 30) < 12
          ? (['month', Math.round(days / 30)] as const)
          : (['year', Math.round(days / 365)] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
