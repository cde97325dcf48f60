import { describe, expect, it } from '@jest/globals';
import { Disclosure, isIdentifiable, OTHER_ROLES_GROUP, planDisclosure, redactQuote } from './anonymity.js';

const outcomes = (plan: ReturnType<typeof planDisclosure>) => Object.fromEntries(plan.seats.map((s) => [s.respondentRole, s.outcome]));

describe('planDisclosure', () => {
  it('shows every seat of at least k on its own', () => {
    const plan = planDisclosure(
      [
        { respondentRole: 'ENGINEER', respondents: 5 },
        { respondentRole: 'ENGINEERING_MANAGER', respondents: 3 },
      ],
      3,
    );
    expect(outcomes(plan)).toEqual({ ENGINEERING_MANAGER: 'SHOWN', ENGINEER: 'SHOWN' });
    // Standard seat order, not input order.
    expect(plan.groups.map((g) => [g.key, g.respondents])).toEqual([
      ['ENGINEERING_MANAGER', 3],
      ['ENGINEER', 5],
    ]);
    expect(plan.publishable).toBe(true);
    expect(plan.summary).toBe('Every seat has at least 3 respondents, so each is shown on its own.');
  });

  it('merges seats below k into Other roles when together they reach k', () => {
    // CTO 1 + Engineering manager 1 + Product 1 = 3 ≥ k = 3; Engineer 4 stays on its own.
    const plan = planDisclosure(
      [
        { respondentRole: 'CTO', respondents: 1 },
        { respondentRole: 'ENGINEERING_MANAGER', respondents: 1 },
        { respondentRole: 'PRODUCT', respondents: 1 },
        { respondentRole: 'ENGINEER', respondents: 4 },
      ],
      3,
    );
    expect(outcomes(plan)).toEqual({ CTO: 'MERGED', ENGINEERING_MANAGER: 'MERGED', PRODUCT: 'MERGED', ENGINEER: 'SHOWN' });
    expect(plan.groups).toEqual([
      { key: 'ENGINEER', label: 'Engineer', seats: ['ENGINEER'], respondents: 4 },
      { key: OTHER_ROLES_GROUP, label: 'Other roles', seats: ['CTO', 'ENGINEERING_MANAGER', 'PRODUCT'], respondents: 3 },
    ]);
    expect(plan.seats[0]!.reason).toBe('1 respondent: fewer than 3, so merged into Other roles with Engineering manager (1) and Product (1) (3 together).');
    expect(plan.summary).toBe('Breakdowns by seat show groups of at least 3: CTO (1), Engineering manager (1) and Product (1) are shown together as Other roles.');
    expect(plan.clientSummary).toBe('No breakdown shows a group of fewer than 3 people: CTO, Engineering manager and Product are shown together as Other roles.');
  });

  it('when the small seats stay below k, the smallest seat that reaches k joins them (no differencing)', () => {
    // Engineering manager 1 alone < 3. Showing Engineer (6) and Product (3) beside the overall mean
    // would give the manager's answer back, so Product (the smaller of the two) joins: 1 + 3 = 4.
    const plan = planDisclosure(
      [
        { respondentRole: 'ENGINEERING_MANAGER', respondents: 1 },
        { respondentRole: 'ENGINEER', respondents: 6 },
        { respondentRole: 'PRODUCT', respondents: 3 },
      ],
      3,
    );
    expect(outcomes(plan)).toEqual({ ENGINEERING_MANAGER: 'MERGED', ENGINEER: 'SHOWN', PRODUCT: 'MERGED' });
    expect(plan.groups.map((g) => [g.key, g.seats, g.respondents])).toEqual([
      ['ENGINEER', ['ENGINEER'], 6],
      [OTHER_ROLES_GROUP, ['ENGINEERING_MANAGER', 'PRODUCT'], 4],
    ]);
    expect(plan.seats.find((s) => s.respondentRole === 'PRODUCT')!.reason).toBe(
      "3 respondents: merged into Other roles with Engineering manager (1) (4 together), so that the smaller seats' answers cannot be worked out from the totals.",
    );
  });

  it('hides everything, and cannot be published, when fewer than k answered in all', () => {
    const plan = planDisclosure(
      [
        { respondentRole: 'CTO', respondents: 1 },
        { respondentRole: 'ENGINEER', respondents: 1 },
      ],
      3,
    );
    expect(outcomes(plan)).toEqual({ CTO: 'HIDDEN', ENGINEER: 'HIDDEN' });
    expect(plan.groups).toEqual([]);
    expect(plan.publishable).toBe(false);
    expect(plan.summary).toBe('Only 2 respondents answered; with an anonymity threshold of 3, the report cannot be shared with the client without exposing individuals.');
  });

  it('never uses a threshold below 2, and ignores empty seats', () => {
    const plan = planDisclosure(
      [
        { respondentRole: 'CTO', respondents: 1 },
        { respondentRole: 'ENGINEER', respondents: 2 },
        { respondentRole: 'PRODUCT', respondents: 0 },
      ],
      1,
    );
    expect(plan.threshold).toBe(2);
    expect(outcomes(plan)).toEqual({ CTO: 'MERGED', ENGINEER: 'MERGED' });
    expect(plan.groups.map((g) => g.key)).toEqual([OTHER_ROLES_GROUP]);
  });

  it('marks identifiable seats', () => {
    expect(isIdentifiable(1, 3)).toBe(true);
    expect(isIdentifiable(3, 3)).toBe(false);
    expect(isIdentifiable(0, 3)).toBe(false);
    expect(Disclosure.MERGED).toBe('MERGED');
  });
});

describe('redactQuote', () => {
  it('removes e-mail addresses, @-mentions and known names (full and parts, any case)', () => {
    const names = ['Ana Lopez', 'Bo Li', 'Jean-Luc Picard'];
    expect(redactQuote('Ask ana.lopez@northwind.example or @bo.li about it', names)).toBe('Ask [e-mail] or [name] about it');
    expect(redactQuote('ANA LOPEZ decides alone; Lopez never writes it down.', names)).toBe('[name] decides alone; [name] never writes it down.');
    expect(redactQuote('Jean-Luc said so', names)).toBe('[name] said so');
  });

  it('keeps words that only contain a name, short name parts, and names that are words in lower case', () => {
    // "Bo" is too short to redact on its own; "Analysis" merely starts with "Ana"; "will" is a word.
    expect(redactQuote('Analysis by Bo is fine', ['Ana Lopez', 'Bo Li'])).toBe('Analysis by Bo is fine');
    expect(redactQuote('We will ask Will.', ['Will Turner'])).toBe('We will ask [name].');
  });
});
