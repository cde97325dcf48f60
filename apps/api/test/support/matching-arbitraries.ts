import { CANDIDATE_KINDS, KINDS_BY_OPTION, RECOMMENDATION_OPTIONS, SENIORITIES, type CandidateKind, type RecommendationOption, type Seniority } from '@orchestra/shared';
import fc from 'fast-check';

/**
 * Generated roles and pools for the matching parity property (matching.int-spec.ts): values
 * inside what the API accepts (role-args.ts, candidate-args.ts) and the schema's checks, biased
 * towards the edges of each rule (exactly on budget, 14/15 and 28 days late, a full or empty
 * allocation) and, candidate by candidate, towards passing each hard constraint, so that a pool
 * holds eligible candidates as well as ones failing one or several constraints.
 */

/** How many skills of the seeded taxonomy a role and its pool draw from. */
export const PARITY_SKILL_COUNT = 6;
export const PARITY_CURRENCIES = ['EUR', 'GBP', 'USD', 'JPY'] as const;
/** Every zone this runtime knows, plus the ends of the offset table (−12:00 and +14:00). */
export const PARITY_TIME_ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT+12', 'Etc/GMT-14'];

export interface GeneratedRequiredSkill {
  /** Index into the parity skills. */
  skill: number;
  minLevel: number;
  mustHave: boolean;
  weight: number;
}

export interface GeneratedRole {
  optionType: RecommendationOption;
  seniority: Seniority;
  /** Days after the parity base date; null = no start date (matching then uses today). */
  startOffset: number | null;
  permanent: boolean;
  durationWeeks: number | null;
  allocation: number;
  budgetMaxMinor: number | null;
  currency: string;
  minOverlapHours: number;
  requiredSkills: GeneratedRequiredSkill[];
  client: { timeZone: string | null; coreHoursStart: string | null; coreHoursEnd: string | null };
}

export interface GeneratedPlacement {
  /** Days after the role's start (negative: before it). */
  startOffset: number;
  /** Length in days; null = open-ended. */
  days: number | null;
  allocation: number;
}

export type GeneratedConsent = 'none' | 'expired' | 'valid' | 'open-ended';

export interface GeneratedCandidate {
  kind: CandidateKind;
  seniority: Seniority;
  timeZone: string;
  /** availableFrom in days after the role's start. */
  availableOffset: number;
  allocation: number;
  /** Day rate and salary as % of the role's budget (of 100,000 minor units without one), ± 1 minor unit; null = none. */
  dayRate: { percent: number; jitter: number } | null;
  salary: { percent: number; jitter: number } | null;
  /** null = the role's currency. */
  currency: string | null;
  consent: GeneratedConsent;
  /** Level per parity skill, null = not held. */
  levels: readonly (number | null)[];
  /** Each on its own booking role. */
  placements: GeneratedPlacement[];
}

export interface ParityScenario {
  role: GeneratedRole;
  pool: GeneratedCandidate[];
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A client's zone and core hours, each possibly unset (either one missing means no core hours for
 * the model); when set, start < end as the client table requires.
 */
const clientArb = fc
  .record({
    timeZone: fc.option(fc.constantFrom(...PARITY_TIME_ZONES), { freq: 8 }),
    hours: fc.option(
      fc.record({
        start: fc.oneof(fc.integer({ min: 420, max: 660 }), fc.integer({ min: 0, max: 1438 })),
        length: fc.oneof(fc.integer({ min: 360, max: 600 }), fc.integer({ min: 1, max: 720 })),
      }),
      { freq: 6 },
    ),
  })
  .map(({ timeZone, hours }) => ({
    timeZone,
    coreHoursStart: hours ? hhmm(hours.start) : null,
    coreHoursEnd: hours ? hhmm(Math.min(hours.start + hours.length, 1439)) : null,
  }));

const roleArb: fc.Arbitrary<GeneratedRole> = fc
  .record({
    optionType: fc.constantFrom(...RECOMMENDATION_OPTIONS),
    seniority: fc.constantFrom(...SENIORITIES),
    startOffset: fc.option(fc.integer({ min: 0, max: 120 }), { freq: 8 }),
    permanent: fc.boolean(),
    durationWeeks: fc.option(fc.integer({ min: 1, max: 52 }), { freq: 6 }),
    allocation: fc.oneof(fc.constantFrom(20, 50, 80, 100), fc.integer({ min: 1, max: 100 })),
    budgetMaxMinor: fc.option(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.integer({ min: 1, max: 200_000 }) }), { freq: 5 }),
    currency: fc.constantFrom(...PARITY_CURRENCIES),
    minOverlapHours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }) }),
    requiredSkills: fc.uniqueArray(
      fc.record({
        skill: fc.integer({ min: 0, max: PARITY_SKILL_COUNT - 1 }),
        minLevel: fc.integer({ min: 1, max: 5 }),
        mustHave: fc.boolean(),
        weight: fc.integer({ min: 1, max: 10 }),
      }),
      { selector: (s) => s.skill, maxLength: 4 },
    ),
    client: clientArb,
  })
  .map((role) => ({ ...role, durationWeeks: role.permanent ? null : role.durationWeeks }));

const rateArb = fc.option(
  fc.record({ percent: fc.oneof(fc.constantFrom(0, 100, 150), fc.integer({ min: 0, max: 200 })), jitter: fc.integer({ min: -1, max: 1 }) }),
  { freq: 5 },
);

/** Mostly `likely` (what passes the constraint), otherwise anything. */
const mostly = <T>(likely: fc.Arbitrary<T>, any: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: likely }, { weight: 1, arbitrary: any });

/** A candidate for `role`, each hard constraint likely (about 4 in 5) to pass on its own. */
const candidateArb = (role: GeneratedRole): fc.Arbitrary<GeneratedCandidate> =>
  fc.record({
    kind: mostly(fc.constantFrom(...KINDS_BY_OPTION[role.optionType]), fc.constantFrom(...CANDIDATE_KINDS)),
    seniority: fc.constantFrom(...SENIORITIES),
    timeZone: role.client.timeZone === null ? fc.constantFrom(...PARITY_TIME_ZONES) : mostly(fc.constant(role.client.timeZone), fc.constantFrom(...PARITY_TIME_ZONES)),
    availableOffset: mostly(fc.oneof(fc.constantFrom(-1, 0, 1, 13, 14), fc.integer({ min: -60, max: 14 })), fc.oneof(fc.constantFrom(15, 27, 28, 29), fc.integer({ min: -60, max: 60 }))),
    allocation: mostly(fc.oneof(fc.constant(100), fc.integer({ min: role.allocation, max: 100 })), fc.oneof(fc.constantFrom(0, 50, 80), fc.integer({ min: 0, max: 100 }))),
    dayRate: rateArb,
    salary: rateArb,
    currency: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...PARITY_CURRENCIES) }),
    consent: mostly(fc.constantFrom<GeneratedConsent>('valid', 'open-ended'), fc.constantFrom<GeneratedConsent>('none', 'expired')),
    levels: fc.tuple(
      ...Array.from({ length: PARITY_SKILL_COUNT }, (_, skill) => {
        const required = role.requiredSkills.find((s) => s.skill === skill);
        const any = fc.option(fc.integer({ min: 1, max: 5 }), { freq: 3 });
        return required?.mustHave ? mostly(fc.integer({ min: required.minLevel, max: 5 }), any) : any;
      }),
    ),
    placements: fc.oneof(
      { weight: 2, arbitrary: fc.constant<GeneratedPlacement[]>([]) },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.record({
            startOffset: fc.integer({ min: -200, max: 400 }),
            days: fc.option(fc.integer({ min: 0, max: 200 }), { freq: 4 }),
            allocation: fc.integer({ min: 1, max: 100 }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      },
    ),
  });

export const parityScenarioArb: fc.Arbitrary<ParityScenario> = roleArb.chain((role) =>
  fc.array(candidateArb(role), { minLength: 1, maxLength: 10 }).map((pool) => ({ role, pool })),
);
