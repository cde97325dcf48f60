import { afterEach, describe, expect, it } from '@jest/globals';
import { addDays, DATE_FORMAT_OPTIONS, DAY_MS, daysBetween, daysFromNow, daysFromToday, formatDay, isIsoDay, isoDay, parseIsoDay, today } from './dates.js';

describe('DAY_MS', () => {
  it('is 24 hours', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});

describe('isIsoDay / parseIsoDay', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDay('2028-02-29')).toBe(true); // leap year
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2100-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isIsoDay('2000-02-29')).toBe(true); // divisible by 400
    expect(isIsoDay('2027-04-31')).toBe(false);
    expect(isIsoDay('2027-13-01')).toBe(false);
    expect(isIsoDay('2027-2-1')).toBe(false);
    expect(isIsoDay('2027-02-01T00:00:00Z')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('parses a day to its UTC midnight', () => {
    expect(parseIsoDay('2027-03-03').toISOString()).toBe('2027-03-03T00:00:00.000Z');
    expect(parseIsoDay('1970-01-02').getTime()).toBe(DAY_MS);
    expect(parseIsoDay('1969-12-31').getTime()).toBe(-DAY_MS);
    expect(() => parseIsoDay('2027-02-30')).toThrow(RangeError);
    expect(() => parseIsoDay('tomorrow')).toThrow(RangeError);
  });
});

describe('isoDay / today', () => {
  it('takes the UTC calendar day of an instant', () => {
    expect(isoDay(new Date('2027-03-03T00:00:00.000Z'))).toBe('2027-03-03');
    expect(isoDay(new Date('2027-03-03T23:59:59.999Z'))).toBe('2027-03-03');
    expect(isoDay(new Date('2027-03-04T01:30:00+01:00'))).toBe('2027-03-04'); // 00:30 UTC
    // 00:30 in Berlin on 4 March is still 3 March in UTC.
    expect(isoDay(new Date('2027-03-04T00:30:00+01:00'))).toBe('2027-03-03');
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay(DAY_MS - 1)).toBe('1970-01-01');
  });

  it('today is the UTC day of now', () => {
    expect(today(Date.UTC(2027, 11, 31, 23, 59))).toBe('2027-12-31');
    expect(today(new Date('2028-01-01T00:00:00Z'))).toBe('2028-01-01');
    expect(today()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-04-30', 1)).toBe('2027-05-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-12-25', 14)).toBe('2028-01-08');
    expect(addDays('2027-03-03', 0)).toBe('2027-03-03');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01'); // 2027 has 365 days
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01'); // 2028 has 366
  });

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2031-02-27', 2)).toBe('2031-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('goes back with a negative n', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-01-01', -1)).toBe('2027-12-31');
    expect(addDays('2027-03-10', -14)).toBe('2027-02-24');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    expect(addDays('0100-01-01', -1)).toBe('0099-12-31'); // two-digit years are not 19xx
  });

  it('takes a Date as its UTC day', () => {
    expect(addDays(new Date('2027-12-31T23:59:59.999Z'), 1)).toBe('2028-01-01');
    expect(addDays(new Date('2027-03-04T00:30:00+01:00'), 1)).toBe('2027-03-04');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2027-3-1', 1)).toThrow(RangeError);
  });
});

describe('daysFromToday / daysFromNow', () => {
  const now = Date.UTC(2027, 11, 31, 22, 0); // 31 December 2027, 22:00 UTC

  it('counts calendar days from the UTC today', () => {
    expect(daysFromToday(0, now)).toBe('2027-12-31');
    expect(daysFromToday(1, now)).toBe('2028-01-01');
    expect(daysFromToday(-365, now)).toBe('2026-12-31');
    expect(daysFromToday(60, new Date('2028-01-01T00:00:00Z'))).toBe('2028-03-01'); // 31 + 29
  });

  it('matches what the old hand-rolled helper gave, for any time of day', () => {
    for (const t of [now, Date.UTC(2027, 2, 28, 0, 30), Date.UTC(2027, 9, 31, 23, 59)]) {
      for (const n of [-400, -1, 0, 1, 7, 14, 366]) {
        expect(daysFromToday(n, t)).toBe(new Date(t + n * DAY_MS).toISOString().slice(0, 10));
      }
    }
  });

  it('moves an instant by whole 24-hour days', () => {
    expect(daysFromNow(1, now).toISOString()).toBe('2028-01-01T22:00:00.000Z');
    expect(daysFromNow(-5, now).toISOString()).toBe('2027-12-26T22:00:00.000Z');
    expect(daysFromNow(0.5, now).toISOString()).toBe('2028-01-01T10:00:00.000Z');
    const before = Date.now();
    const t = daysFromNow(2).getTime();
    expect(t - 2 * DAY_MS).toBeGreaterThanOrEqual(before);
    expect(t - 2 * DAY_MS).toBeLessThanOrEqual(Date.now());
  });
});

describe('daysBetween', () => {
  it('counts whole UTC days, negative when `to` is earlier', () => {
    expect(daysBetween('2027-02-01', '2027-03-03')).toBe(30); // 27 days left in February + 3
    expect(daysBetween('2027-03-03', '2027-02-01')).toBe(-30);
    expect(daysBetween('2027-02-01', '2027-02-01')).toBe(0);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2); // leap year: 29 February
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2); // across the European DST change
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
  });

  it('rejects anything but a YYYY-MM-DD calendar date', () => {
    expect(() => daysBetween('2027-02-30', '2027-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2027-2-1', '2027-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2027-02-01T00:00:00Z', '2027-03-01')).toThrow(RangeError);
  });
});

describe('formatDay', () => {
  it('writes the house format, en-GB by default', () => {
    expect(formatDay('2027-03-03')).toBe('3 March 2027');
    expect(formatDay('2028-02-29')).toBe('29 February 2028');
    expect(formatDay('2027-12-31')).toBe('31 December 2027');
    expect(formatDay('2027-03-03', 'en-US')).toBe('March 3, 2027');
    expect(() => formatDay('2027-02-30')).toThrow(RangeError);
  });

  it('is the same options the admin formats instants with', () => {
    expect(new Date(Date.UTC(2027, 2, 3, 12)).toLocaleDateString('en-GB', { ...DATE_FORMAT_OPTIONS, timeZone: 'UTC' })).toBe(formatDay('2027-03-03'));
  });
});

describe('the local time zone does not matter', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('gives the same days in %s, across DST changes', (tz) => {
    process.env['TZ'] = tz;
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // EU spring forward on 28 March 2027
    expect(addDays('2027-03-13', 2)).toBe('2027-03-15'); // US spring forward on 14 March 2027
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01'); // EU fall back on 31 October 2027
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(parseIsoDay('2027-03-28').toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(formatDay('2027-03-28')).toBe('28 March 2027');
    expect(daysFromToday(1, Date.UTC(2027, 2, 27, 23, 30))).toBe('2027-03-28');
  });
});
