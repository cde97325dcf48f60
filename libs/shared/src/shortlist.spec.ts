import { describe, expect, it } from '@jest/globals';
import { rateAgainstBudget, shortlistAlias, shortlistAnswerProblems, shortlistAnswerReason, tallyShortlist } from './shortlist.js';

const NOW = new Date('2027-01-10T12:00:00Z');
const budget = { currency: 'EUR', budgetCurrency: 'EUR', permanent: false };

describe('shortlists', () => {
  it('names a submitted candidate by a letter from the match and their place in the role, never the same twice in a role', () => {
    const id = '5de43eee-6079-4788-85af-35b0a2e21bcb';
    expect(shortlistAlias(id, 0)).toMatch(/^Candidate [A-HJ-NP-Z]-10$/);
    expect(shortlistAlias(id, 0)).toBe(shortlistAlias(id, 0));
    expect(shortlistAlias(id, 27).endsWith('-37')).toBe(true);
  });

  it('puts the rate against the budget band in words', () => {
    expect(rateAgainstBudget({ ...budget, rateMinor: 65000, budgetMinMinor: 60000, budgetMaxMinor: 80000 })).toBe('€650/day, within the €600–€800 budget');
    // (900 − 800) / 800 = 12.5 % → 13 %.
    expect(rateAgainstBudget({ ...budget, rateMinor: 90000, budgetMinMinor: 60000, budgetMaxMinor: 80000 })).toBe('€900/day, 13% above the €600–€800 budget');
    expect(rateAgainstBudget({ ...budget, rateMinor: 50000, budgetMinMinor: 60000, budgetMaxMinor: 80000 })).toBe('€500/day, below the €600–€800 budget');
    expect(rateAgainstBudget({ ...budget, rateMinor: 70000, budgetMinMinor: null, budgetMaxMinor: 80000 })).toBe('€700/day, within the €800 budget');
    expect(rateAgainstBudget({ ...budget, permanent: true, rateMinor: 9500000, budgetMinMinor: null, budgetMaxMinor: 9000000 })).toBe('€95,000/year, 6% above the €90,000 budget');
    expect(rateAgainstBudget({ ...budget, rateMinor: null, budgetMinMinor: null, budgetMaxMinor: 80000 })).toBe('No rate given yet');
    expect(rateAgainstBudget({ ...budget, rateMinor: 65000, budgetMinMinor: null, budgetMaxMinor: null })).toBe('€650/day; the role has no budget set');
    expect(rateAgainstBudget({ ...budget, currency: 'GBP', rateMinor: 65000, budgetMinMinor: null, budgetMaxMinor: 80000 })).toBe('£650/day; the budget is in EUR');
  });

  it('asks for slots with an interview request and a reason with "not now" or "no", naming the field', () => {
    const at = (iso: string) => [iso];
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', slots: at('2027-01-12T10:00:00Z') }, NOW)).toEqual({});
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', slots: [] }, NOW)).toEqual({ slots: 'must propose 1 to 5 interview times' });
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', slots: at('2027-01-10T11:00:00Z') }, NOW)).toEqual({ slots: 'must all be in the future' });
    // 90 days after 10 January at noon is 10 April at noon.
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', slots: at('2027-04-10T12:00:00Z') }, NOW)).toEqual({});
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', slots: at('2027-04-10T12:00:01Z') }, NOW)).toEqual({ slots: 'must all be within the next 90 days' });
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', slots: ['2027-01-12T10:00:00Z', '2027-01-12T10:00:00.000Z'] }, NOW)).toEqual({ slots: 'must not repeat a time' });
    expect(shortlistAnswerProblems({ answer: 'INTERESTED', reason: 'BUDGET', slots: at('2027-01-12T10:00:00Z') }, NOW)).toEqual({ reason: 'is only for "Not now" or "No"' });
    expect(shortlistAnswerProblems({ answer: 'NO' }, NOW)).toEqual({ reason: 'is required to answer "No": pick the closest reason' });
    expect(shortlistAnswerProblems({ answer: 'NOT_NOW' }, NOW)).toEqual({ reason: 'is required to answer "Not now": pick the closest reason' });
    expect(shortlistAnswerProblems({ answer: 'NO', reason: 'OTHER', note: ' ' }, NOW)).toEqual({ note: 'is required when the reason is "Other": say what it is' });
    expect(shortlistAnswerProblems({ answer: 'NO', reason: 'BUDGET', slots: at('2027-01-12T10:00:00Z') }, NOW)).toEqual({ slots: 'are only for requesting an interview' });
  });

  it('counts a role’s answers for the recruiter in one sentence', () => {
    expect(tallyShortlist([{ answer: null, reason: null }])).toMatchObject({ submitted: 1, answered: 0, summary: '' });
    const three = tallyShortlist([
      { answer: 'NO', reason: 'BUDGET' },
      { answer: 'NO', reason: 'BUDGET' },
      { answer: 'NO', reason: 'SKILLS' },
    ]);
    expect(three).toEqual({ submitted: 3, answered: 3, interested: 0, notNow: 0, declined: 3, reasons: [{ reason: 'BUDGET', count: 2 }, { reason: 'SKILLS', count: 1 }], summary: '2 of 3 declined on budget' });
    expect(
      tallyShortlist([
        { answer: 'INTERESTED', reason: null },
        { answer: 'NOT_NOW', reason: 'AVAILABILITY' },
        { answer: null, reason: null },
      ]).summary,
    ).toBe('1 of 2 deferred on availability; 1 asked for an interview; 1 not answered yet');
  });

  it('writes the history line of an answer', () => {
    expect(shortlistAnswerReason('NO', 'Nora', 'Budget', 'Above our band')).toBe('Declined by Nora: Budget — Above our band');
    expect(shortlistAnswerReason('INTERESTED', 'Nora', null, null)).toBe('Interview requested by Nora');
    expect(shortlistAnswerReason('NOT_NOW', 'Nora', 'Availability', '  ')).toBe('Not now, says Nora: Availability');
  });
});
