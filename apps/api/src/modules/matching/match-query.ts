import {
  AVAILABILITY_TOLERANCE_DAYS,
  CANDIDATE_KINDS,
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
  MatchConstraint,
  type CandidateKind,
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
  /**
   * Candidates whose placements in the window leave them less free allocation than the role asks
   * (a few, from the placements): the allocation constraint then reads the candidate's row alone,
   * with no join to the placements per candidate of the pool.
   */
  overbooked: string[];
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
 * Expects the candidate's matching row (MATCH_TABLE) as `c`; the hard constraints and the score
 * read nothing else, so a query over the pool is one scan with its filter in it (bookedJoin gives
 * a page's free allocation).
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
   * Cheap per row, because the queries read the whole pool: a byte lookup per must-have, the kind
   * compared with the shorter of the allowed and the refused lists, and the UTC offsets as ranges
   * rather than a list (an offset list scan was the dearest constraint at a million candidates).
   */
  constraints(): { constraint: MatchConstraint; sql: string }[] {
    const { input, skillNos } = this.ctx;
    const out: { constraint: MatchConstraint; sql: string }[] = [
      { constraint: MatchConstraint.CONSENT, sql: CONSENT_VALID_SQL('c') },
      { constraint: MatchConstraint.KIND, sql: this.kindIn(KINDS_BY_OPTION[input.optionType]) },
      { constraint: MatchConstraint.AVAILABILITY, sql: `c."availableFrom" <= ${this.param(addDays(input.startDate, AVAILABILITY_TOLERANCE_DAYS), '::date')}` },
      {
        constraint: MatchConstraint.ALLOCATION,
        sql: this.ctx.overbooked.length
          ? `(c.allocation >= ${this.param(input.allocation, '::int')} AND c.id <> ALL(${this.param(this.ctx.overbooked, '::uuid[]')}))`
          : `c.allocation >= ${this.param(input.allocation, '::int')}`,
      },
    ];
    // Must-haves: level ≥ min (levels are 0–5).
    input.requiredSkills.forEach((s, i) => {
      if (!s.mustHave) return;
      out.push({ constraint: MatchConstraint.SKILL, sql: `${this.level(skillNos[i]!)} >= ${Math.max(s.minLevel, 1)}` });
    });
    if (input.clientCoreUtc && input.minOverlapHours > 0) {
      const core = input.clientCoreUtc;
      const allowed = OFFSETS.filter((o) => overlapMinutes(o, core) >= input.minOverlapHours * 60);
      out.push({ constraint: MatchConstraint.TIME_ZONE, sql: this.offsetIn(allowed) });
    }
    return out;
  }

  /** `c.kind` is one of these (the column's check constraint allows CANDIDATE_KINDS only, so the complement can be tested instead). */
  private kindIn(kinds: readonly CandidateKind[]): string {
    const refused = CANDIDATE_KINDS.filter((k) => !kinds.includes(k));
    const [op, list] = refused.length < kinds.length ? (['<>', refused] as const) : (['=', kinds] as const);
    if (!list.length) return op === '<>' ? 'true' : 'false';
    return list.length === 1 ? `c.kind ${op} ${this.param(list[0], '::text')}` : `c.kind ${op} ${op === '=' ? 'ANY' : 'ALL'}(${this.param([...list], '::text[]')})`;
  }

  /** `c."utcOffsetMinutes"` is one of these offsets (ascending, OFFSET_STEP apart within a run), as one range per run. */
  private offsetIn(offsets: number[]): string {
    const runs: [number, number][] = [];
    for (const o of offsets) {
      const last = runs.at(-1);
      if (last && o === last[1] + OFFSET_STEP) last[1] = o;
      else runs.push([o, o]);
    }
    if (!runs.length) return 'false';
    const ranges = runs.map(([from, to]) => `c."utcOffsetMinutes" BETWEEN ${this.param(from, '::int')} AND ${this.param(to, '::int')}`);
    return ranges.length === 1 ? ranges[0]! : `(${ranges.join(' OR ')})`;
  }

  /** How many of these constraints the candidate fails, as SQL. */
  failed(constraints: { sql: string }[]): string {
    return constraints.length ? `(${constraints.map((c) => `(NOT ${c.sql})::int`).join(' + ')})` : '0';
  }

  /**
   * One boolean column per constraint (`f0`, `f1`, …), true when the candidate fails it: what the
   * pool is grouped by to count failures. The planner reckons two groups per boolean column, so it
   * aggregates in parallel; one integer key made of the same flags looks to it like a group per
   * row, and it then aggregates the whole pool in one process.
   */
  failureColumns(constraints: { sql: string }[]): string {
    return constraints.map((c, i) => `(NOT ${c.sql}) AS f${i}`).join(', ');
  }

  /**
   * Holds when the candidate fails between `low` and `high` of these constraints. For exactly one
   * (the first page of near misses) a chain that stops at the second failure, so give the
   * constraints most often failed first: most of the pool is then rejected after two or three.
   */
  failsBetween(constraints: { sql: string }[], low: number, high: number): string {
    if (low === 1 && high === 1 && constraints.length) {
      const exactlyOne = (cs: { sql: string }[]): string =>
        cs.length === 1 ? `NOT ${cs[0]!.sql}` : `CASE WHEN NOT ${cs[0]!.sql} THEN ${cs.slice(1).map((c) => c.sql).join(' AND ')} ELSE ${exactlyOne(cs.slice(1))} END`;
      return `(${exactlyOne(constraints)})`;
    }
    return `${this.failed(constraints)} BETWEEN ${this.param(low, '::int')} AND ${this.param(high, '::int')}`;
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
