/**
 * Matching (DESIGN §6): role → candidates, as pure, deterministic, versioned rules.
 *
 * A candidate either fails hard constraints (and is listed with them, not ranked) or is scored from
 * five weighted factors. Every factor carries its value (0–1), weight, contribution (value × weight
 * × 100) and a sentence: that list *is* the explanation of the score. The API's SQL ranking mirrors
 * these formulas, so change them only together — and bump `MATCH_MODEL_VERSION`.
 *
 * Model `match-2026.12.1`:
 * - Hard constraints, in this order: CONSENT (valid consent); KIND (`KINDS_BY_OPTION`);
 *   AVAILABILITY (availableFrom ≤ start + `AVAILABILITY_TOLERANCE_DAYS`); ALLOCATION (free
 *   allocation ≥ the role's); SKILL (one failure per must-have skill below its minimum, a missing
 *   skill counting as level 0); TIME_ZONE (overlap with the client's core hours ≥ the role's
 *   minimum; never fails when the client has no core hours).
 * - skills (0.45): Σ w · min(level / max(min, 1), 1.25) / (1.25 · Σ w); a role with no required
 *   skills (or no positive total weight) → 1. A missing skill is level 0. A minimum below 1 counts
 *   as 1 (levels run 1–5), so the ratio is always defined.
 * - seniority (0.15): `seniorityFit(candidate position − role position)` in `SENIORITIES`: one level
 *   above the role costs nothing (the budget factor prices it), two or more above 0.6.
 * - availability (0.15): max(0, 1 − daysLate / 28), daysLate = max(0, availableFrom − start).
 * - budget (0.15): rate = salary when the role is permanent, day rate otherwise; no rate or no
 *   budget → 0.5; rate ≤ budget → 1; above it, over = (rate − budget) / budget →
 *   max(0, `BUDGET_OVERRUN.first` · (1 − over / `BUDGET_OVERRUN.zeroAt`)) (see there for why).
 * - time zone (0.10): no client core hours → 1; else min(1, overlap minutes / 480).
 *
 * Rounding (half away from zero, `roundTo`): a factor's value to 3 decimals and its contribution to
 * 1 decimal, for display; the score is the sum of the *unrounded* contributions, rounded once to 1
 * decimal. So the rounded contributions may not add up to the score exactly (by 0.1 or 0.2).
 *
 * Dates are `YYYY-MM-DD` calendar dates, compared and formatted in UTC.
 */
import { addDays, daysBetween, formatDay } from './dates.js';
import { wordList } from './labels.js';
import { type RecommendationOption } from './recommendation.js';
import { roundTo } from './scoring.js';
import { CandidateKind, type Seniority, SENIORITIES } from './talent.js';

/** The version of the model below; stored with every match score it produces. */
export const MATCH_MODEL_VERSION = 'match-2026.12.1';

export const MATCH_WEIGHTS = { skills: 0.45, seniority: 0.15, availability: 0.15, budget: 0.15, timeZone: 0.1 } as const;
export type MatchFactorName = keyof typeof MATCH_WEIGHTS;
/** The order factors are listed in. */
export const MATCH_FACTORS: readonly MatchFactorName[] = ['skills', 'seniority', 'availability', 'budget', 'timeZone'];
export const MATCH_FACTOR_LABELS: Readonly<Record<MatchFactorName, string>> = {
  skills: 'Skills',
  seniority: 'Seniority',
  availability: 'Availability',
  budget: 'Budget',
  timeZone: 'Time zone',
};

/** Hard constraint: available at most this many days after the role's start. */
export const AVAILABILITY_TOLERANCE_DAYS = 14;
/** Availability value falls linearly to 0 at this many days late. */
export const LATE_ZERO_DAYS = 28;
/** A skill above its minimum counts for at most 1.25 × the minimum. */
export const SKILL_LEVEL_CAP = 1.25;
/** Candidates work 09:00–17:00 local time (minutes after local midnight). */
export const CANDIDATE_DAY_START_MIN = 540;
export const CANDIDATE_DAY_END_MIN = 1020;
/** Overlap at which the time-zone value reaches 1 (a full 8-hour day). */
export const FULL_OVERLAP_MIN = 480;
const DAY_MIN = 1440;

/**
 * Seniority value by (candidate position − role position) in `SENIORITIES`. One level above is
 * not a penalty: a lead in a senior role is a stronger hire, and what it costs more is the budget
 * factor's business. Two or more above is: engagement leads see such people leave a role below
 * their level early.
 */
export const SENIORITY_FIT = { same: 1, oneAbove: 1, twoOrMoreAbove: 0.6, oneBelow: 0.4, twoOrMoreBelow: 0 } as const;

/** d = candidate position − role position: 0 → 1, +1 → 1, ≥ +2 → 0.6, −1 → 0.4, ≤ −2 → 0. */
export function seniorityFit(difference: number): number {
  if (difference === 0) return SENIORITY_FIT.same;
  if (difference === 1) return SENIORITY_FIT.oneAbove;
  if (difference >= 2) return SENIORITY_FIT.twoOrMoreAbove;
  if (difference === -1) return SENIORITY_FIT.oneBelow;
  return SENIORITY_FIT.twoOrMoreBelow;
}

/**
 * The budget factor above the budget. A client's budget is approved before the search starts, so
 * any rate above it sends the client back for approval: the first unit over costs a fifth of the
 * factor (`first` 0.8), and the value falls to nothing at 20 % over (`zeroAt`), past which clients
 * rarely stretch. 5.6 % over costs 6.4 of 100 points (1.7 in match-2026.11).
 */
export const BUDGET_OVERRUN = { first: 0.8, zeroAt: 0.2 } as const;

/** over = (rate − budget) / budget > 0 → max(0, 0.8 · (1 − over / 0.2)). */
export function budgetOverrunFit(over: number): number {
  return Math.max(0, BUDGET_OVERRUN.first * (1 - over / BUDGET_OVERRUN.zeroAt));
}

/** Which kinds of candidate can fill a role drafted from each option. */
export const KINDS_BY_OPTION: Readonly<Record<RecommendationOption, readonly CandidateKind[]>> = {
  REVIEW: [CandidateKind.BENCH, CandidateKind.ASSOCIATE],
  AUGMENTATION: [CandidateKind.BENCH, CandidateKind.ASSOCIATE, CandidateKind.CONTRACTOR],
  SPECIALIST_TEAM: [CandidateKind.BENCH, CandidateKind.ASSOCIATE, CandidateKind.CONTRACTOR],
  HIRE: [CandidateKind.PERMANENT_SEEKER],
};

export const MatchConstraint = {
  CONSENT: 'CONSENT',
  KIND: 'KIND',
  AVAILABILITY: 'AVAILABILITY',
  ALLOCATION: 'ALLOCATION',
  SKILL: 'SKILL',
  TIME_ZONE: 'TIME_ZONE',
} as const;
export type MatchConstraint = (typeof MatchConstraint)[keyof typeof MatchConstraint];
/** Also the order failures are reported in. */
export const MATCH_CONSTRAINTS: readonly MatchConstraint[] = Object.values(MatchConstraint);

export interface MatchRequiredSkill {
  skillId: string;
  /** The skill's name, for sentences. */
  skill: string;
  minLevel: number;
  mustHave: boolean;
  weight: number;
}

export interface MatchRoleInput {
  optionType: RecommendationOption;
  requiredSkills: readonly MatchRequiredSkill[];
  seniority: Seniority;
  /** YYYY-MM-DD (the caller passes today when the role has none). */
  startDate: string;
  /** % the role needs. */
  allocation: number;
  /** Budget compares `salaryMinor` when true, `dayRateMinor` otherwise. */
  permanent: boolean;
  budgetMaxMinor: number | null;
  currency: string;
  /** 0–8. */
  minOverlapHours: number;
  /** The client's core hours in minutes after UTC midnight (may be negative or > 1440 before wrapping); null = client has none. */
  clientCoreUtc: { start: number; end: number } | null;
}

export interface MatchCandidateInput {
  kind: CandidateKind;
  seniority: Seniority;
  /** YYYY-MM-DD. */
  availableFrom: string;
  /** % free in the role's window (after placements). */
  freeAllocation: number;
  dayRateMinor: number | null;
  salaryMinor: number | null;
  /** Currency of the rate and salary; left out, the role's. A rate in another currency is not compared. */
  currency?: string;
  /** e.g. +60 for Europe/Berlin in winter. */
  utcOffsetMinutes: number;
  consentValid: boolean;
  /** When consent is not valid, why: null when none was given, else the day it expired (YYYY-MM-DD); left out, not said. */
  consentExpiredOn?: string | null;
  /** skillId → level 1–5. */
  skills: Readonly<Record<string, number>>;
}

export interface MatchFactor {
  factor: MatchFactorName;
  label: string;
  /** 0–1, 3 decimals. */
  value: number;
  weight: number;
  /** value × weight × 100, 1 decimal. */
  contribution: number;
  detail: string;
}

export interface FailedConstraint {
  constraint: MatchConstraint;
  detail: string;
}

export interface MatchScore {
  /** 0–100, 1 decimal: the sum of the unrounded contributions. */
  score: number;
  /** In `MATCH_FACTORS` order. */
  factors: MatchFactor[];
}

/** A place in a ranking. */
export interface RankedScore {
  rank: number;
  score: number;
}

// ---------------------------------------------------------------------------------------------
// Helpers: money, durations, words (dates come from dates.ts)
// ---------------------------------------------------------------------------------------------

/** Whole currency units from minor units ("€650", "£85,000", "¥5,000"), using the currency's own minor-unit digits. */
export function formatMoney(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en-GB', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(minor / 10 ** digits);
}

/** "3 h", "2 h 30 min", "45 min". */
function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (rest === 0) return `${hours} h`;
  return hours === 0 ? `${rest} min` : `${hours} h ${rest} min`;
}

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

/** 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd … 111th. */
export function ordinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  const last = Math.abs(n) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const SENIORITY_NAME: Readonly<Record<Seniority, string>> = {
  JUNIOR: 'Junior',
  MID: 'Mid',
  SENIOR: 'Senior',
  LEAD: 'Lead',
  PRINCIPAL: 'Principal',
};

const KIND_PHRASE: Readonly<Record<CandidateKind, { one: string; many: string }>> = {
  BENCH: { one: 'A bench consultant', many: 'bench consultants' },
  ASSOCIATE: { one: 'An associate', many: 'associates' },
  CONTRACTOR: { one: 'A contractor', many: 'contractors' },
  PERMANENT_SEEKER: { one: 'A permanent-job seeker', many: 'permanent-job seekers' },
};

const OPTION_ROLE_PHRASE: Readonly<Record<RecommendationOption, string>> = {
  REVIEW: 'a review role',
  AUGMENTATION: 'an augmentation role',
  HIRE: 'a permanent hire',
  SPECIALIST_TEAM: 'a specialist-team role',
};

/** The candidate's level in a skill, or null when they do not have it (absent, or not a positive number). */
function skillLevel(cand: MatchCandidateInput, skillId: string): number | null {
  const level = Object.hasOwn(cand.skills, skillId) ? cand.skills[skillId] : undefined;
  return typeof level === 'number' && Number.isFinite(level) && level > 0 ? level : null;
}

function candidateRate(role: MatchRoleInput, cand: MatchCandidateInput): number | null {
  return role.permanent ? cand.salaryMinor : cand.dayRateMinor;
}

function overlapPhrase(minutes: number): string {
  return minutes > 0 ? `${formatDuration(minutes)} overlap with the client's core hours` : "No overlap with the client's core hours";
}

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

/**
 * Minutes the candidate's 09:00–17:00 local day overlaps the client's core hours. The candidate's
 * day in UTC is [540 − offset, 1020 − offset]; the core hours are tried as given and shifted a day
 * either way (k ∈ {−1, 0, 1}), and the best overlap counts.
 */
export function overlapMinutes(utcOffsetMinutes: number, core: { start: number; end: number }): number {
  const candStart = CANDIDATE_DAY_START_MIN - utcOffsetMinutes;
  const candEnd = CANDIDATE_DAY_END_MIN - utcOffsetMinutes;
  let best = 0;
  for (const k of [-1, 0, 1]) {
    const overlap = Math.min(candEnd, core.end + DAY_MIN * k) - Math.max(candStart, core.start + DAY_MIN * k);
    best = Math.max(best, overlap);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Hard constraints
// ---------------------------------------------------------------------------------------------

/** Must-have skills the candidate does not meet, in the role's order. */
function failingMustHaves(role: MatchRoleInput, cand: MatchCandidateInput): { required: MatchRequiredSkill; level: number | null }[] {
  return role.requiredSkills
    .filter((required) => required.mustHave)
    .map((required) => ({ required, level: skillLevel(cand, required.skillId) }))
    .filter(({ required, level }) => (level ?? 0) < required.minLevel);
}

/** Every hard constraint the candidate fails, in `MATCH_CONSTRAINTS` order, each with a sentence. */
export function hardConstraintFailures(role: MatchRoleInput, cand: MatchCandidateInput): FailedConstraint[] {
  const failures: FailedConstraint[] = [];

  if (!cand.consentValid) {
    const detail =
      cand.consentExpiredOn === undefined ? 'No valid consent' : cand.consentExpiredOn === null ? 'No consent given' : `Consent expired on ${formatDay(cand.consentExpiredOn)}`;
    failures.push({ constraint: MatchConstraint.CONSENT, detail });
  }

  const kinds = KINDS_BY_OPTION[role.optionType];
  if (!kinds.includes(cand.kind)) {
    failures.push({
      constraint: MatchConstraint.KIND,
      detail: `${KIND_PHRASE[cand.kind].one} cannot fill ${OPTION_ROLE_PHRASE[role.optionType]} (only ${wordList(kinds.map((k) => KIND_PHRASE[k].many), 'and')} can)`,
    });
  }

  const late = daysBetween(role.startDate, cand.availableFrom);
  if (late > AVAILABILITY_TOLERANCE_DAYS) {
    failures.push({
      constraint: MatchConstraint.AVAILABILITY,
      detail: `Available from ${formatDay(cand.availableFrom)}, ${days(late)} after the start`,
    });
  }

  if (cand.freeAllocation < role.allocation) {
    failures.push({ constraint: MatchConstraint.ALLOCATION, detail: `${cand.freeAllocation}% free, the role needs ${role.allocation}%` });
  }

  for (const { required, level } of failingMustHaves(role, cand)) {
    failures.push({
      constraint: MatchConstraint.SKILL,
      detail: `${required.skill} ${level === null ? 'missing' : level}, needs ${required.minLevel}`,
    });
  }

  if (role.clientCoreUtc !== null) {
    const overlap = overlapMinutes(cand.utcOffsetMinutes, role.clientCoreUtc);
    if (overlap < role.minOverlapHours * 60) {
      failures.push({
        constraint: MatchConstraint.TIME_ZONE,
        detail: `${overlapPhrase(overlap)}, needs ${formatDuration(role.minOverlapHours * 60)}`,
      });
    }
  }

  return failures;
}

// ---------------------------------------------------------------------------------------------
// Score
// ---------------------------------------------------------------------------------------------

interface RawFactor {
  value: number;
  detail: string;
}

function skillsFactor(role: MatchRoleInput, cand: MatchCandidateInput): RawFactor {
  const totalWeight = role.requiredSkills.reduce((sum, s) => sum + s.weight, 0);
  if (role.requiredSkills.length === 0 || !(totalWeight > 0)) return { value: 1, detail: 'The role lists no required skills' };
  let weighted = 0;
  const parts: string[] = [];
  for (const required of role.requiredSkills) {
    const level = skillLevel(cand, required.skillId);
    weighted += required.weight * Math.min((level ?? 0) / Math.max(required.minLevel, 1), SKILL_LEVEL_CAP);
    parts.push(level === null ? `${required.skill} missing` : `${required.skill} ${level}/${required.minLevel}`);
  }
  return { value: weighted / (SKILL_LEVEL_CAP * totalWeight), detail: parts.join(' · ') };
}

function seniorityFactor(role: MatchRoleInput, cand: MatchCandidateInput): RawFactor {
  const difference = SENIORITIES.indexOf(cand.seniority) - SENIORITIES.indexOf(role.seniority);
  const detail = `${SENIORITY_NAME[cand.seniority]} for a ${SENIORITY_NAME[role.seniority]} role`;
  if (difference === 1) return { value: seniorityFit(difference), detail: `${detail}: one level above, no penalty` };
  if (difference >= 2) return { value: seniorityFit(difference), detail: `${detail}: likely to leave a role below their level` };
  return { value: seniorityFit(difference), detail };
}

function availabilityFactor(role: MatchRoleInput, cand: MatchCandidateInput): RawFactor {
  const offset = daysBetween(role.startDate, cand.availableFrom);
  const daysLate = Math.max(0, offset);
  const detail =
    offset === 0 ? 'Available on the start date' : offset > 0 ? `Available ${days(offset)} after the start` : `Available ${days(-offset)} before the start`;
  return { value: Math.max(0, 1 - daysLate / LATE_ZERO_DAYS), detail };
}

function budgetFactor(role: MatchRoleInput, cand: MatchCandidateInput): RawFactor {
  const rate = candidateRate(role, cand);
  const max = role.budgetMaxMinor;
  if (rate === null || max === null) return { value: 0.5, detail: 'No rate or no budget to compare' };
  if (cand.currency !== undefined && cand.currency !== role.currency) return { value: 0.5, detail: `Rate in ${cand.currency}, budget in ${role.currency}: not compared` };
  const rateText = `${formatMoney(rate, role.currency)}${role.permanent ? '/year' : '/day'}`;
  const budgetText = formatMoney(max, role.currency);
  if (rate <= max) return { value: 1, detail: `Within budget at ${rateText} (budget ${budgetText})` };
  if (max <= 0) return { value: 0, detail: `${rateText} against a ${budgetText} budget` };
  const over = (rate - max) / max;
  return { value: budgetOverrunFit(over), detail: `${rateText}, ${roundTo(over * 100, 1)}% over the ${budgetText} budget` };
}

/**
 * The time-zone factor: overlap as a share of the working day the client can offer at most (its
 * core hours, capped at a full 8-hour day), so a candidate in the client's zone always gets 1.
 */
export function timeZoneFit(utcOffsetMinutes: number, core: { start: number; end: number }): number {
  const full = Math.min(FULL_OVERLAP_MIN, core.end - core.start);
  return full > 0 ? Math.min(1, overlapMinutes(utcOffsetMinutes, core) / full) : 1;
}

function timeZoneFactor(role: MatchRoleInput, cand: MatchCandidateInput): RawFactor {
  if (role.clientCoreUtc === null) return { value: 1, detail: 'The client sets no core hours' };
  const overlap = overlapMinutes(cand.utcOffsetMinutes, role.clientCoreUtc);
  return { value: timeZoneFit(cand.utcOffsetMinutes, role.clientCoreUtc), detail: overlapPhrase(overlap) };
}

const FACTOR_RULES: Readonly<Record<MatchFactorName, (role: MatchRoleInput, cand: MatchCandidateInput) => RawFactor>> = {
  skills: skillsFactor,
  seniority: seniorityFactor,
  availability: availabilityFactor,
  budget: budgetFactor,
  timeZone: timeZoneFactor,
};

/** Every factor, unrounded, in `MATCH_FACTORS` order, and the unrounded score: the sum of their contributions. */
function evaluateFactors(role: MatchRoleInput, cand: MatchCandidateInput): { total: number; factors: (RawFactor & { factor: MatchFactorName; contribution: number })[] } {
  let total = 0;
  const factors = MATCH_FACTORS.map((factor) => {
    const raw = FACTOR_RULES[factor](role, cand);
    const contribution = raw.value * MATCH_WEIGHTS[factor] * 100;
    total += contribution;
    return { factor, ...raw, contribution };
  });
  return { total, factors };
}

/** Scores a candidate for a role (hard constraints are not checked here: see `hardConstraintFailures`). */
export function scoreCandidate(role: MatchRoleInput, cand: MatchCandidateInput): MatchScore {
  const { total, factors } = evaluateFactors(role, cand);
  return {
    score: roundTo(total, 1),
    factors: factors.map(({ factor, value, contribution, detail }): MatchFactor => ({
      factor,
      label: MATCH_FACTOR_LABELS[factor],
      value: roundTo(value, 3),
      weight: MATCH_WEIGHTS[factor],
      contribution: roundTo(contribution, 1),
      detail,
    })),
  };
}

/** The score before rounding: what the API's SQL ranking computes (and is tested against). */
export interface ExactMatchScore {
  /** 0–100, unrounded. */
  score: number;
  /** Each factor's value, 0–1, unrounded. */
  values: Record<MatchFactorName, number>;
}

/** `scoreCandidate` without the rounding for display: the unrounded score and factor values. */
export function exactMatchScore(role: MatchRoleInput, cand: MatchCandidateInput): ExactMatchScore {
  const { total, factors } = evaluateFactors(role, cand);
  return { score: total, values: Object.fromEntries(factors.map((f) => [f.factor, f.value])) as Record<MatchFactorName, number> };
}

// ---------------------------------------------------------------------------------------------
// What-ifs
// ---------------------------------------------------------------------------------------------

/** Rate cuts tried by `smallestImprovement`, in %. */
export const RATE_CUT_STEPS: readonly number[] = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50];

/** One rung of a what-if ladder: the changed candidate and how many steps it took. */
interface WhatIfStep {
  steps: number;
  sentence: string;
  cand: MatchCandidateInput;
}

/** The what-ifs a candidate can act on, each a ladder of ever larger changes (smallest first). */
function improvementLadders(role: MatchRoleInput, cand: MatchCandidateInput): WhatIfStep[][] {
  const ladders: WhatIfStep[][] = [];
  // Skills, in the role's order: one level at a time, up to 5, while the level still counts (below the 1.25 × minimum cap).
  for (const required of role.requiredSkills) {
    const held = skillLevel(cand, required.skillId);
    const min = Math.max(required.minLevel, 1);
    const ladder: WhatIfStep[] = [];
    for (let level = (held ?? 0) + 1; level <= 5 && (level - 1) / min < SKILL_LEVEL_CAP; level++) {
      const steps = level - (held ?? 0);
      ladder.push({
        steps,
        sentence: held === null ? `${required.skill} at level ${level}` : `+${steps} ${steps === 1 ? 'level' : 'levels'} in ${required.skill}`,
        cand: { ...cand, skills: { ...cand.skills, [required.skillId]: level } },
      });
    }
    if (ladder.length) ladders.push(ladder);
  }
  // Availability: a week earlier at a time, down to the start date.
  const late = daysBetween(role.startDate, cand.availableFrom);
  if (late > 0) {
    const ladder: WhatIfStep[] = [];
    for (let steps = 1; steps <= Math.ceil(late / 7); steps++) {
      const earlier = Math.min(7 * steps, late);
      const sentence = earlier % 7 === 0 ? `Available ${earlier / 7} ${earlier === 7 ? 'week' : 'weeks'} earlier` : `Available ${days(earlier)} earlier`;
      ladder.push({ steps, sentence, cand: { ...cand, availableFrom: addDays(cand.availableFrom, -earlier) } });
    }
    ladders.push(ladder);
  }
  // Rate: 5 % lower at a time while it is still over the budget (in the budget's currency only).
  const rate = candidateRate(role, cand);
  const max = role.budgetMaxMinor;
  if (rate !== null && max !== null && rate > max && (cand.currency === undefined || cand.currency === role.currency)) {
    const ladder: WhatIfStep[] = [];
    for (const [i, cut] of RATE_CUT_STEPS.entries()) {
      const lowered = Math.round((rate * (100 - cut)) / 100);
      ladder.push({
        steps: i + 1,
        sentence: `${role.permanent ? 'Salary' : 'Day rate'} ${cut}% lower`,
        cand: role.permanent ? { ...cand, salaryMinor: lowered } : { ...cand, dayRateMinor: lowered },
      });
      if (lowered <= max) break;
    }
    ladders.push(ladder);
  }
  return ladders;
}

/** Said of a candidate whose skills, availability and rate cannot score higher. */
export const NOTHING_TO_IMPROVE = 'Nothing to change: skills, availability and rate are at their best';

/**
 * The smallest change that would raise an eligible candidate's rank — or, when none can (rank 1,
 * or nobody ahead is within reach), their score — as one sentence. `ahead` holds the
 * better-ranked scores; passing one needs a strictly greater (rounded) score.
 *
 * The changes a candidate can act on are ladders of steps (see `improvementLadders`): each
 * required skill one level at a time (up to 5, while below the 1.25 × minimum cap), available one
 * week earlier at a time (down to the start date), the rate 5 % lower at a time (`RATE_CUT_STEPS`,
 * while over the budget). Seniority, kind and time zone are not a candidate's to change.
 * - Rank: on each ladder the first step that passes someone ahead; of those, the fewest steps,
 *   then the best rank reached, then the higher score, then skills (role order), availability, rate.
 *   "+1 level in Kubernetes: would rank 2nd".
 * - Otherwise score: of the first step of each ladder, the largest gain (the same order breaks
 *   ties). "Available 1 week earlier: score +3.8".
 * - Otherwise `NOTHING_TO_IMPROVE`.
 */
export function smallestImprovement(role: MatchRoleInput, cand: MatchCandidateInput, current: RankedScore, ahead: readonly RankedScore[]): string {
  const ladders = improvementLadders(role, cand);
  const base = scoreCandidate(role, cand).score;
  const rankReached = (score: number): number | null => {
    const passed = ahead.filter((a) => a.rank < current.rank && score > a.score).map((a) => a.rank);
    return passed.length > 0 ? Math.min(...passed) : null;
  };

  let best: { steps: number; rank: number; score: number; sentence: string } | null = null;
  for (const ladder of ladders) {
    for (const step of ladder) {
      const score = scoreCandidate(role, step.cand).score;
      const rank = rankReached(score);
      if (rank === null) continue;
      const better = !best || step.steps < best.steps || (step.steps === best.steps && (rank < best.rank || (rank === best.rank && score > best.score)));
      if (better) best = { steps: step.steps, rank, score, sentence: step.sentence };
      break;
    }
  }
  if (best) return `${best.sentence}: would rank ${ordinal(best.rank)}`;

  let gain: { by: number; sentence: string } | null = null;
  for (const ladder of ladders) {
    const first = ladder[0]!;
    const by = roundTo(scoreCandidate(role, first.cand).score - base, 1);
    if (by > 0 && (!gain || by > gain.by)) gain = { by, sentence: first.sentence };
  }
  return gain ? `${gain.sentence}: score +${gain.by}` : NOTHING_TO_IMPROVE;
}

/**
 * For an excluded candidate: how the role could change so they meet it, one sentence per failure —
 * but only when every failure can be fixed that way; otherwise []. CONSENT and KIND never can; a
 * missing must-have skill cannot (only one held below the minimum can); nor a time-zone overlap
 * under one hour, nor an allocation with nothing free.
 */
export function whatWouldMeetRole(role: MatchRoleInput, cand: MatchCandidateInput, failures: readonly FailedConstraint[]): string[] {
  const skillGaps = failingMustHaves(role, cand);
  let skillIndex = 0;
  const sentences: string[] = [];
  for (const failure of failures) {
    switch (failure.constraint) {
      case MatchConstraint.AVAILABILITY:
        sentences.push(`Meets the role if the start moves to ${formatDay(addDays(cand.availableFrom, -AVAILABILITY_TOLERANCE_DAYS))}`);
        break;
      case MatchConstraint.ALLOCATION:
        if (!(cand.freeAllocation > 0)) return [];
        sentences.push(`Meets the role at ${cand.freeAllocation}% allocation`);
        break;
      case MatchConstraint.SKILL: {
        const gap = skillGaps[skillIndex++];
        if (!gap || gap.level === null) return [];
        sentences.push(`Meets the role if the ${gap.required.skill} minimum drops to ${gap.level}`);
        break;
      }
      case MatchConstraint.TIME_ZONE: {
        if (role.clientCoreUtc === null) return [];
        const hours = Math.floor(overlapMinutes(cand.utcOffsetMinutes, role.clientCoreUtc) / 60);
        if (hours < 1) return [];
        sentences.push(`Meets the role with a minimum overlap of ${hours} h`);
        break;
      }
      default:
        return [];
    }
  }
  return sentences;
}
