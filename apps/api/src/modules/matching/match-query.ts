import {
  AVAILABILITY_TOLERANCE_DAYS,
  BUDGET_OVERRUN,
  KINDS_BY_OPTION,
  LATE_ZERO_DAYS,
  MATCH_FACTORS,
  MATCH_WEIGHTS,
  SENIORITIES,
  SKILL_LEVEL_CAP,
  overlapMinutes,
  seniorityFit,
  timeZoneFit,
  type MatchFactorName,
  type MatchRoleInput,
  addDays,
} from '@orchestra/shared';
import { CONSENT_VALID_SQL } from '../candidate/candidate.service.js';

/** Every UTC offset in use is a multiple of 15 minutes between −12:00 and +14:00. */
const OFFSET_MIN = -720;
const OFFSET_STEP = 15;
const OFFSETS = Array.from({ length: (840 - OFFSET_MIN) / OFFSET_STEP + 1 }, (_, i) => OFFSET_MIN + i * OFFSET_STEP);

/** A role's matching inputs plus what SQL needs: skill numbers and the booking window. */
export interface RoleMatchContext {
  input: MatchRoleInput;
  /** skill.no of each required skill, in requiredSkills order. */
  skillNos: number[];
  windowStart: string;
  /** Null for a permanent role: any later booking overlaps. */
  windowEnd: string | null;
}

/**
 * The table matching reads: the candidate's matching columns only, kept in step by triggers on
 * the candidate (see the candidate-match migration), with `skillLevels` as one nibble per skill.no.
 */
export const MATCH_TABLE = 'candidate_match';

/**
 * The SQL half of the matching model (libs/shared/src/matching.ts is the other half, and the
 * truth): hard constraints as indexable predicates, and the score as one expression over a
 * candidate row, so the database ranks the pool without loading it. Values that are functions
 * of one small input (seniority step, UTC offset) are tabulated from the shared functions
 * themselves, so the two halves cannot drift; an integration test compares them on a pool.
 *
 * Expects the candidate's matching row (MATCH_TABLE) as `c` and its booked allocation in the
 * window as `b.booked`.
 */
export class MatchQuery {
  readonly params: unknown[] = [];

  constructor(readonly ctx: RoleMatchContext) {}

  param(value: unknown, cast = ''): string {
    this.params.push(value);
    return `$${this.params.length}${cast}`;
  }

  /** LEFT JOIN giving `b.booked`: allocation already placed in the role's window. */
  bookedJoin(): string {
    const start = this.param(this.ctx.windowStart, '::date');
    const end = this.param(this.ctx.windowEnd, '::date');
    return `LEFT JOIN (SELECT p."candidateId", sum(p.allocation)::int AS booked FROM placement p
              WHERE p."startDate" <= coalesce(${end}, 'infinity'::date) AND coalesce(p."endDate", 'infinity'::date) >= ${start}
              GROUP BY p."candidateId") b ON b."candidateId" = c.id`;
  }

  /** The level (0–5) of the skill numbered `no`, as SQL (a nibble of `skillLevels`); 0 when not held (or no such skill). */
  level(no: number): string {
    if (no < 1) return '0';
    const byte = (no - 1) >> 1;
    return `(CASE WHEN octet_length(c."skillLevels") > ${byte} THEN get_byte(c."skillLevels", ${byte}) ${(no - 1) % 2 === 0 ? '>> 4' : '& 15'} ELSE 0 END)`;
  }

  /**
   * Each hard constraint as a boolean SQL expression that holds when the candidate passes it.
   * Cheap per row (a byte lookup per must-have, hashed `= ANY` lists): the queries read the pool.
   */
  constraints(): { constraint: string; sql: string }[] {
    const { input, skillNos } = this.ctx;
    const out = [
      { constraint: 'CONSENT', sql: CONSENT_VALID_SQL('c') },
      { constraint: 'KIND', sql: `c.kind = ANY(${this.param([...KINDS_BY_OPTION[input.optionType]], '::text[]')})` },
      { constraint: 'AVAILABILITY', sql: `c."availableFrom" <= ${this.param(addDays(input.startDate, AVAILABILITY_TOLERANCE_DAYS), '::date')}` },
      { constraint: 'ALLOCATION', sql: `c.allocation - coalesce(b.booked, 0) >= ${this.param(input.allocation, '::int')}` },
    ];
    // Must-haves: level ≥ min (levels are 0–5).
    input.requiredSkills.forEach((s, i) => {
      if (!s.mustHave) return;
      out.push({ constraint: 'SKILL', sql: `${this.level(skillNos[i]!)} >= ${Math.max(s.minLevel, 1)}` });
    });
    if (input.clientCoreUtc && input.minOverlapHours > 0) {
      const core = input.clientCoreUtc;
      const allowed = OFFSETS.filter((o) => overlapMinutes(o, core) >= input.minOverlapHours * 60);
      out.push({ constraint: 'TIME_ZONE', sql: `c."utcOffsetMinutes" = ANY(${this.param(allowed, '::int[]')})` });
    }
    return out;
  }

  /** How many of these constraints the candidate fails, as SQL. */
  failed(constraints: { sql: string }[]): string {
    return constraints.length ? `(${constraints.map((c) => `(NOT ${c.sql})::int`).join(' + ')})` : '0';
  }

  /**
   * Each factor's value (0–1, unrounded) as SQL, in float8 (numeric arithmetic costs more over a
   * large pool). Parameters are added in `MATCH_FACTORS` order.
   */
  factors(): Record<MatchFactorName, string> {
    const { input, skillNos } = this.ctx;
    const totalWeight = input.requiredSkills.reduce((sum, s) => sum + s.weight, 0);
    const skills =
      input.requiredSkills.length && totalWeight > 0
        ? `((${input.requiredSkills
            .map((s, i) => `${s.weight}::float8 * least(${this.level(skillNos[i]!)}::float8 / ${Math.max(s.minLevel, 1)}, ${SKILL_LEVEL_CAP})`)
            .join(' + ')}) / ${SKILL_LEVEL_CAP * totalWeight})`
        : '1';
    // The rank column is the candidate's position in SENIORITIES (the talent-pool migration builds it from the same constant).
    const roleRank = SENIORITIES.indexOf(input.seniority);
    const seniority = `(${this.param(SENIORITIES.map((_, rank) => seniorityFit(rank - roleRank)), '::float8[]')})[c."seniorityRank" + 1]`;
    const availability = `greatest(0, 1 - greatest(0, c."availableFrom" - ${this.param(input.startDate, '::date')})::float8 / ${LATE_ZERO_DAYS})`;
    const rate = input.permanent ? 'c."salaryMinor"' : 'c."dayRateMinor"';
    const max = input.budgetMaxMinor;
    const budget =
      max === null
        ? '0.5'
        : `(CASE WHEN ${rate} IS NULL OR c.currency <> ${this.param(input.currency, '::text')} THEN 0.5 WHEN ${rate} <= ${max} THEN 1 ${max <= 0 ? 'ELSE 0' : `ELSE greatest(0, ${BUDGET_OVERRUN.first} * (1 - (${rate} - ${max})::float8 / ${max} / ${BUDGET_OVERRUN.zeroAt}))`} END)`;
    const core = input.clientCoreUtc;
    const timeZone = core
      ? `coalesce((${this.param(OFFSETS.map((o) => timeZoneFit(o, core)), '::float8[]')})[(c."utcOffsetMinutes" - (${OFFSET_MIN})) / ${OFFSET_STEP} + 1], 0)`
      : '1';
    return { skills, seniority, availability, budget, timeZone };
  }

  /** The model's score (0–100, unrounded) as SQL: 100 × Σ weight × factor. */
  score(): string {
    const factors = this.factors();
    return `(100 * (${MATCH_FACTORS.map((f) => `${MATCH_WEIGHTS[f]} * ${factors[f]}`).join(' + ')}))`;
  }

  /** The required skills' levels of `c`, in requiredSkills order (0 when missing). */
  levels(): string {
    return this.ctx.skillNos.length ? `ARRAY[${this.ctx.skillNos.map((no) => this.level(no)).join(', ')}]::int[]` : `'{}'::int[]`;
  }
}
