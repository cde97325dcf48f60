/**
 * The recommendation evaluation set: gaps with their context and what an experienced consultant
 * would put first, what they would also sign, and what they would never put first — each with a
 * one-line rationale. `npm run bench:judgement` scores the engine against it (top-1 agreement,
 * acceptable-first agreement, never-first violations); `recommendation-scenarios.spec.ts` guards
 * that no never-first option ever leads.
 *
 * Written as data: change a scenario only when the expert call itself changes, and say why.
 */
import { CapabilityNature } from '../assessment.js';
import { BudgetBand, NeedHorizon, Urgency } from '../engagement.js';
import { type GapForRecommendation, type RecommendationContext, RecommendationOption, recommendOptions, type ScoredOption } from '../recommendation.js';

export interface RecommendationScenario {
  id: string;
  gap: {
    nature: CapabilityNature;
    severity: number;
    confidence: number;
    /** null: a single respondent. */
    spread: number | null;
    respondentCount: number;
  };
  context: {
    horizon: NeedHorizon;
    urgency: Urgency;
    budgetBand: BudgetBand;
    /** Is a review of the gap's area already accepted on the engagement? */
    reviewed: boolean;
    /** Severities of the area's other gaps (this gap is counted too). */
    otherGapsInArea: number[];
  };
  expectedFirst: RecommendationOption;
  /** Firsts an expert would also sign (always includes `expectedFirst`). */
  acceptableFirsts: RecommendationOption[];
  /** Options that must never lead for this gap. */
  neverFirst: RecommendationOption[];
  rationale: string;
}

const { JUDGEMENT: J, PRACTICE: PR, CAPACITY: C } = CapabilityNature;
const { TEMPORARY: TEMP, PERMANENT: PERM, UNKNOWN: UNK } = NeedHorizon;
const { LOW, MEDIUM: MED, HIGH } = Urgency;
const { UNDER_50K: B50, FROM_50K_TO_150K: B150, FROM_150K_TO_500K: B500, OVER_500K: B500PLUS, UNKNOWN: BUNK } = BudgetBand;
const { REVIEW: R, AUGMENTATION: A, HIRE: H, SPECIALIST_TEAM: T } = RecommendationOption;

/** Solid evidence: five respondents, confidence 0.8, spread 0.5. */
const SOLID = { confidence: 0.8, spread: 0.5, respondentCount: 5 };
const LOW_CONFIDENCE = { confidence: 0.45, spread: 0.6, respondentCount: 2 };
const DISAGREEMENT = { confidence: 0.7, spread: 1.3, respondentCount: 6 };
const SINGLE = { confidence: 0.5, spread: null, respondentCount: 1 };

type Evidence = { confidence: number; spread: number | null; respondentCount: number };

function s(
  id: string,
  nature: CapabilityNature,
  severity: number,
  evidence: Evidence,
  context: { horizon: NeedHorizon; urgency: Urgency; budgetBand?: BudgetBand; reviewed?: boolean; otherGapsInArea?: number[] },
  expectedFirst: RecommendationOption,
  also: RecommendationOption[],
  neverFirst: RecommendationOption[],
  rationale: string,
): RecommendationScenario {
  return {
    id,
    gap: { nature, severity, ...evidence },
    context: { budgetBand: B500, reviewed: false, otherGapsInArea: [], ...context },
    expectedFirst,
    acceptableFirsts: [expectedFirst, ...also],
    neverFirst,
    rationale,
  };
}

export const RECOMMENDATION_SCENARIOS: readonly RecommendationScenario[] = [
  // Judgement, area not reviewed: review first, whatever the size, horizon or urgency.
  s('J-unreviewed-temp-medium', J, 1.0, SOLID, { horizon: TEMP, urgency: MED }, R, [], [H, T], 'Nobody has looked at how these calls are made: review before putting anyone on them.'),
  s('J-unreviewed-temp-high-large', J, 2.5, SOLID, { horizon: TEMP, urgency: HIGH }, R, [], [H, T], 'A large, urgent judgement gap makes the review more urgent, not skippable (the old rules put augmentation first here).'),
  s('J-unreviewed-perm-high-large', J, 3.0, SOLID, { horizon: PERM, urgency: HIGH }, R, [], [A, T], 'Hiring a leader into an unexamined judgement problem hires the wrong leader: review first.'),
  s('J-unreviewed-perm-medium', J, 1.5, SOLID, { horizon: PERM, urgency: MED }, R, [], [A, T], 'Permanent need, but the review defines the leadership role to hire.'),
  s('J-unreviewed-unknown-low-small', J, 0.4, SOLID, { horizon: UNK, urgency: LOW }, R, [], [H, T], 'A small judgement gap is cheapest to understand with a short review.'),
  s('J-unreviewed-perm-tiny-rich', J, 0.3, SOLID, { horizon: PERM, urgency: LOW, budgetBand: B500PLUS }, R, [], [H, T], 'A big budget does not skip the review of a judgement gap.'),
  s('J-unreviewed-low-budget', J, 1.8, SOLID, { horizon: PERM, urgency: MED, budgetBand: B50 }, R, [], [A, H, T], 'Under €50k carries a review and nothing else; the review also makes the case for more.'),
  s('J-unreviewed-severe-area', J, 2.0, SOLID, { horizon: TEMP, urgency: MED, otherGapsInArea: [1.8, 2.2] }, R, [], [H, T], 'Three severe judgement gaps nobody has reviewed: review the area before committing a team to it.'),
  s('J-unreviewed-low-confidence', J, 2.0, LOW_CONFIDENCE, { horizon: PERM, urgency: HIGH }, R, [], [A, H, T], 'Unreviewed and uncertain: nothing to staff yet.'),
  // Judgement, area reviewed: staffing leads.
  s('J-reviewed-temp-medium', J, 1.5, SOLID, { horizon: TEMP, urgency: MED, reviewed: true }, A, [], [R, T], 'The review is done: embed a senior/lead to make and teach the calls.'),
  s('J-reviewed-unknown-high', J, 2.0, SOLID, { horizon: UNK, urgency: HIGH, reviewed: true }, A, [], [R, H, T], 'Reviewed, urgent, horizon open: a senior embedded now, reversible.'),
  s('J-reviewed-perm-medium', J, 1.5, SOLID, { horizon: PERM, urgency: MED, reviewed: true }, H, [A], [R, T], 'Reviewed and permanent: hire the leader who owns these calls.'),
  s('J-reviewed-perm-high', J, 2.0, SOLID, { horizon: PERM, urgency: HIGH, reviewed: true }, H, [A], [R, T], 'Reviewed, permanent: the leadership hire; a senior augmentation meanwhile is also defensible.'),
  s('J-reviewed-perm-low', J, 0.8, SOLID, { horizon: PERM, urgency: LOW, reviewed: true }, H, [A], [R, T], 'No rush and a lasting need: hire the leader.'),
  s('J-reviewed-disagreement', J, 2.0, DISAGREEMENT, { horizon: PERM, urgency: MED, reviewed: true }, R, [], [H, T], 'People disagree on where the gap is, even after a review of the area: look again before hiring a leader.'),
  s('J-reviewed-severe-area', J, 2.0, SOLID, { horizon: TEMP, urgency: MED, reviewed: true, otherGapsInArea: [1.8, 2.2] }, T, [A], [R, H], 'Reviewed area with three severe judgement gaps: a specialist team takes the whole area.'),
  s('J-reviewed-severe-area-over-budget', J, 2.0, SOLID, { horizon: TEMP, urgency: MED, reviewed: true, budgetBand: B150, otherGapsInArea: [1.8, 2.2] }, A, [], [R, T], '€50k–150k cannot carry a team: one senior embedded is what fits.'),
  s('J-reviewed-severe-area-uncertain', J, 2.0, LOW_CONFIDENCE, { horizon: PERM, urgency: MED, reviewed: true, otherGapsInArea: [1.6, 1.9] }, R, [], [H, T], 'Severe area but this gap rests on thin evidence: confirm it before a team or a hire.'),
  // Practice.
  s('P-temp-medium', PR, 1.0, SOLID, { horizon: TEMP, urgency: MED }, A, [], [H, T], 'A temporary practice gap: coach it by doing it with the team.'),
  s('P-temp-high', PR, 2.0, SOLID, { horizon: TEMP, urgency: HIGH }, A, [], [H, T], 'Urgent and temporary: an embedded engineer starts within weeks.'),
  s('P-temp-low', PR, 0.6, SOLID, { horizon: TEMP, urgency: LOW }, A, [R], [H, T], 'Small, temporary: light-touch coaching.'),
  s('P-unknown-medium', PR, 1.2, SOLID, { horizon: UNK, urgency: MED }, A, [], [H, T], 'Horizon not known: augmentation is reversible while it is settled.'),
  s('P-unknown-high', PR, 2.5, SOLID, { horizon: UNK, urgency: HIGH }, A, [], [H, T], 'Urgent with an open horizon: augment now.'),
  s('P-perm-low', PR, 0.8, SOLID, { horizon: PERM, urgency: LOW }, H, [], [T], 'A lasting practice need without urgency: hire someone to keep it going.'),
  s('P-perm-medium', PR, 1.5, SOLID, { horizon: PERM, urgency: MED }, H, [A], [T], 'Permanent practice: the hire keeps it going.'),
  s('P-perm-high-bridge', PR, 2.5, SOLID, { horizon: PERM, urgency: HIGH }, A, [], [R, T], 'Urgent and permanent: augment now as a bridge, hire second to keep it.'),
  s('P-perm-high-small-bridge', PR, 0.9, SOLID, { horizon: PERM, urgency: HIGH }, A, [], [R, T], 'Even a small urgent permanent gap is bridged: a hire takes months.'),
  s('P-perm-high-low-confidence', PR, 2.5, LOW_CONFIDENCE, { horizon: PERM, urgency: HIGH }, R, [], [H, T], 'Urgency does not make thin evidence solid: review before bridging or hiring.'),
  s('P-temp-disagreement', PR, 1.5, DISAGREEMENT, { horizon: TEMP, urgency: MED }, R, [], [H, T], 'Respondents disagree: understand the problem before coaching it.'),
  s('P-temp-low-budget', PR, 1.0, SOLID, { horizon: TEMP, urgency: MED, budgetBand: B50 }, R, [], [H, T], 'Under €50k cannot carry augmentation: a review is what it buys.'),
  s('P-perm-budget-unknown', PR, 1.5, SOLID, { horizon: PERM, urgency: MED, budgetBand: BUNK }, H, [A], [T], 'Budget to confirm, but the call stands: hire for a permanent practice.'),
  s('P-reviewed-area-temp', PR, 1.2, SOLID, { horizon: TEMP, urgency: MED, reviewed: true }, A, [], [R, H, T], 'An accepted review changes nothing for a practice gap: coach it.'),
  s('P-severe-area-team', PR, 2.0, SOLID, { horizon: TEMP, urgency: MED, otherGapsInArea: [1.6, 2.4, 1.9] }, T, [A], [R, H], 'Four severe practice gaps in one area: a team takes the area, not four coaches.'),
  s('P-severe-area-mild-gap', PR, 1.0, SOLID, { horizon: TEMP, urgency: MED, otherGapsInArea: [1.6, 2.4, 1.9] }, A, [T], [R, H], 'This gap is mild; the team is for the severe ones, coaching covers this.'),
  s('P-severe-area-low-confidence', PR, 2.0, LOW_CONFIDENCE, { horizon: TEMP, urgency: MED, otherGapsInArea: [1.6, 2.4] }, R, [], [H, T], 'Thin evidence: no team before a review.'),
  s('P-unknown-low-budget-unknown', PR, 0.7, SOLID, { horizon: UNK, urgency: LOW, budgetBand: BUNK }, A, [R], [H, T], 'Small practice gap, nothing settled: reversible coaching, budget to confirm.'),
  // Capacity.
  s('C-perm-medium', C, 1.5, SOLID, { horizon: PERM, urgency: MED }, H, [], [R, T], 'Lasting capacity: hire.'),
  s('C-perm-low', C, 1.0, SOLID, { horizon: PERM, urgency: LOW }, H, [], [R, T], 'Lasting capacity, no rush: hire.'),
  s('C-perm-high-bridge', C, 2.5, SOLID, { horizon: PERM, urgency: HIGH }, A, [H], [R, T], 'Urgent and permanent: augment now as a bridge, hire to keep the capacity.'),
  s('C-temp-medium', C, 1.5, SOLID, { horizon: TEMP, urgency: MED }, A, [], [H, T], 'A temporary need: augmentation for as long as it lasts.'),
  s('C-temp-high', C, 3.0, SOLID, { horizon: TEMP, urgency: HIGH }, A, [], [R, H, T], 'Urgent and temporary: add people fastest.'),
  s('C-temp-low', C, 0.8, SOLID, { horizon: TEMP, urgency: LOW }, A, [], [H, T], 'Small temporary need: augment.'),
  s('C-unknown-high', C, 2.0, SOLID, { horizon: UNK, urgency: HIGH }, A, [], [H, T], 'Urgent, horizon open: augment, reversible.'),
  s('C-unknown-medium', C, 1.2, SOLID, { horizon: UNK, urgency: MED }, A, [R], [H, T], 'Horizon not known: augmentation adds people and can stop; a permanent hire would be a one-way door.'),
  s('C-unknown-low', C, 0.5, SOLID, { horizon: UNK, urgency: LOW }, A, [R], [H, T], 'Small, unsettled: reversible augmentation, or confirm the need first.'),
  s('C-perm-high-low-budget', C, 2.0, SOLID, { horizon: PERM, urgency: HIGH, budgetBand: B50 }, R, [], [T], 'Under €50k carries no staffing: the review builds the case for the budget.'),
  s('C-temp-disagreement', C, 2.0, DISAGREEMENT, { horizon: TEMP, urgency: HIGH }, R, [], [H, T], 'People disagree about the shortfall: measure it before adding people.'),
  s('C-single-respondent', C, 2.0, SINGLE, { horizon: PERM, urgency: MED }, R, [], [H, T], 'One respondent is not evidence enough for a hire.'),
  s('C-severe-area-team', C, 2.0, SOLID, { horizon: PERM, urgency: MED, budgetBand: B500PLUS, otherGapsInArea: [1.5, 1.7] }, T, [H], [R], 'Three severe capacity gaps in one area: a team, not three separate hires.'),
  s('C-severe-area-six-urgent', C, 2.5, SOLID, { horizon: PERM, urgency: HIGH, otherGapsInArea: [1.6, 2.0, 2.8, 3.1, 1.9] }, T, [A], [R, H], 'Six severe gaps, urgent: a team takes the area at once.'),
  s('C-severe-area-over-budget', C, 2.0, SOLID, { horizon: PERM, urgency: MED, budgetBand: B150, otherGapsInArea: [1.5, 1.7] }, H, [], [R, T], '€50k–150k cannot carry a team: hire for the lasting need.'),
  s('C-severe-area-budget-unknown', C, 2.0, SOLID, { horizon: PERM, urgency: MED, budgetBand: BUNK, otherGapsInArea: [1.5, 1.7] }, T, [H], [R], 'A team fits the area; the budget is to be confirmed before proposing it.'),
];

/** The engine's gap and context for a scenario (area "Area", capability "Capability"). */
export function scenarioInput(scenario: RecommendationScenario): [GapForRecommendation, RecommendationContext] {
  const gap: GapForRecommendation = {
    capabilityId: `cap-${scenario.id}`,
    capabilityName: 'Capability under test',
    areaId: 'area',
    areaName: 'The area',
    nature: scenario.gap.nature,
    current: 2,
    target: 3.5,
    size: 1.5,
    severity: scenario.gap.severity,
    confidence: scenario.gap.confidence,
    spread: scenario.gap.spread,
    respondentCount: scenario.gap.respondentCount,
  };
  const ctx: RecommendationContext = {
    horizon: scenario.context.horizon,
    urgency: scenario.context.urgency,
    budgetBand: scenario.context.budgetBand,
    reviewedAreaIds: scenario.context.reviewed ? ['area'] : [],
    allGaps: [{ areaId: 'area', severity: scenario.gap.severity }, ...scenario.context.otherGapsInArea.map((severity) => ({ areaId: 'area', severity }))],
  };
  return [gap, ctx];
}

export interface ScenarioOutcome {
  scenario: RecommendationScenario;
  ranked: ScoredOption[];
  first: RecommendationOption;
  top1: boolean;
  acceptable: boolean;
  neverFirstViolated: boolean;
}

/** Runs the engine on every scenario. */
export function evaluateRecommendations(scenarios: readonly RecommendationScenario[] = RECOMMENDATION_SCENARIOS): ScenarioOutcome[] {
  return scenarios.map((scenario) => {
    const ranked = recommendOptions(...scenarioInput(scenario));
    const first = ranked[0]!.option;
    return {
      scenario,
      ranked,
      first,
      top1: first === scenario.expectedFirst,
      acceptable: scenario.acceptableFirsts.includes(first),
      neverFirstViolated: scenario.neverFirst.includes(first),
    };
  });
}
