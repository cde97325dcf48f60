/** Time zones as matching compares them: IANA names, standard (winter) offsets, core hours in UTC. */

/** True for an IANA time-zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function offsetAt(tz: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - at.getTime()) / 60_000);
}

/**
 * A zone's standard offset from UTC in minutes (+60 for Europe/Berlin): the smaller of its
 * January and July offsets. Daylight saving is left out on purpose so a stored offset does not
 * drift with the season; overlaps can be off by an hour in summer.
 */
export function standardUtcOffsetMinutes(tz: string): number {
  const year = 2026;
  return Math.min(offsetAt(tz, new Date(Date.UTC(year, 0, 15, 12))), offsetAt(tz, new Date(Date.UTC(year, 6, 15, 12))));
}

/** "HH:MM" → minutes after midnight, or null when malformed. */
export function minutesOfDay(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A client's core hours as minutes after UTC midnight; null when the client sets none. */
export function coreHoursUtc(tz: string | null, start: string | null, end: string | null): { start: number; end: number } | null {
  if (!tz || !start || !end || !isTimeZone(tz)) return null;
  const s = minutesOfDay(start);
  const e = minutesOfDay(end);
  if (s === null || e === null || e <= s) return null;
  const offset = standardUtcOffsetMinutes(tz);
  return { start: s - offset, end: e - offset };
}
