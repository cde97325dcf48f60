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
 * Rule set `rules-2026.12.1` (points in `RECOMMENDATION_POINTS`):
 * - BASE: every option starts at 10.
 * - LOW_CONFIDENCE (confidence < 0.6) or HIGH_DISAGREEMENT (spread ≥ 1.0): REVIEW +50, counted once
 *   when both hold. Uncertain evidence also withholds every size, bridge and team bonus below.
 * - JUDGEMENT gap, area not reviewed yet: REVIEW +45 (JUDGEMENT_REVIEW) plus
 *   REVIEW_URGENCY + min(15, round(severity × 5)) — a larger judgement gap makes the review more
 *   urgent; AUGMENTATION +25 and HIRE +35 (PERMANENT) are stated but get no size bonus until the
 *   review is accepted (SIZE_AWAITS_REVIEW), so REVIEW (≥ 55) always leads (HIRE ≤ 45).
 *   Area reviewed: REVIEW gets a zero-point AREA_ALREADY_REVIEWED; AUGMENTATION +25 (senior/lead),
 *   HIRE +35 (leadership, PERMANENT), both with the size bonus.
 * - PRACTICE gap: AUGMENTATION +40 (coach by doing) for TEMPORARY/UNKNOWN or HIGH urgency; HIRE +40
 *   for PERMANENT.
 * - CAPACITY gap: HIRE +45 for PERMANENT; AUGMENTATION +45 when urgency is HIGH or the horizon is
 *   TEMPORARY or UNKNOWN (the reversible way to add people while the horizon is settled).
 * - BRIDGE: PRACTICE or CAPACITY, HIGH urgency and PERMANENT: AUGMENTATION +5 (bridge now), HIRE a
 *   zero-point reason (the hire follows) — so augmentation leads and the hire comes second.
 * - SIZE_SCALING: each staffing option (AUGMENTATION, HIRE) that received a nature bonus gets
 *   + min(15, round(severity × 5)) on solid evidence.
 * - SEVERE_AREA: three or more gaps of severity ≥ 1.5 in the gap's area and this gap one of them:
 *   SPECIALIST_TEAM +60 + 5 per severe gap beyond three (at most +15) + min(15, round(mean severity
 *   of those gaps × 5)) — at least 78, above any single staffing option on solid evidence (≤ 75,
 *   a bridging augmentation: 10 + 45 + 5 + 15).
 *   Withheld (zero points, said why) on uncertain evidence, for a judgement gap whose area is not
 *   reviewed yet, and when the budget cannot carry a team.
 * - BUDGET: an option whose minimum budget band (`OPTION_MIN_BUDGET`) is above the engagement's
 *   band is marked down by 40; when the band carries no staffing at all (under €50k), REVIEW +30
 *   (BUDGET_FAVOURS_REVIEW). With an UNKNOWN band nothing is marked down and options that need more
 *   than the smallest band get a zero-point BUDGET_UNKNOWN reason.
 *
 * Ranking: score descending; a tie is decided by evidence strength (more rules backing the option
 * with points), then cost (`OPTION_COST`), then time to impact (`OPTION_TIME_TO_IMPACT`), and the
 * option ranked ahead gets a zero-point TIE_BREAK reason naming the criterion.
 *
 * The first option always explains itself (zero-point reasons): EVIDENCE (respondents,
 * confidence, spread, and the two or three answers or quotes weighing most), BUDGET_FITS unless a
 * budget reason is already there, and URGENCY when the urgency changed the order (compared with the
 * same gap at medium urgency).
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
/** The options, cheapest and most reversible first. */
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
export const RULESET_VERSION = 'rules-2026.12.1';

/** Why an option got (or did not get) points: a sentence to read aloud and the numbers behind it. */
export interface Reason {
  code: string;
  sentence: string;
  /** The inputs the rule used, plus `points`: what it added to the option's score. */
  inputs: Record<string, string | number | boolean | null>;
}

/** How many answers (or a quote in last place) the first option's evidence reason cites. */
export const CITED_ANSWERS = 3;

/** One answer behind a gap (the gap's stored evidence, as the engine needs it). */
export interface GapEvidenceItem {
  prompt: string;
  /** The answer as the respondent saw it ("Only vaguely"); empty for a text-only answer. */
  answer: string;
  /** Its value 1–5; null for "don't know" and text. */
  value: number | null;
  /** Free text, only when it may be shown to whoever reads the reasons. */
  quote: string | null;
  /** How many identical answers this item stands for (a caller may group them); 1 when absent. */
  count?: number;
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
  /** The answers behind the gap, so the first option can cite the ones weighing most. */
  evidence?: readonly GapEvidenceItem[];
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
  judgementReview: 45,
  judgementAugmentation: 25,
  judgementHire: 35,
  practiceAugmentation: 40,
  practiceHire: 40,
  capacityHire: 45,
  capacityAugmentation: 45,
  bridgeAugmentation: 5,
  severeAreaSpecialistTeam: 60,
  severeAreaPerExtraGap: 5,
  severeAreaExtraMax: 15,
  severeGapFrom: 1.5,
  severeGapsInArea: 3,
  sizeScalingPerSeverity: 5,
  sizeScalingMax: 15,
  budgetMarkdown: -40,
  budgetFavoursReview: 30,
} as const;

const P = RECOMMENDATION_POINTS;

/** The smallest budget band that can carry each option. */
export const OPTION_MIN_BUDGET: Readonly<Record<RecommendationOption, Exclude<BudgetBand, 'UNKNOWN'>>> = {
  REVIEW: BudgetBand.UNDER_50K,
  AUGMENTATION: BudgetBand.FROM_50K_TO_150K,
  HIRE: BudgetBand.FROM_50K_TO_150K,
  SPECIALIST_TEAM: BudgetBand.FROM_150K_TO_500K,
};

/** Tie-break 2: what committing to the option costs (lower first) — its minimum budget band. */
export const OPTION_COST: Readonly<Record<RecommendationOption, number>> = { REVIEW: 1, AUGMENTATION: 2, HIRE: 2, SPECIALIST_TEAM: 3 };

/** Tie-break 3: how soon the option changes anything (sooner first). */
export const OPTION_TIME_TO_IMPACT: Readonly<Record<RecommendationOption, number>> = { AUGMENTATION: 1, REVIEW: 2, SPECIALIST_TEAM: 3, HIRE: 4 };

const TIME_TO_IMPACT_PHRASE: Readonly<Record<RecommendationOption, string>> = {
  AUGMENTATION: 'an embedded engineer starts within weeks',
  REVIEW: 'a review reports within weeks',
  SPECIALIST_TEAM: 'a team takes a month or two to assemble',
  HIRE: 'a hire takes months to land',
};

/** What an option needs, in a sentence: "needs at least €50k–150k", or "fits any budget". */
const needsPhrase = (option: RecommendationOption): string => {
  const minimum = OPTION_MIN_BUDGET[option];
  return minimum === BudgetBand.UNDER_50K ? 'fits any budget' : `needs at least ${BUDGET_BAND_LABELS[minimum]}`;
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

const URGENCY_PHRASE: Readonly<Record<Urgency, string>> = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };

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

const sizePoints = (severity: number): number => Math.max(0, Math.min(P.sizeScalingMax, roundTo(severity * P.sizeScalingPerSeverity, 0)));

function isUncertain(gap: GapForRecommendation): { lowConfidence: boolean; highDisagreement: boolean; uncertain: boolean } {
  const lowConfidence = gap.confidence < P.lowConfidenceBelow;
  const highDisagreement = gap.spread !== null && gap.spread >= P.highDisagreementFrom;
  return { lowConfidence, highDisagreement, uncertain: lowConfidence || highDisagreement };
}

const isReviewPending = (gap: GapForRecommendation, ctx: RecommendationContext): boolean =>
  gap.nature === CapabilityNature.JUDGEMENT && !ctx.reviewedAreaIds.includes(gap.areaId);

const isBridge = (gap: GapForRecommendation, ctx: RecommendationContext): boolean =>
  gap.nature !== CapabilityNature.JUDGEMENT && ctx.urgency === Urgency.HIGH && ctx.horizon === NeedHorizon.PERMANENT;

/** Can the engagement's budget carry the option? (An unknown budget is not held against it.) */
const budgetCarries = (option: RecommendationOption, band: BudgetBand): boolean =>
  band === BudgetBand.UNKNOWN || BUDGET_ORDER.indexOf(band) >= BUDGET_ORDER.indexOf(OPTION_MIN_BUDGET[option]);

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

/**
 * A judgement gap: review the area first — the larger the gap, the more urgent the review — then a
 * senior/lead in the team, a leader for good.
 */
function judgementRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  if (gap.nature !== CapabilityNature.JUDGEMENT) return [];
  const name = `“${gap.capabilityName}”`;
  const reviewed = ctx.reviewedAreaIds.includes(gap.areaId);
  const awards: Award[] = [];
  if (reviewed) {
    awards.push({
      option: RecommendationOption.REVIEW,
      points: 0,
      code: 'AREA_ALREADY_REVIEWED',
      sentence: `A review of ${gap.areaName} is already accepted on this engagement: no second review bonus, staffing leads.`,
      inputs: { nature: gap.nature, areaId: gap.areaId, alreadyReviewed: true },
    });
  } else {
    const urgency = sizePoints(gap.severity);
    awards.push({
      option: RecommendationOption.REVIEW,
      points: P.judgementReview,
      code: 'JUDGEMENT_REVIEW',
      sentence: `${name} is a judgement gap and nobody has reviewed ${gap.areaName} yet: a review shows where and why the calls go wrong before anyone is staffed on it.`,
      inputs: { nature: gap.nature, areaId: gap.areaId, alreadyReviewed: false },
    });
    if (urgency > 0) {
      awards.push({
        option: RecommendationOption.REVIEW,
        points: urgency,
        code: 'REVIEW_URGENCY',
        sentence: `The gap is ${gap.size} levels (${gap.current} → ${gap.target}) with severity ${gap.severity}: a larger judgement gap makes the review more urgent, not skippable (+${urgency}).`,
        inputs: { size: gap.size, severity: gap.severity, perSeverity: P.sizeScalingPerSeverity, max: P.sizeScalingMax },
      });
    }
  }
  awards.push({
    option: RecommendationOption.AUGMENTATION,
    points: P.judgementAugmentation,
    code: 'JUDGEMENT_SENIOR_AUGMENTATION',
    sentence: `${name} is a judgement gap: a senior or lead engineer embedded in the team can make those calls and teach them.`,
    inputs: { nature: gap.nature, profile: 'senior/lead' },
  });
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

/** A practice gap: coach it by doing for a while (or while a hire is found), or hire someone to keep it going. */
function practiceRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  if (gap.nature !== CapabilityNature.PRACTICE) return [];
  const name = `“${gap.capabilityName}”`;
  const awards: Award[] = [];
  const permanent = ctx.horizon === NeedHorizon.PERMANENT;
  const urgent = ctx.urgency === Urgency.HIGH;
  if (permanent) {
    awards.push({
      option: RecommendationOption.HIRE,
      points: P.practiceHire,
      code: 'PRACTICE_HIRE',
      sentence: `${name} is a practice gap and ${HORIZON_PHRASE[ctx.horizon]}: hire someone who keeps the practice going.`,
      inputs: { nature: gap.nature, horizon: ctx.horizon },
    });
  }
  if (!permanent || urgent) {
    const why = permanent ? 'urgency is high' : HORIZON_PHRASE[ctx.horizon];
    awards.push({
      option: RecommendationOption.AUGMENTATION,
      points: P.practiceAugmentation,
      code: 'PRACTICE_COACHING',
      sentence: `${name} is a practice gap and ${why}: an embedded engineer coaches the practice by doing it with the team.`,
      inputs: { nature: gap.nature, horizon: ctx.horizon, urgency: ctx.urgency },
    });
  }
  return awards;
}

/** A capacity gap: hire for a lasting need; augment when it is urgent, temporary or not yet known (both can apply). */
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
  const notPermanent = ctx.horizon !== NeedHorizon.PERMANENT;
  if (urgent || notPermanent) {
    const why = [urgent ? 'urgency is high' : null, notPermanent ? HORIZON_PHRASE[ctx.horizon] : null].filter((w) => w !== null).join(' and ');
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

/** Urgent and permanent: augment now as a bridge, and the hire follows (practice and capacity gaps). */
function bridgeRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  if (!isBridge(gap, ctx)) return [];
  if (isUncertain(gap).uncertain) {
    return [
      {
        option: RecommendationOption.AUGMENTATION,
        points: 0,
        code: 'BRIDGE_NOT_YET',
        sentence: `Urgency is high and the need is permanent, but the evidence is uncertain: the bridge waits for the review.`,
        inputs: { urgency: ctx.urgency, horizon: ctx.horizon, confidence: gap.confidence, spread: gap.spread },
      },
    ];
  }
  return [
    {
      option: RecommendationOption.AUGMENTATION,
      points: P.bridgeAugmentation,
      code: 'BRIDGE_AUGMENTATION',
      sentence: `Urgency is high and the need is permanent: augmentation bridges now, while a hire is found to keep it (+${P.bridgeAugmentation}).`,
      inputs: { urgency: ctx.urgency, horizon: ctx.horizon, then: RecommendationOption.HIRE },
    },
    {
      option: RecommendationOption.HIRE,
      points: 0,
      code: 'BRIDGE_HIRE',
      sentence: `Urgency is high and the need is permanent: the hire comes second, taking over from the augmentation that bridges until it lands.`,
      inputs: { urgency: ctx.urgency, horizon: ctx.horizon, after: RecommendationOption.AUGMENTATION },
    },
  ];
}

/**
 * Three or more severe gaps in one area: a specialist team takes on the area, scaled by how many
 * severe gaps it has and how severe they are — for those gaps, on solid evidence, once a judgement
 * area is reviewed, and when the budget can carry it.
 */
function severeAreaRule(gap: GapForRecommendation, ctx: RecommendationContext): Award[] {
  const severe = ctx.allGaps.filter((g) => g.areaId === gap.areaId && g.severity >= P.severeGapFrom);
  const severeGaps = severe.length;
  if (severeGaps < P.severeGapsInArea) return [];
  const meanSeverity = roundTo(severe.reduce((sum, g) => sum + g.severity, 0) / severeGaps, 2);
  const base = { areaId: gap.areaId, severeGaps, severityThreshold: P.severeGapFrom, minimumGaps: P.severeGapsInArea };
  const withheld = (code: string, why: string, inputs: Inputs = {}): Award[] => [
    {
      option: RecommendationOption.SPECIALIST_TEAM,
      points: 0,
      code,
      sentence: `${gap.areaName} has ${severeGaps} gaps of severity ≥ ${threshold(P.severeGapFrom)}, ${why}.`,
      inputs: { ...base, ...inputs },
    },
  ];
  if (gap.severity < P.severeGapFrom) return withheld('SEVERE_AREA_OTHER_GAPS', `but this one (severity ${gap.severity}) is not among them: the team is for those gaps`, { severity: gap.severity });
  if (isUncertain(gap).uncertain) return withheld('SEVERE_AREA_UNCERTAIN', 'but the evidence for this gap is uncertain: no team before the review', { confidence: gap.confidence, spread: gap.spread });
  if (isReviewPending(gap, ctx)) return withheld('SEVERE_AREA_AFTER_REVIEW', 'but nobody has reviewed the area yet: a team is proposed once the review is accepted');
  if (!budgetCarries(RecommendationOption.SPECIALIST_TEAM, ctx.budgetBand)) {
    return withheld('SEVERE_AREA_OVER_BUDGET', `but the budget (${BUDGET_BAND_LABELS[ctx.budgetBand]}) cannot carry a team`, { budgetBand: ctx.budgetBand });
  }
  const extra = Math.min(P.severeAreaExtraMax, P.severeAreaPerExtraGap * (severeGaps - P.severeGapsInArea));
  const bySeverity = sizePoints(meanSeverity);
  return [
    {
      option: RecommendationOption.SPECIALIST_TEAM,
      points: P.severeAreaSpecialistTeam + extra + bySeverity,
      code: 'SEVERE_AREA',
      sentence: `${gap.areaName} has ${severeGaps} gaps of severity ≥ ${threshold(P.severeGapFrom)} (mean ${meanSeverity}): a specialist team takes on the whole area (+${P.severeAreaSpecialistTeam}, +${extra} for the gaps beyond ${P.severeGapsInArea}, +${bySeverity} for their severity).`,
      inputs: { ...base, meanSeverity, perExtraGap: P.severeAreaPerExtraGap, extraPoints: extra, severityPoints: bySeverity },
    },
  ];
}

/**
 * A bigger gap makes staffing it more pressing: + min(15, round(severity × 5)) to each staffing
 * option that received a nature bonus — unless the evidence is uncertain (the size itself is in
 * doubt) or the judgement area awaits its review.
 */
function sizeScalingRule(gap: GapForRecommendation, ctx: RecommendationContext, natureAwards: readonly Award[]): Award[] {
  const staffed = RECOMMENDATION_OPTIONS.filter(
    (option) => option !== RecommendationOption.REVIEW && natureAwards.some((a) => a.option === option && a.points > 0),
  );
  if (isUncertain(gap).uncertain) {
    return staffed.map((option) => ({
      option,
      points: 0,
      code: 'SIZE_NOT_SCALED',
      sentence: `The evidence is uncertain, so the gap's severity (${gap.severity}) does not add urgency to ${OPTION_PHRASE[option]} yet.`,
      inputs: { severity: gap.severity, confidence: gap.confidence, spread: gap.spread },
    }));
  }
  if (isReviewPending(gap, ctx)) {
    return staffed.map((option) => ({
      option,
      points: 0,
      code: 'SIZE_AWAITS_REVIEW',
      sentence: `Nobody has reviewed ${gap.areaName} yet, so the gap's severity (${gap.severity}) makes the review more urgent, not ${OPTION_PHRASE[option]}.`,
      inputs: { severity: gap.severity, areaId: gap.areaId, alreadyReviewed: false },
    }));
  }
  const points = sizePoints(gap.severity);
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

/** Options the budget band cannot carry are marked down, never dropped; a budget that carries no staffing favours a review. */
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
    } else if (!budgetCarries(option, ctx.budgetBand)) {
      awards.push({
        option,
        points: P.budgetMarkdown,
        code: 'BUDGET',
        sentence: `The budget (${BUDGET_BAND_LABELS[ctx.budgetBand]}) is below what ${OPTION_PHRASE[option]} needs (at least ${BUDGET_BAND_LABELS[minimum]}): marked down by ${-P.budgetMarkdown}.`,
        inputs: { budgetBand: ctx.budgetBand, minimumBudgetBand: minimum },
      });
    }
  }
  const staffing = [RecommendationOption.AUGMENTATION, RecommendationOption.HIRE, RecommendationOption.SPECIALIST_TEAM];
  if (ctx.budgetBand !== BudgetBand.UNKNOWN && staffing.every((o) => !budgetCarries(o, ctx.budgetBand))) {
    awards.push({
      option: RecommendationOption.REVIEW,
      points: P.budgetFavoursReview,
      code: 'BUDGET_FAVOURS_REVIEW',
      sentence: `The budget (${BUDGET_BAND_LABELS[ctx.budgetBand]}) carries a review but no staffing: the review is what it buys, and it makes the case for the rest (+${P.budgetFavoursReview}).`,
      inputs: { budgetBand: ctx.budgetBand, minimumBudgetBand: OPTION_MIN_BUDGET[RecommendationOption.REVIEW] },
    });
  }
  return awards;
}

const NATURE_RULES: readonly Rule[] = [judgementRule, practiceRule, capacityRule];

const clampScore = (points: number): number => Math.min(100, Math.max(0, Math.round(points)));

interface Scored {
  option: RecommendationOption;
  score: number;
  /** Rules (other than BASE) that gave the option points: tie-break 1. */
  backing: number;
  reasons: Reason[];
}

/** How two tied options are separated: the first criterion that tells them apart. */
function tieBreak(a: Scored, b: Scored): { order: number; criterion: string } | null {
  if (a.backing !== b.backing) return { order: b.backing - a.backing, criterion: 'evidence strength' };
  if (OPTION_COST[a.option] !== OPTION_COST[b.option]) return { order: OPTION_COST[a.option] - OPTION_COST[b.option], criterion: 'cost' };
  if (OPTION_TIME_TO_IMPACT[a.option] !== OPTION_TIME_TO_IMPACT[b.option]) {
    return { order: OPTION_TIME_TO_IMPACT[a.option] - OPTION_TIME_TO_IMPACT[b.option], criterion: 'time to impact' };
  }
  return null;
}

function tieSentence(winner: Scored, loser: Scored, criterion: string): string {
  const lead = `${RECOMMENDATION_OPTION_LABELS[winner.option]} and ${OPTION_PHRASE[loser.option]} both score ${winner.score}: ranked ahead on ${criterion}`;
  if (criterion === 'evidence strength') return `${lead} (${winner.backing} rules back it, ${loser.backing} back ${OPTION_PHRASE[loser.option]}).`;
  if (criterion === 'cost') return `${lead} (${OPTION_PHRASE[winner.option]} ${needsPhrase(winner.option)}, ${OPTION_PHRASE[loser.option]} ${needsPhrase(loser.option)}).`;
  return `${lead} (${TIME_TO_IMPACT_PHRASE[winner.option]}; ${TIME_TO_IMPACT_PHRASE[loser.option]}).`;
}

/** Scores and ranks the four options; ties decided by the stated tie-break, which the winner's reasons name. */
function rank(gap: GapForRecommendation, ctx: RecommendationContext): Scored[] {
  const natureAwards = [...NATURE_RULES.flatMap((rule) => rule(gap, ctx)), ...bridgeRule(gap, ctx)];
  const awards: Award[] = [
    ...baseRule(),
    ...uncertainEvidenceRule(gap),
    ...natureAwards,
    ...severeAreaRule(gap, ctx),
    ...sizeScalingRule(gap, ctx, natureAwards),
    ...budgetRule(gap, ctx),
  ];

  const scored: Scored[] = RECOMMENDATION_OPTIONS.map((option) => {
    const mine = awards.filter((a) => a.option === option);
    const total = mine.reduce((sum, a) => sum + a.points, 0);
    const reasons: Reason[] = mine.map((a) => ({ code: a.code, sentence: a.sentence, inputs: { ...a.inputs, points: a.points } }));
    const backing = mine.filter((a) => a.code !== 'BASE' && a.points > 0).length;
    return { option, score: clampScore(total), backing, reasons };
  });
  scored.sort((a, b) => b.score - a.score || (tieBreak(a, b)?.order ?? 0));
  for (let i = 1; i < scored.length; i++) {
    const [winner, loser] = [scored[i - 1]!, scored[i]!];
    if (winner.score !== loser.score) continue;
    const decided = tieBreak(winner, loser)!;
    winner.reasons.push({
      code: 'TIE_BREAK',
      sentence: tieSentence(winner, loser, decided.criterion),
      inputs: { tiedWith: loser.option, score: winner.score, criterion: decided.criterion, points: 0 },
    });
  }
  return scored;
}

const quoted = (text: string): string => `“${text.replace(/[.\s]+$/, '')}”`;

/** The two or three answers (or quotes) that weigh most: the lowest-valued answers, then a quote. */
function weighingMost(evidence: readonly GapEvidenceItem[]): string[] {
  const groups = new Map<string, { prompt: string; answer: string; value: number; count: number }>();
  for (const e of evidence.filter((x) => x.value !== null && x.answer).sort((a, b) => a.value! - b.value!)) {
    const key = `${e.prompt}\u0000${e.answer}`;
    const group = groups.get(key) ?? { prompt: e.prompt, answer: e.answer, value: e.value!, count: 0 };
    group.count += e.count ?? 1;
    groups.set(key, group);
  }
  const answers = [...groups.values()].map((g) => `${quoted(g.prompt)} — ${quoted(g.answer)}${g.count > 1 ? ` (${g.count} answers)` : ''}`);
  const quote = evidence.find((x) => x.quote)?.quote;
  return quote ? [...answers.slice(0, CITED_ANSWERS - 1), `someone wrote ${quoted(quote)}`] : answers.slice(0, CITED_ANSWERS);
}

/** The first option's zero-point reasons: the evidence, the budget, and urgency where it changed the order. */
function explainFirst(first: Scored, ranked: readonly Scored[], gap: GapForRecommendation, ctx: RecommendationContext): void {
  const { uncertain } = isUncertain(gap);
  const cited = weighingMost(gap.evidence ?? []);
  const spread = gap.spread === null ? 'no spread (a single respondent)' : `spread ${gap.spread}`;
  first.reasons.push({
    code: 'EVIDENCE',
    sentence:
      `The evidence is ${uncertain ? 'uncertain' : 'solid'}: ${gap.respondentCount} ${gap.respondentCount === 1 ? 'respondent' : 'respondents'}, confidence ${gap.confidence}, ${spread}` +
      (cited.length ? `; weighing most: ${cited.join('; ')}.` : '.'),
    inputs: { respondentCount: gap.respondentCount, confidence: gap.confidence, spread: gap.spread, solid: !uncertain, cited: cited.length, points: 0 },
  });
  if (!first.reasons.some((r) => r.code === 'BUDGET' || r.code === 'BUDGET_UNKNOWN' || r.code === 'BUDGET_FAVOURS_REVIEW')) {
    const minimum = OPTION_MIN_BUDGET[first.option];
    first.reasons.push({
      code: 'BUDGET_FITS',
      sentence:
        ctx.budgetBand === BudgetBand.UNKNOWN
          ? `The budget is not known yet; ${OPTION_PHRASE[first.option]} ${needsPhrase(first.option)}.`
          : `The budget (${BUDGET_BAND_LABELS[ctx.budgetBand]}) carries ${OPTION_PHRASE[first.option]}, which ${needsPhrase(first.option)}.`,
      inputs: { budgetBand: ctx.budgetBand, minimumBudgetBand: minimum, points: 0 },
    });
  }
  if (ctx.urgency !== Urgency.MEDIUM) {
    const neutral = rank(gap, { ...ctx, urgency: Urgency.MEDIUM }).map((s) => s.option);
    const actual = ranked.map((s) => s.option);
    if (neutral.join() !== actual.join()) {
      const phrase = (order: readonly RecommendationOption[]) => order.map((o) => OPTION_PHRASE[o]).join(', ');
      first.reasons.push({
        code: 'URGENCY',
        sentence: `Urgency is ${URGENCY_PHRASE[ctx.urgency]} and it changed the order: ${phrase(actual)}, where medium urgency would give ${phrase(neutral)}.`,
        inputs: { urgency: ctx.urgency, firstAtMedium: neutral[0]!, points: 0 },
      });
    }
  }
}

/**
 * Scores all four options for one gap and ranks them (1 = best; ties decided by evidence strength,
 * cost, then time to impact). Every option is present, each with at least one reason, in rank order;
 * the first also states its evidence, its budget and, where it mattered, the urgency.
 */
export function recommendOptions(gap: GapForRecommendation, ctx: RecommendationContext): ScoredOption[] {
  const ranked = rank(gap, ctx);
  explainFirst(ranked[0]!, ranked, gap, ctx);
  return ranked.map(({ option, score, reasons }, index) => ({ option, score, rank: index + 1, reasons }));
}
