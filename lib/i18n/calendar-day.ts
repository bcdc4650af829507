/**
 * A real calendar day written "YYYY-MM-DD", as its year, month (1-12) and day; null for anything
 * else, including days that do not exist ("2018-13-01", "2024-02-30"), which Date would roll over
 * into the next month or year.
 */
export function calendarDay(isoDay: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : null;
}
