/**
 * Assessment scoring (DESIGN §4): pure, deterministic functions shared by the API (which stores
 * the results) and anything that wants to explain them.
 *
 * Rounding rules (all half away from zero, via `roundTo`):
 * - `current`, `spread`, `coverage`, `confidence`: 2 decimals. Each is computed from exact
 *   (unrounded) intermediate values and rounded once, at the end.
 * - Gap `size`: 0.1, computed from the *stored* (2-decimal) `current` and the target, both taken
 *   in whole hundredths so the subtraction is exact, and the report's "target − current" reads
 *   the same as the stored gap. A gap exists only when the rounded size
 *   is > 0 (no 0.0 gaps).
 * - Gap `severity`: computed from the rounded size, then rounded to 2 decimals.
 *
 * Malformed answers (a scale outside 1–5, an unknown option key, a CHOICE with other than one pick,
 * a MULTI with no or repeated picks, an option score outside 1–5) carry no value here, exactly like
 * "don't know": the API validates answers on submission, and scoring must never let a bad value
 * count silently.
 */
import { type Answer, MAX_LEVEL, MIN_LEVEL, type QuestionOption, QuestionType } from './assessment.js';
import { type Urgency } from './engagement.js';

/** The parts of a question scoring needs. */
export interface ScoringQuestion {
  id: string;
  capabilityId: string;
  type: QuestionType;
  weight: number;
  options: readonly QuestionOption[];
}

/**
 * Rounds half away from zero to `decimals` places. `toPrecision(12)` first drops the binary noise
 * a few float operations leave (0.6 × 1.5 × 1.25 must round like 1.125, 3 − 2.95 like 0.05), which
 * `Math.round` alone would not; scores never carry 12 meaningful digits.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Sums in ascending order, so the result does not depend on the order values arrive in. */
function stableSum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, v) => total + v, 0);
}

function isLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_LEVEL && value <= MAX_LEVEL;
}

/**
 * A question counts towards a capability only if it can carry a value: TEXT never does, and a
 * non-positive weight would contribute nothing to the weighted mean. Keeping such questions out of
 * coverage's denominator stops them from capping coverage (and so confidence) below 1.
 */
function isScored(question: ScoringQuestion): boolean {
  return question.type !== QuestionType.TEXT && Number.isFinite(question.weight) && question.weight > 0;
}

/** The value of one answer, 1–5, or null when it carries none ("don't know", TEXT, malformed, missing). */
export function answerValue(question: ScoringQuestion, answer: Answer | undefined): number | null {
  if (!answer || answer.dontKnow === true) return null;
  switch (question.type) {
    case QuestionType.SCALE:
      return isLevel(answer.scale) ? answer.scale : null;
    case QuestionType.CHOICE:
    case QuestionType.MULTI: {
      const picks = answer.choices ?? [];
      if (picks.length === 0 || new Set(picks).size !== picks.length) return null;
      if (question.type === QuestionType.CHOICE && picks.length !== 1) return null;
      const scores: number[] = [];
      for (const key of picks) {
        const option = question.options.find((o) => o.key === key);
        if (!option || !isLevel(option.score)) return null;
        scores.push(option.score);
      }
      return stableSum(scores) / scores.length;
    }
    case QuestionType.TEXT:
      return null;
  }
}

// `Array.isArray` does not narrow readonly arrays, hence the guard.
function isAnswerList(answers: ReadonlyMap<string, Answer> | readonly Answer[]): answers is readonly Answer[] {
  return Array.isArray(answers);
}

/** A respondent's answers: as submitted, or by question id (what scoring looks them up by). */
export type AnswerSet = ReadonlyMap<string, Answer> | readonly Answer[];

/** Answers by question id; with an array, a repeated question id keeps its last answer. */
export function answersById(answers: AnswerSet): ReadonlyMap<string, Answer> {
  return isAnswerList(answers) ? new Map(answers.map((a) => [a.questionId, a])) : answers;
}

/** One respondent on one capability: the weighted mean and how many answers carried a value. */
function respondentOnCapability(questions: readonly ScoringQuestion[], answers: ReadonlyMap<string, Answer>) {
  let weighted = 0;
  let totalWeight = 0;
  let valued = 0;
  for (const question of questions) {
    if (!isScored(question)) continue;
    const value = answerValue(question, answers.get(question.id));
    if (value === null) continue;
    weighted += question.weight * value;
    totalWeight += question.weight;
    valued += 1;
  }
  return { value: valued > 0 ? weighted / totalWeight : null, valued };
}

/**
 * A respondent's value on a capability: the question-weighted mean of their valued answers to
 * `questions` (those of one capability; answers to other questions are ignored), unrounded, or
 * null when none carries a value. With an array, a repeated question id keeps its last answer.
 */
export function respondentCapabilityValue(
  questions: readonly ScoringQuestion[],
  answers: ReadonlyMap<string, Answer> | readonly Answer[],
): number | null {
  return respondentOnCapability(questions, answersById(answers)).value;
}

export interface CapabilityScoreInput {
  capabilityId: string;
  /** May hold the whole questionnaire: only questions of `capabilityId` are used. */
  questions: readonly ScoringQuestion[];
  /**
   * One answer list per submitted respondent (call with a subset, e.g. one role, for a per-role view);
   * a caller scoring many capabilities passes each respondent's answers as a map by question id, built once.
   */
  responses: readonly AnswerSet[];
  /** The assessment's minimum respondents; ≤ 0 means no minimum. */
  minRespondents: number;
}

export interface CapabilityScoreResult {
  capabilityId: string;
  /** Mean of respondent values, 2 decimals; null when nobody answered. */
  current: number | null;
  /** Respondents with a value on this capability (n). */
  respondentCount: number;
  /** Population standard deviation of respondent values, 2 decimals; null when nobody answered. */
  spread: number | null;
  /** Valued answers / (submitted respondents × scored questions), 2 decimals; 0 when either is 0. */
  coverage: number;
  /** coverage × min(1, n / minRespondents) × (1 − min(spread, 2) / 4), 2 decimals. */
  confidence: number;
  valuedAnswers: number;
}

/** Scores one capability of an assessment (DESIGN §4). */
export function scoreCapability(input: CapabilityScoreInput): CapabilityScoreResult {
  const questions = input.questions.filter((q) => q.capabilityId === input.capabilityId && isScored(q));
  const values: number[] = [];
  let valuedAnswers = 0;
  for (const answers of input.responses) {
    const { value, valued } = respondentOnCapability(questions, answersById(answers));
    valuedAnswers += valued;
    if (value !== null) values.push(value);
  }

  const possible = input.responses.length * questions.length;
  const coverage = possible > 0 ? valuedAnswers / possible : 0;
  const n = values.length;
  if (n === 0) {
    return { capabilityId: input.capabilityId, current: null, respondentCount: 0, spread: null, coverage: roundTo(coverage, 2), confidence: 0, valuedAnswers };
  }

  const mean = stableSum(values) / n;
  const spread = Math.sqrt(stableSum(values.map((v) => (v - mean) ** 2)) / n);
  const enough = input.minRespondents > 0 ? Math.min(1, n / input.minRespondents) : 1;
  const confidence = coverage * enough * (1 - Math.min(spread, 2) / 4);
  return {
    capabilityId: input.capabilityId,
    current: roundTo(mean, 2),
    respondentCount: n,
    spread: roundTo(spread, 2),
    coverage: roundTo(coverage, 2),
    confidence: roundTo(confidence, 2),
    valuedAnswers,
  };
}

/** How much an engagement's urgency scales the severity of its gaps. */
export const URGENCY_FACTOR: Readonly<Record<Urgency, number>> = { LOW: 0.8, MEDIUM: 1.0, HIGH: 1.25 };

export interface GapResult {
  /** target − current, 0.1 steps, always > 0. */
  size: number;
  /** size × capability weight × urgency factor, 2 decimals. */
  severity: number;
}

/**
 * The gap between target and (stored, rounded) current level, or null when nobody answered or the
 * rounded size is not above 0.
 */
export function capabilityGap(args: { target: number; current: number | null; weight: number; urgency: Urgency }): GapResult | null {
  if (args.current === null) return null;
  // In whole hundredths the subtraction is exact: 3 − 2.95 is 5 hundredths, not 0.0499999….
  const hundredths = Math.round(args.target * 100) - Math.round(args.current * 100);
  const size = roundTo(hundredths / 100, 1);
  if (!(size > 0)) return null;
  return { size, severity: roundTo(size * args.weight * URGENCY_FACTOR[args.urgency], 2) };
}

export interface ScoringCapability {
  id: string;
  /** The framework's capability weight. */
  weight: number;
  /** The assessment's target level for it. */
  target: number;
}

export interface AssessmentScoreInput {
  capabilities: readonly ScoringCapability[];
  questions: readonly ScoringQuestion[];
  /** One answer list (or map by question id) per submitted respondent. */
  responses: readonly AnswerSet[];
  minRespondents: number;
  urgency: Urgency;
}

export interface CapabilityAssessmentScore extends CapabilityScoreResult {
  target: number;
  gap: GapResult | null;
}

/** Scores and gaps for every capability, in the order `capabilities` is given. */
export function scoreAssessment(input: AssessmentScoreInput): CapabilityAssessmentScore[] {
  return input.capabilities.map((capability) => {
    const score = scoreCapability({
      capabilityId: capability.id,
      questions: input.questions,
      responses: input.responses,
      minRespondents: input.minRespondents,
    });
    const gap = capabilityGap({ target: capability.target, current: score.current, weight: capability.weight, urgency: input.urgency });
    return { ...score, target: capability.target, gap };
  });
}
