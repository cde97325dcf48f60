import { Role } from './roles.js';

/** Where an engagement is in its life (DESIGN §2). */
export const EngagementStage = {
  LEAD: 'LEAD',
  DISCOVERY: 'DISCOVERY',
  ASSESSING: 'ASSESSING',
  PROPOSING: 'PROPOSING',
  ACTIVE: 'ACTIVE',
  CLOSED: 'CLOSED',
  LOST: 'LOST',
} as const;
export type EngagementStage = (typeof EngagementStage)[keyof typeof EngagementStage];
export const ENGAGEMENT_STAGES: readonly EngagementStage[] = Object.values(EngagementStage);

/** The forward path; LOST is reachable from every stage on it except the last. */
const PATH: readonly EngagementStage[] = [
  EngagementStage.LEAD,
  EngagementStage.DISCOVERY,
  EngagementStage.ASSESSING,
  EngagementStage.PROPOSING,
  EngagementStage.ACTIVE,
  EngagementStage.CLOSED,
];

/** Stages an engagement can still move from. */
export const OPEN_STAGES: readonly EngagementStage[] = PATH.slice(0, -1);

export function isOpenStage(stage: EngagementStage): boolean {
  return OPEN_STAGES.includes(stage);
}

/** The stages an engagement may move to next: the following stage on the path, or LOST. */
export function allowedNextStages(from: EngagementStage): EngagementStage[] {
  if (!isOpenStage(from)) return [];
  return [PATH[PATH.indexOf(from) + 1]!, EngagementStage.LOST];
}

export function canMoveStage(from: EngagementStage, to: EngagementStage): boolean {
  return allowedNextStages(from).includes(to);
}

/** The longest note a stage change (or a reopen's reason) may carry. */
export const STAGE_NOTE_MAX_LENGTH = 2000;

/** Marking an engagement lost is final until someone reopens it: the move must say why. */
export function moveNeedsNote(to: EngagementStage): boolean {
  return to === EngagementStage.LOST;
}

/** Finished stages: the one edge out of them is a reopen, by the owner or an ADMIN, with a reason. */
export const FINISHED_STAGES: readonly EngagementStage[] = [EngagementStage.CLOSED, EngagementStage.LOST];

export function isFinishedStage(stage: EngagementStage): boolean {
  return FINISHED_STAGES.includes(stage);
}

/**
 * Where a reopened engagement goes: back to the stage it finished from (`finishedFrom`, read from
 * its timeline), or LEAD when that is unknown (e.g. created finished by an import).
 */
export function reopenStage(finishedFrom: EngagementStage | null): EngagementStage {
  return finishedFrom && isOpenStage(finishedFrom) ? finishedFrom : EngagementStage.LEAD;
}

/** Who may reopen a finished engagement: its owner or an ADMIN. */
export function mayReopenEngagement(user: { id: string; role: Role }, engagement: { ownerId: string; stage: EngagementStage }): boolean {
  return isFinishedStage(engagement.stage) && (user.role === Role.ADMIN || user.id === engagement.ownerId);
}

export const NeedHorizon = { TEMPORARY: 'TEMPORARY', PERMANENT: 'PERMANENT', UNKNOWN: 'UNKNOWN' } as const;
export type NeedHorizon = (typeof NeedHorizon)[keyof typeof NeedHorizon];
export const NEED_HORIZONS: readonly NeedHorizon[] = Object.values(NeedHorizon);

export const Urgency = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH' } as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];
export const URGENCIES: readonly Urgency[] = Object.values(Urgency);

/** Can the decision be walked back cheaply (TWO_WAY) or not (ONE_WAY)? */
export const Reversibility = { ONE_WAY: 'ONE_WAY', TWO_WAY: 'TWO_WAY' } as const;
export type Reversibility = (typeof Reversibility)[keyof typeof Reversibility];
export const REVERSIBILITIES: readonly Reversibility[] = Object.values(Reversibility);

export const SizeBand = {
  S_1_50: 'S_1_50',
  S_51_200: 'S_51_200',
  S_201_1000: 'S_201_1000',
  S_1001_5000: 'S_1001_5000',
  S_5000_PLUS: 'S_5000_PLUS',
} as const;
export type SizeBand = (typeof SizeBand)[keyof typeof SizeBand];
export const SIZE_BANDS: readonly SizeBand[] = Object.values(SizeBand);

/** Human labels, for the admin's choices and chips. */
export const SIZE_BAND_LABELS: Readonly<Record<SizeBand, string>> = {
  S_1_50: '1–50 people',
  S_51_200: '51–200 people',
  S_201_1000: '201–1,000 people',
  S_1001_5000: '1,001–5,000 people',
  S_5000_PLUS: 'More than 5,000 people',
};

/** "HH:MM", 00:00–23:59, as used for a client's core working hours. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What the client can spend on the engagement, as a band (amounts are agreed later, per role). */
export const BudgetBand = {
  UNDER_50K: 'UNDER_50K',
  FROM_50K_TO_150K: 'FROM_50K_TO_150K',
  FROM_150K_TO_500K: 'FROM_150K_TO_500K',
  OVER_500K: 'OVER_500K',
  UNKNOWN: 'UNKNOWN',
} as const;
export type BudgetBand = (typeof BudgetBand)[keyof typeof BudgetBand];
export const BUDGET_BANDS: readonly BudgetBand[] = Object.values(BudgetBand);

export const BUDGET_BAND_LABELS: Readonly<Record<BudgetBand, string>> = {
  UNDER_50K: 'Under €50k',
  FROM_50K_TO_150K: '€50k–150k',
  FROM_150K_TO_500K: '€150k–500k',
  OVER_500K: 'Over €500k',
  UNKNOWN: 'Not known yet',
};
