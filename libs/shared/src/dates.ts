// Calendar days and day arithmetic, the one way the house does them.
//
// A "day" is an ISO calendar date, `YYYY-MM-DD`, read in UTC: the API stores `date` columns that
// way, the admin's date inputs produce it, and in UTC every day is exactly DAY_MS long, so adding
// days never trips over a daylight-saving change. An "instant" is a Date (or epoch milliseconds).

/** Milliseconds in one (UTC) day. */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day; throws a RangeError on anything else (including 2027-02-30). */
function dayNumber(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: "${day}"`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, date); // unlike Date.UTC, keeps years 0–99 as they are
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    throw new RangeError(`Not a calendar date: "${day}"`);
  }
  return check.getTime() / DAY_MS;
}

/** Whether `value` is a real `YYYY-MM-DD` calendar day ("2028-02-29" yes, "2027-02-29" and "2027-2-1" no). */
export function isIsoDay(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The UTC midnight that starts a `YYYY-MM-DD` day; throws a RangeError on anything else. */
export function parseIsoDay(day: string): Date {
  return new Date(dayNumber(day) * DAY_MS);
}

/** The UTC calendar day (`YYYY-MM-DD`) an instant falls on. */
export function isoDay(instant: Date | number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** Today's UTC calendar day (`YYYY-MM-DD`). */
export function today(now: Date | number = Date.now()): string {
  return isoDay(now);
}

/** The day `n` days after `day` (before it when `n` is negative); a Date counts as its UTC day. */
export function addDays(day: string | Date, n: number): string {
  const start = dayNumber(typeof day === 'string' ? day : isoDay(day));
  return isoDay((start + n) * DAY_MS);
}

/** The UTC day `n` days from today (`daysFromToday(0)` is today, `-1` yesterday). */
export function daysFromToday(n: number, now: Date | number = Date.now()): string {
  return addDays(isoDay(now), n);
}

/** The instant `n` × 24 hours from `now` (before it when `n` is negative). */
export function daysFromNow(n: number, now: Date | number = Date.now()): Date {
  return new Date(new Date(now).getTime() + n * DAY_MS);
}

/** `to − from` in whole days (UTC calendar days). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The house's human date: day, month name, year ("3 March 2027" in en-GB). */
export const DATE_FORMAT_OPTIONS: Readonly<Intl.DateTimeFormatOptions> = { day: 'numeric', month: 'long', year: 'numeric' };

const EN_GB_DAY = new Intl.DateTimeFormat('en-GB', { ...DATE_FORMAT_OPTIONS, timeZone: 'UTC' });

/**
 * A `YYYY-MM-DD` day in the house's human format, "3 March 2027" (en-GB unless another locale is
 * given). The day is never shifted by a time zone.
 */
export function formatDay(day: string, locale?: string): string {
  const midnight = dayNumber(day) * DAY_MS;
  return locale ? new Intl.DateTimeFormat(locale, { ...DATE_FORMAT_OPTIONS, timeZone: 'UTC' }).format(midnight) : EN_GB_DAY.format(midnight);
}
