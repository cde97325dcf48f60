import { describe, expect, it } from 'vitest';
import { addDays } from '@orchestra/shared';
import { daysSince } from './matchFormat';
import { formatMoneyRange, minorDigits, toMajor, toMinor } from './money';
import { placementDefaults } from './placementDefaults';

describe('money in minor units', () => {
  it('converts by the currency’s decimals', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('not a code')).toBe(2);
    expect(toMinor(650.5, 'EUR')).toBe(65050);
    expect(toMinor('650.505', 'EUR')).toBe(65051);
    expect(toMinor(650, 'JPY')).toBe(650);
    expect(toMinor('', 'EUR')).toBeNull();
    expect(toMinor('abc', 'EUR')).toBeNull();
    expect(toMajor(65050, 'EUR')).toBe(650.5);
    expect(toMajor(1234, 'KWD')).toBe(1.234);
    expect(toMajor(null, 'EUR')).toBeNull();
  });

  it('prints a band with open ends', () => {
    expect(formatMoneyRange(null, null, 'EUR')).toBe('—');
    expect(formatMoneyRange(60000, null, 'EUR')).toMatch(/^from .*600/);
    expect(formatMoneyRange(null, 75000, 'EUR')).toMatch(/^up to .*750/);
  });
});

describe('placement defaults', () => {
  it('start from the role, end after its duration, rate from the candidate', () => {
    expect(placementDefaults({ startDate: '2031-04-01', permanent: false, durationWeeks: 12, currency: 'EUR' }, { dayRateMinor: 72000, salaryMinor: 9000000, currency: 'GBP' })).toEqual({
      startDate: '2031-04-01',
      endDate: '2031-06-23',
      rate: '720',
      currency: 'GBP',
    });
  });

  it('use the yearly salary and no end for a permanent role, and leave an unknown rate empty', () => {
    expect(placementDefaults({ startDate: '2031-04-01', permanent: true, durationWeeks: null, currency: 'EUR' }, { dayRateMinor: 72000, salaryMinor: 9000000, currency: 'EUR' })).toEqual({
      startDate: '2031-04-01',
      endDate: '',
      rate: '90000',
      currency: 'EUR',
    });
    expect(placementDefaults({ startDate: '2031-04-01', currency: 'EUR' }, { currency: 'EUR' }).rate).toBe('');
  });
});

describe('formatting', () => {
  it('counts days', () => {
    expect(addDays('2031-02-27', 2)).toBe('2031-03-01');
    expect(daysSince('2031-03-01T00:00:00.000Z', Date.parse('2031-03-11T12:00:00.000Z'))).toBe(10);
  });
});
