import { describe, expect, it } from '@jest/globals';
import { coreHoursUtc, isTimeZone, minutesOfDay, standardUtcOffsetMinutes } from './time-zone.js';

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('takes the standard (winter) offset, whatever the season', () => {
    expect(standardUtcOffsetMinutes('Europe/Berlin')).toBe(60);
    expect(standardUtcOffsetMinutes('Europe/London')).toBe(0);
    expect(standardUtcOffsetMinutes('America/New_York')).toBe(-300);
    expect(standardUtcOffsetMinutes('Asia/Kolkata')).toBe(330);
    // Southern hemisphere: +10 in July (winter there), +11 in January.
    expect(standardUtcOffsetMinutes('Australia/Sydney')).toBe(600);
  });

  it('turns core hours into minutes after UTC midnight', () => {
    expect(minutesOfDay('09:30')).toBe(570);
    expect(minutesOfDay('9:30')).toBeNull();
    // Berlin 09:00–17:00 is 08:00–16:00 UTC.
    expect(coreHoursUtc('Europe/Berlin', '09:00', '17:00')).toEqual({ start: 480, end: 960 });
    // New York 09:00–17:00 is 14:00–22:00 UTC.
    expect(coreHoursUtc('America/New_York', '09:00', '17:00')).toEqual({ start: 840, end: 1320 });
    expect(coreHoursUtc(null, '09:00', '17:00')).toBeNull();
    expect(coreHoursUtc('Europe/Berlin', '17:00', '09:00')).toBeNull();
  });
});
