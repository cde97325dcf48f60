import { describe, expect, it } from '@jest/globals';
import { sqlOrdinal, sqlValueList } from './sql-enum.js';

describe('sql-enum', () => {
  it('lists values for IN (…)', () => {
    expect(sqlValueList(['A', 'B_C', 'D1'])).toBe(`'A', 'B_C', 'D1'`);
  });

  it('writes an ordinal with the last value as the ELSE branch', () => {
    expect(sqlOrdinal('stage', ['LOW', 'MID', 'HIGH'])).toBe(`(CASE "stage" WHEN 'LOW' THEN 0 WHEN 'MID' THEN 1 ELSE 2 END)`);
  });

  it('refuses anything that is not an enumeration value, and ordinals of fewer than two values', () => {
    expect(() => sqlValueList(["A'; DROP TABLE x; --"])).toThrow(RangeError);
    expect(() => sqlValueList(['lower'])).toThrow(RangeError);
    expect(() => sqlOrdinal('x', ['ONLY'])).toThrow(RangeError);
  });
});
