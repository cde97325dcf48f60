import { toMajor, toMinor } from '../common/matching/money';
import type { RerunStaffingPlanMutationVariables } from '../gql/graphql';
import type { StaffingPlanRecord } from './api';
import { plural } from '../common/plural';

/** Poll the plan this often while the worker solves it. */
export const POLL_MS = 1000;

/** The solver in words (the API sends a code; version strings are never shown). */
const SOLVER_LABELS: Readonly<Record<string, string>> = { HUNGARIAN: 'Hungarian method', MILP: 'Integer programme (HiGHS)' };
export const solverLabel = (solver: string | null | undefined): string | null => (solver ? (SOLVER_LABELS[solver] ?? 'Another solver') : null);

/** What a person changes before solving again: a pin per role, people left out, a cap typed in units. */
export interface Adjustments {
  /** roleId → candidateId */
  pins: Record<string, string>;
  excluded: string[];
  /** As typed, in units of the plan's currency ('' = no cap). */
  cap: string;
}

export function initialAdjustments(plan: Pick<StaffingPlanRecord, 'pins' | 'excludedCandidateIds' | 'budgetCapMinor' | 'currency'>): Adjustments {
  const cap = toMajor(plan.budgetCapMinor, plan.currency);
  return {
    pins: Object.fromEntries(plan.pins.map((p) => [p.roleId, p.candidateId])),
    excluded: [...plan.excludedCandidateIds],
    cap: cap === null ? '' : String(cap),
  };
}

/** The rerunStaffingPlan variables: they replace the plan's constraints, so every one is sent (empty lists, a null cap). */
export function toRerunVariables(plan: Pick<StaffingPlanRecord, 'id' | 'currency'>, adjustments: Adjustments): RerunStaffingPlanMutationVariables {
  return {
    id: plan.id,
    pins: Object.entries(adjustments.pins).map(([roleId, candidateId]) => ({ roleId, candidateId })),
    excludedCandidateIds: adjustments.excluded,
    budgetCapMinor: toMinor(adjustments.cap.trim(), plan.currency),
  };
}

/** Excluding someone also lifts their pin: the API refuses a person both pinned and excluded. */
export function exclude(adjustments: Adjustments, candidateId: string): Adjustments {
  if (adjustments.excluded.includes(candidateId)) return adjustments;
  const pins = Object.fromEntries(Object.entries(adjustments.pins).filter(([, c]) => c !== candidateId));
  return { ...adjustments, pins, excluded: [...adjustments.excluded, candidateId] };
}

/** Pins `candidateId` to the role (null: no pin); a person takes one role, so an earlier pin of theirs goes. */
export function pin(adjustments: Adjustments, roleId: string, candidateId: string | null): Adjustments {
  const pins = Object.fromEntries(Object.entries(adjustments.pins).filter(([r, c]) => r !== roleId && c !== candidateId));
  if (candidateId) pins[roleId] = candidateId;
  return { ...adjustments, pins };
}

/** What accepting does, in words, for the confirmation. */
export function acceptSummary(plan: Pick<StaffingPlanRecord, 'roles'>): string {
  const picks = plan.roles.filter((r) => r.plan.candidateId);
  const people = new Set(picks.map((r) => r.plan.candidateId)).size;
  const empty = plan.roles.length - picks.length;
  return (
    `Shortlists ${plural(people, 'candidate')} across ${plural(picks.length, 'role')}; recorded as a decision on each engagement.` +
    (empty > 0 ? ` ${plural(empty, 'role')} ${empty === 1 ? 'stays' : 'stay'} without a pick.` : '')
  );
}
