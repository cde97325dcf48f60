/**
 * Recommendation engine (DESIGN §5): gap → option, as pure, deterministic, versioned rules.
 *
 * Every option (REVIEW, AUGMENTATION, HIRE, SPECIALIST_TEAM) is scored for every gap; nothing is
 * ever dropped. Each rule is a small named function that awards points to options, and every award
 * — including the zero-point ones that explain why a bonus did not apply — becomes a `Reason`
 * whose `inputs` carry the numbers the rule used and the `points` it added. The score is the sum of
 * an option's points clamped to 0–100 (all points are integers), so a reason list reads as the
 * working behind its score.
 *
 * Rule set `rules-2026.11.1` (points in `RECOMMENDATION_POINTS`):
 * - BASE: every option starts at 10.
 * - LOW_CONFIDENCE (confidence < 0.6) or HIGH_DISAGREEMENT (spread ≥ 1.0): REVIEW +50, counted once
 *   when both hold.
 * - JUDGEMENT gap: REVIEW +30 unless a review of the gap's area is already accepted (then a
 *   zero-point reason says so); AUGMENTATION +25 (senior/lead profile); HIRE +35 (leadership) when
 *   the horizon is PERMANENT.
 * - PRACTICE gap: AUGMENTATION +40 (coach by doing) for TEMPORARY/UNKNOWN; HIRE +40 for PERMANENT.
 * - CAPACITY gap: HIRE +45 for PERMANENT; AUGMENTATION +45 when urgency is HIGH or the horizon is
 *   TEMPORARY. Both can fire.
 * - SEVERE_AREA: three or more gaps of severity ≥ 1.5 in the gap's area (counted in `allGaps`,
 *   which includes this gap): SPECIALIST_TEAM +45.
 * - SIZE_SCALING: each staffing option (AUGMENTATION, HIRE) that received a nature bonus above
 *   gets + min(15, round(severity × 5)). Not while the evidence is uncertain (low confidence or
 *   high disagreement): an uncertain size must not push staffing past the review it calls for, so
 *   those options get a zero-point SIZE_NOT_SCALED reason instead. With this, REVIEW (≥ 60) always
 *   ranks first on uncertain evidence, since no other option can pass 10 + 45.
 * - BUDGET: an option whose minimum budget band (`OPTION_MIN_BUDGET`) is above the engagement's
 *   band is marked down by 30; with an UNKNOWN band nothing is marked down, and options that need
 *   more than the smallest band get a zero-point BUDGET_UNKNOWN reason.
 *
 * Ranking: score descending, ties broken by the fixed order of `RECOMMENDATION_OPTIONS` (REVIEW,
 * AUGMENTATION, HIRE, SPECIALIST_TEAM — the cheaper, more reversible option first).
 *
 * Change any rule or point value → bump `RULESET_VERSION`.
 */
import { CapabilityNature } from './assessment.js';
import { BUDGET_BAND_LABELS, BudgetBand, NeedHorizon, Urgency } from './engagement.js';
import { roundTo } from './scoring.js';

export const RecommendationOption = {
  REVIEW: 'REVIEW',
  AUGMENTATION: 'AUGMENTATION',
  HIRE: 'HIRE',
  SPECIALIST_TEAM: 'SPECIALIST_TEAM',
} as const;
export type RecommendationOption = (typeof RecommendationOption)[keyof typeof RecommendationOption];
/** Also the tie-break order when two options score the same. */
export const RECOMMENDATION_OPTIONS: readonly RecommendationOption[] = Object.values(RecommendationOption);

/** Human labels, for the admin's choices and chips. */
export const RECOMMENDATION_OPTION_LABELS: Readonly<Record<RecommendationOption, string>> = {
  REVIEW: 'Review',
  AUGMENTATION: 'Augmentation',
  HIRE: 'Hire',
  SPECIALIST_TEAM: 'Specialist team',
};

export const RecommendationState = { PROPOSED: 'PROPOSED', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED', OVERRIDDEN: 'OVERRIDDEN' } as const;
export type RecommendationState = (typeof RecommendationState)[keyof typeof RecommendationState];
export const RECOMMENDATION_STATES: readonly RecommendationState[] = Object.values(RecommendationState);

/** The version of the rule set below; stored with every recommendation it produces. */
export const RULESET_VERSION = 'rules-2026.11.1';

/** Why an option got (or did not get) points: a sentence to read aloud and the numbers behind it. */
export interface Reason {
  code: string;
  sentence: string;
  /** The inputs the rule used, plus `points`: what it added to the option's score. */
  inputs: Record<string, string | number | boolean | null>;
}

export interface GapForRecommendation {
  capabilityId: string;
  capabilityName: string;
  areaId: string;
  areaName: string;
  nature: CapabilityNature;
  current: number;
  target: number;
  size: number;
  severity: number;
  confidence: number;
  spread: number | null;
  respondentCount: number;
}

export interface RecommendationContext {
  horizon: NeedHorizon;
  urgency: Urgency;
  budgetBand: BudgetBand;
  /** areas where a REVIEW was already accepted on this engagement */
  reviewedAreaIds: readonly string[];
  /** every gap of the assessment, this one included (to count severe gaps per area) */
  allGaps: readonly Pick<GapForRecommendation, 'areaId' | 'severity'>[];
}

export interface ScoredOption {
  option: RecommendationOption;
  /** 0–100, integer. */
  score: number;
  /** 1 = best. */
  rank: number;
  reasons: Reason[];
}

/** Every point value and threshold of rule set `RULESET_VERSION`. */
export const RECOMMENDATION_POINTS = {
  base: 10,
  uncertainEvidenceReview: 50,
  lowConfidenceBelow: 0.6,
  highDisagreementFrom: 1.0,
  judgementReview: 30,
  judgementAugmentation: 25,
  judgementHire: 35,
  practiceAugmentation: 40,
  practiceHire: 40,
  capacityHire: 45,
  capacityAugmentation: 45,
  severeAreaSpecialistTeam: 45,
  severeGapFrom: 1.5,
  severeGapsInArea: 3,
  sizeScalingPerSeverity: 5,
  sizeScalingMax: 15,
  budgetMarkdown: -30,
} as const;

const P = RECOMMENDATION_POINTS;

/** The smallest budget band that can carry each option. */
export const OPTION_MIN_BUDGET: Readonly<Record<RecommendationOption, Exclude<BudgetBand, 'UNKNOWN'>>> = {
  REVIEW: BudgetBand.UNDER_50K,
  AUGMENTATION: BudgetBand.FROM_50K_TO_150K,
  HIRE: BudgetBand.FROM_50K_TO_150K,
  SPECIALIST_TEAM: BudgetBand.FROM_150K_TO_500K,
};

/** Known budget bands, smallest first. */
const BUDGET_ORDER: readonly BudgetBand[] = [BudgetBand.UNDER_50K, BudgetBand.FROM_50K_TO_150K, BudgetBand.FROM_150K_TO_500K, BudgetBand.OVER_500K];

/** How an option reads inside a sentence. */
const OPTION_PHRASE: Readonly<Record<RecommendationOption, string>> = {
  REVIEW: 'a review',
  AUGMENTATION: 'augmentation',
  HIRE: 'a hire',
  SPECIALIST_TEAM: 'a specialist team',
};

const HORIZON_PHRASE: Readonly<Record<NeedHorizon, string>> = {
  TEMPORARY: 'the need is temporary',
  PERMANENT: 'the need is permanent',
  UNKNOWN: 'the horizon is not known yet',
};

type Inputs = Reason['inputs'];

/** Points a rule gives one option, with the reason why. */
interface Award {
  option: RecommendationOption;
  points: number;
  code: string;
  sentence: string;
  inputs: Inputs;
}

type Rule = (gap: GapForRecommendation, ctx: RecommendationContext) => Award[];

/** Thresholds print with one decimal ("1.0"), values as stored ("1.25"). */
const threshold = (value: number): string => value.toFixed(1);

function isUncertain(gap: GapForRecommendation): { lowConfidence: boolean; highDisagreement: boolean } {
  return {
    lowConfidence: gap.confidence < P.lowConfidenceBelow,
    highDisagreement: gap.spread !== null && gap.spread >= P.highDisagreementFrom,
  };
}

function baseRule(): Award[] {
  return RECOMMENDATION_OPTIONS.map((option) => ({
    option,
    points: P.base,
    code: 'BASE',
    sentence: `Every option starts at ${P.base} points, so none is ruled out without a reason.`,
    inputs: {},
  }));
}

/** Low confidence or high disagreement: understand the problem before staffing it (bonus counted once). */
function uncertainEvidenceRule(gap: GapForRecommendation): Award[] {
  const { lowConfidence, highDisagreement } = isUncertain(gap);
  const awards: Award[] = [];
  if (lowConfidence) {
    awards.push({
      option: RecommendationOption.REVIEW,
      points: P.uncertainEvidenceReview,
      code: 'LOW_CONFIDENCE',
      sentence: `Confidence is low (${gap.confidence} < ${threshold(P.lowConfidenceBelow)}): understand the problem before staffing it.`,
      inputs: { confidence: gap.confidence, threshold: P.lowConfidenceBelow, respondentCount: gap.respondentCount },
    });
  }
  if (highDisagreement) {
    awards.push({
      option: RecommendationOption.REVIEW,
      points: lowConfidence ? 0 : P.uncertainEvidenceReview,
      code: 'HIGH_DISAGREEMENT',
      sentence: lowConfidence
        ? `Respondents also disagree (spread ${gap.spread} ≥ ${threshold(P.highDisagreementFrom)}); the review bonus is counted once.`
        : `Respondents disagree (spread ${gap.spread} ≥ ${threshold(P.highDisagreementFrom)}): understand the problem before staffing it.`,
      inputs: { spread: gap.spread, threshold: P.highDisagreementFrom, respondentCount: gap.respondentCount },
    });
  }
  return awards;
}

/** A judgement gap: review the area first, then a senior/lead in the team, a leader for good. */
function judgementRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  if (gap.nature !== CapabilityNature.JUDGEMENT) return [];
  const name = `“${gap.capabilityName}”`;
  const reviewed = ctx.reviewedAreaIds.includes(gap.areaId);
  const awards: Award[] = [
    reviewed
      ? {
          option: RecommendationOption.REVIEW,
          points: 0,
          code: 'AREA_ALREADY_REVIEWED',
          sentence: `A review of ${gap.areaName} is already accepted on this engagement: no second review bonus.`,
          inputs: { nature: gap.nature, areaId: gap.areaId, alreadyReviewed: true },
        }
      : {
          option: RecommendationOption.REVIEW,
          points: P.judgementReview,
          code: 'JUDGEMENT_REVIEW',
          sentence: `${name} is a judgement gap: a review of ${gap.areaName} shows where and why the calls go wrong.`,
          inputs: { nature: gap.nature, areaId: gap.areaId, alreadyReviewed: false },
        },
    {
      option: RecommendationOption.AUGMENTATION,
      points: P.judgementAugmentation,
      code: 'JUDGEMENT_SENIOR_AUGMENTATION',
      sentence: `${name} is a judgement gap: a senior or lead engineer embedded in the team can make those calls and teach them.`,
      inputs: { nature: gap.nature, profile: 'senior/lead' },
    },
  ];
  if (ctx.horizon === NeedHorizon.PERMANENT) {
    awards.push({
      option: RecommendationOption.HIRE,
      points: P.judgementHire,
      code: 'JUDGEMENT_LEADERSHIP_HIRE',
      sentence: `${name} is a judgement gap and ${HORIZON_PHRASE[ctx.horizon]}: hire a leader to own those calls.`,
      inputs: { nature: gap.nature, horizon: ctx.horizon, profile: 'leadership' },
    });
  }
  return awards;
}

/** A practice gap: coach it by doing for a while, or hire someone to keep it going. */
function practiceRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  if (gap.nature !== CapabilityNature.PRACTICE) return [];
  const name = `“${gap.capabilityName}”`;
  if (ctx.horizon === NeedHorizon.PERMANENT) {
    return [
      {
        option: RecommendationOption.HIRE,
        points: P.practiceHire,
        code: 'PRACTICE_HIRE',
        sentence: `${name} is a practice gap and ${HORIZON_PHRASE[ctx.horizon]}: hire someone who keeps the practice going.`,
        inputs: { nature: gap.nature, horizon: ctx.horizon },
      },
    ];
  }
  return [
    {
      option: RecommendationOption.AUGMENTATION,
      points: P.practiceAugmentation,
      code: 'PRACTICE_COACHING',
      sentence: `${name} is a practice gap and ${HORIZON_PHRASE[ctx.horizon]}: an embedded engineer coaches the practice by doing it with the team.`,
      inputs: { nature: gap.nature, horizon: ctx.horizon },
    },
  ];
}

/** A capacity gap: hire for a lasting need; augment when it is urgent or temporary (both can apply). */
function capacityRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  if (gap.nature !== CapabilityNature.CAPACITY) return [];
  const name = `“${gap.capabilityName}”`;
  const awards: Award[] = [];
  if (ctx.horizon === NeedHorizon.PERMANENT) {
    awards.push({
      option: RecommendationOption.HIRE,
      points: P.capacityHire,
      code: 'CAPACITY_HIRE',
      sentence: `${name} is a capacity gap and ${HORIZON_PHRASE[ctx.horizon]}: hire to add lasting capacity.`,
      inputs: { nature: gap.nature, horizon: ctx.horizon },
    });
  }
  const urgent = ctx.urgency === Urgency.HIGH;
  const temporary = ctx.horizon === NeedHorizon.TEMPORARY;
  if (urgent || temporary) {
    const why = [urgent ? 'urgency is high' : null, temporary ? HORIZON_PHRASE[ctx.horizon] : null].filter((w) => w !== null).join(' and ');
    awards.push({
      option: RecommendationOption.AUGMENTATION,
      points: P.capacityAugmentation,
      code: 'CAPACITY_AUGMENTATION',
      sentence: `${name} is a capacity gap and ${why}: augmentation adds people fastest, for as long as needed.`,
      inputs: { nature: gap.nature, horizon: ctx.horizon, urgency: ctx.urgency },
    });
  }
  return awards;
}

/** Three or more severe gaps in one area: a specialist team can take on the whole area. */
function severeAreaRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  const severeGaps = ctx.allGaps.filter((g) => g.areaId === gap.areaId && g.severity >= P.severeGapFrom).length;
  if (severeGaps < P.severeGapsInArea) return [];
  return [
    {
      option: RecommendationOption.SPECIALIST_TEAM,
      points: P.severeAreaSpecialistTeam,
      code: 'SEVERE_AREA',
      sentence: `${gap.areaName} has ${severeGaps} gaps of severity ≥ ${threshold(P.severeGapFrom)}: a specialist team can take on the whole area.`,
      inputs: { areaId: gap.areaId, severeGaps, severityThreshold: P.severeGapFrom, minimumGaps: P.severeGapsInArea },
    },
  ];
}

/**
 * A bigger gap makes staffing it more pressing: + min(15, round(severity × 5)) to each staffing
 * option that received a nature bonus — unless the evidence is uncertain, when the size itself is
 * in doubt.
 */
function sizeScalingRule(gap: GapForRecommendation, natureAwards: readonly Award[]): Award[] {
  const staffed = RECOMMENDATION_OPTIONS.filter(
    (option) => option !== RecommendationOption.REVIEW && natureAwards.some((a) => a.option === option && a.points > 0),
  );
  const { lowConfidence, highDisagreement } = isUncertain(gap);
  if (lowConfidence || highDisagreement) {
    return staffed.map((option) => ({
      option,
      points: 0,
      code: 'SIZE_NOT_SCALED',
      sentence: `The evidence is uncertain, so the gap's severity (${gap.severity}) does not add urgency to ${OPTION_PHRASE[option]} yet.`,
      inputs: { severity: gap.severity, confidence: gap.confidence, spread: gap.spread },
    }));
  }
  const points = Math.min(P.sizeScalingMax, roundTo(gap.severity * P.sizeScalingPerSeverity, 0));
  if (!(points > 0)) return [];
  return staffed.map((option) => ({
    option,
    points,
    code: 'SIZE_SCALING',
    sentence: `The gap is ${gap.size} levels (${gap.current} → ${gap.target}) with severity ${gap.severity}: staffing it is more pressing (+${points}).`,
    inputs: {
      size: gap.size,
      current: gap.current,
      target: gap.target,
      severity: gap.severity,
      perSeverity: P.sizeScalingPerSeverity,
      max: P.sizeScalingMax,
    },
  }));
}

/** Options the budget band cannot carry are marked down, never dropped. */
function budgetRule(_gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  const awards: Award[] = [];
  for (const option of RECOMMENDATION_OPTIONS) {
    const minimum = OPTION_MIN_BUDGET[option];
    if (ctx.budgetBand === BudgetBand.UNKNOWN) {
      if (BUDGET_ORDER.indexOf(minimum) > 0) {
        awards.push({
          option,
          points: 0,
          code: 'BUDGET_UNKNOWN',
          sentence: `The budget is not known yet and ${OPTION_PHRASE[option]} needs at least ${BUDGET_BAND_LABELS[minimum]}: confirm it before proposing ${OPTION_PHRASE[option]}.`,
          inputs: { budgetBand: ctx.budgetBand, minimumBudgetBand: minimum },
        });
      }
    } else if (BUDGET_ORDER.indexOf(ctx.budgetBand) < BUDGET_ORDER.indexOf(minimum)) {
      awards.push({
        option,
        points: P.budgetMarkdown,
        code: 'BUDGET',
        sentence: `The budget (${BUDGET_BAND_LABELS[ctx.budgetBand]}) is below what ${OPTION_PHRASE[option]} needs (at least ${BUDGET_BAND_LABELS[minimum]}): marked down by ${-P.budgetMarkdown}.`,
        inputs: { budgetBand: ctx.budgetBand, minimumBudgetBand: minimum },
      });
    }
  }
  return awards;
}

const NATURE_RULES: readonly Rule[] = [judgementRule, practiceRule, capacityRule];

const clampScore = (points: number): number => Math.min(100, Math.max(0, Math.round(points)));

/**
 * Scores all four options for one gap and ranks them (1 = best; ties by `RECOMMENDATION_OPTIONS`
 * order). Every option is present, each with at least one reason, in rank order.
 */
export function recommendOptions(gap: GapForRecommendation, ctx: RecommendationContext): ScoredOption[] {
  const natureAwards = NATURE_RULES.flatMap((rule) => rule(gap, ctx));
  const awards: Award[] = [
    ...baseRule(),
    ...uncertainEvidenceRule(gap),
    ...natureAwards,
    ...severeAreaRule(gap, ctx),
    ...sizeScalingRule(gap, natureAwards),
    ...budgetRule(gap, ctx),
  ];

  const scored = RECOMMENDATION_OPTIONS.map((option, order) => {
    const mine = awards.filter((a) => a.option === option);
    const total = mine.reduce((sum, a) => sum + a.points, 0);
    const reasons: Reason[] = mine.map((a) => ({ code: a.code, sentence: a.sentence, inputs: { ...a.inputs, points: a.points } }));
    return { option, order, score: clampScore(total), reasons };
  });

  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ option, score, reasons }, index) => ({ option, score, rank: index + 1, reasons }));
}
