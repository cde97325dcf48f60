/**
 * Matching (DESIGN §6): role → candidates, as pure, deterministic, versioned rules.
 *
 * A candidate either fails hard constraints (and is listed with them, not ranked) or is scored from
 * five weighted factors. Every factor carries its value (0–1), weight, contribution (value × weight
 * × 100) and a sentence: that list *is* the explanation of the score. The API's SQL ranking mirrors
 * these formulas, so change them only together — and bump `MATCH_MODEL_VERSION`.
 *
 * Model `match-2026.11.1`:
 * - Hard constraints, in this order: CONSENT (valid consent); KIND (`KINDS_BY_OPTION`);
 *   AVAILABILITY (availableFrom ≤ start + `AVAILABILITY_TOLERANCE_DAYS`); ALLOCATION (free
 *   allocation ≥ the role's); SKILL (one failure per must-have skill below its minimum, a missing
 *   skill counting as level 0); TIME_ZONE (overlap with the client's core hours ≥ the role's
 *   minimum; never fails when the client has no core hours).
 * - skills (0.45): Σ w · min(level / max(min, 1), 1.25) / (1.25 · Σ w); a role with no required
 *   skills (or no positive total weight) → 1. A missing skill is level 0. A minimum below 1 counts
 *   as 1 (levels run 1–5), so the ratio is always defined.
 * - seniority (0.15): `seniorityFit(candidate position − role position)` in `SENIORITIES`.
 * - availability (0.15): max(0, 1 − daysLate / 28), daysLate = max(0, availableFrom − start).
 * - budget (0.15): rate = salary when the role is permanent, day rate otherwise; no rate or no
 *   budget → 0.5; rate ≤ budget → 1; above it → max(0, 1 − 2 · (rate − budget) / budget).
 * - time zone (0.10): no client core hours → 1; else min(1, overlap minutes / 480).
 *
 * Rounding (half away from zero, `roundTo`): a factor's value to 3 decimals and its contribution to
 * 1 decimal, for display; the score is the sum of the *unrounded* contributions, rounded once to 1
 * decimal. So the rounded contributions may not add up to the score exactly (by 0.1 or 0.2).
 *
 * Dates are `YYYY-MM-DD` calendar dates, compared and formatted in UTC.
 */
import { addDays, daysBetween, formatDay } from './dates.js';
import { type RecommendationOption } from './recommendation.js';
import { roundTo } from './scoring.js';
import { CandidateKind, type Seniority, SENIORITIES } from './talent.js';

/** The version of the model below; stored with every match score it produces. */
export const MATCH_MODEL_VERSION = 'match-2026.11.3';

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

/** Seniority value by (candidate position − role position) in `SENIORITIES`. */
export const SENIORITY_FIT = { same: 1, oneAbove: 0.8, twoOrMoreAbove: 0.6, oneBelow: 0.4, twoOrMoreBelow: 0 } as const;

/** d = candidate position − role position: 0 → 1, +1 → 0.8, ≥ +2 → 0.6, −1 → 0.4, ≤ −2 → 0. */
export function seniorityFit(difference: number): number {
  if (difference === 0) return SENIORITY_FIT.same;
  if (difference === 1) return SENIORITY_FIT.oneAbove;
  if (difference >= 2) return SENIORITY_FIT.twoOrMoreAbove;
  if (difference === -1) return SENIORITY_FIT.oneBelow;
  return SENIORITY_FIT.twoOrMoreBelow;
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
export const MATCH_CONSTRAINT_LABELS: Readonly<Record<MatchConstraint, string>> = {
  CONSENT: 'Consent',
  KIND: 'Candidate kind',
  AVAILABILITY: 'Availability',
  ALLOCATION: 'Allocation',
  SKILL: 'Skill',
  TIME_ZONE: 'Time zone',
};

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
function formatMoney(minor: number, currency: string): string {
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

/** "a", "a and b", "a, b and c". */
function listPhrase(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

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

  if (!cand.consentValid) failures.push({ constraint: MatchConstraint.CONSENT, detail: 'No valid consent' });

  const kinds = KINDS_BY_OPTION[role.optionType];
  if (!kinds.includes(cand.kind)) {
    failures.push({
      constraint: MatchConstraint.KIND,
      detail: `${KIND_PHRASE[cand.kind].one} cannot fill ${OPTION_ROLE_PHRASE[role.optionType]} (only ${listPhrase(kinds.map((k) => KIND_PHRASE[k].many))} can)`,
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
  return { value: seniorityFit(difference), detail: `${SENIORITY_NAME[cand.seniority]} for a ${SENIORITY_NAME[role.seniority]} role` };
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
  if (rate <= max) return { value: 1, detail: `${rateText} within the ${budgetText} budget` };
  if (max <= 0) return { value: 0, detail: `${rateText} against a ${budgetText} budget` };
  const over = (rate - max) / max;
  return { value: Math.max(0, 1 - 2 * over), detail: `${rateText}, ${roundTo(over * 100, 1)}% over the ${budgetText} budget` };
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

/** Rate cuts tried by `whatWouldChangeRank`, in %. */
export const RATE_CUT_STEPS: readonly number[] = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50];

/**
 * Cheap what-ifs for a ranked candidate (at most two sentences; none for rank 1). `ahead` holds
 * the better-ranked scores. A what-if counts only when its score is strictly greater than the
 * score it has to pass.
 * - Rate (only with a rate and a budget): the smallest cut in `RATE_CUT_STEPS` (the rate lowered by
 *   p %, rounded to whole minor units) that reaches the best rank any cut can reach.
 * - Availability (only when late): available on the start date would pass rank 1.
 */
export function whatWouldChangeRank(
  role: MatchRoleInput,
  cand: MatchCandidateInput,
  current: RankedScore,
  ahead: readonly RankedScore[],
): string[] {
  if (current.rank <= 1 || ahead.length === 0) return [];
  const rankReached = (score: number): number | null => {
    const passed = ahead.filter((a) => a.rank < current.rank && score > a.score).map((a) => a.rank);
    return passed.length > 0 ? Math.min(...passed) : null;
  };
  const sentences: string[] = [];

  const rate = candidateRate(role, cand);
  if (rate !== null && role.budgetMaxMinor !== null) {
    let best: { rank: number; cut: number } | null = null;
    for (const cut of RATE_CUT_STEPS) {
      const lowered = Math.round((rate * (100 - cut)) / 100);
      const changed: MatchCandidateInput = role.permanent ? { ...cand, salaryMinor: lowered } : { ...cand, dayRateMinor: lowered };
      const reached = rankReached(scoreCandidate(role, changed).score);
      if (reached !== null && (best === null || reached < best.rank)) best = { rank: reached, cut };
      if (reached === 1) break;
    }
    if (best) sentences.push(`Would rank ${ordinal(best.rank)} at a ${best.cut}% lower ${role.permanent ? 'salary' : 'day rate'}`);
  }

  const first = ahead.find((a) => a.rank === 1);
  if (first && daysBetween(role.startDate, cand.availableFrom) > 0) {
    const onTime = scoreCandidate(role, { ...cand, availableFrom: role.startDate }).score;
    if (onTime > first.score) sentences.push(`Would rank 1st if available by ${formatDay(role.startDate)}`);
  }

  return sentences.slice(0, 2);
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
