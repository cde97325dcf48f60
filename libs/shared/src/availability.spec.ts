import { describe, expect, it } from '@jest/globals';
import { freeAllocationSegments } from './availability.js';

describe('freeAllocationSegments', () => {
  it('subtracts overlapping placements day by day, nothing before available from', () => {
    // 100% from 10 January; 60% booked February–March; 30% from 1 March on, open-ended.
    // January 1–9: not available → 0; January 10–31: 100; February: 100 − 60 = 40;
    // March: 100 − 60 − 30 = 10; from 1 April: 100 − 30 = 70, on and on.
    expect(
      freeAllocationSegments(
        100,
        '2027-01-10',
        [
          { startDate: '2027-02-01', endDate: '2027-03-31', allocation: 60 },
          { startDate: '2027-03-01', endDate: null, allocation: 30 },
        ],
        '2027-01-01',
      ),
    ).toEqual([
      { from: '2027-01-01', to: '2027-01-09', free: 0 },
      { from: '2027-01-10', to: '2027-01-31', free: 100 },
      { from: '2027-02-01', to: '2027-02-28', free: 40 },
      { from: '2027-03-01', to: '2027-03-31', free: 10 },
      { from: '2027-04-01', to: null, free: 70 },
    ]);
  });

  it('merges equal neighbours, never goes below 0, and ignores what ended before the start', () => {
    // 80% candidate: a past placement (ignored), 50% 1–14 June then 50% 15–30 June (merged: 30 free),
    // and an overbooking 100% in July → 0, not −20.
    expect(
      freeAllocationSegments(
        80,
        '2027-01-01',
        [
          { startDate: '2026-01-01', endDate: '2026-12-31', allocation: 80 },
          { startDate: '2027-06-01', endDate: '2027-06-14', allocation: 50 },
          { startDate: '2027-06-15', endDate: '2027-06-30', allocation: 50 },
          { startDate: '2027-07-01', endDate: '2027-07-31', allocation: 100 },
        ],
        '2027-05-01',
      ),
    ).toEqual([
      { from: '2027-05-01', to: '2027-05-31', free: 80 },
      { from: '2027-06-01', to: '2027-06-30', free: 30 },
      { from: '2027-07-01', to: '2027-07-31', free: 0 },
      { from: '2027-08-01', to: null, free: 80 },
    ]);
  });

  it('is one open-ended segment without placements', () => {
    expect(freeAllocationSegments(60, '2027-01-01', [], '2027-03-01')).toEqual([{ from: '2027-03-01', to: null, free: 60 }]);
  });
});
