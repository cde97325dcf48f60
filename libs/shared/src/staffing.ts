/**
 * Staffing plans (DESIGN §6.3): many open roles, one pool. Every role comes with its ranked list of
 * eligible candidates (the SQL ranking's top N, so hard constraints are already met); the plan
 * assigns at most one candidate to each role so that the total match score is as high as possible,
 * while
 * - a candidate's allocation across roles whose windows overlap stays within what they have free
 *   (a person free at 100 % can take two 50 % roles at once; placements are already deducted);
 * - pinned pairs are kept, excluded people are left out;
 * - an optional cap bounds the plan's total cost (day rates, or salaries for permanent roles, in
 *   the roles' one currency).
 *
 * Solvers: when every role needs a full-time person, the windows all overlap and there is no cap,
 * the problem is a plain assignment and the Hungarian method (`munkres`) solves it exactly;
 * otherwise it is a small 0-1 programme, written in CPLEX LP format for HiGHS (`highs`, passed in
 * by the caller, which loads its WebAssembly once). The greedy plan (each role, most urgent first,
 * takes its best remaining candidate) is computed beside it, and every role where the two differ is
 * explained in words.
 */
import { munkres } from 'munkres';
import { wordList } from './labels.js';
import { roundTo } from './scoring.js';

/** Stored with every plan: a different solver or model may give a different plan. */
export const STAFFING_SOLVER_VERSION = 'staffing-2026.12.1';
/** Candidates considered per role (the SQL ranking's top N). */
export const PLAN_CANDIDATES_PER_ROLE = 50;
export const MAX_PLAN_CANDIDATES_PER_ROLE = 200;
export const MAX_PLAN_ROLES = 300;

export const StaffingPlanStatus = { PENDING: 'PENDING', SOLVED: 'SOLVED', FAILED: 'FAILED', ACCEPTED: 'ACCEPTED' } as const;
export type StaffingPlanStatus = (typeof StaffingPlanStatus)[keyof typeof StaffingPlanStatus];
export const STAFFING_PLAN_STATUSES: readonly StaffingPlanStatus[] = Object.values(StaffingPlanStatus);

/** The steps of a plan's run, and the progress reached when each is done. */
export const STAFFING_PLAN_STEPS = [
  { step: 'rank-candidates', label: 'Ranking each role’s candidates', progress: 60 },
  { step: 'solve', label: 'Solving the plan', progress: 100 },
] as const;

export interface PlanCandidateOption {
  candidateId: string;
  score: number;
  /** % the candidate has free in this role's window, before the plan. */
  freeAllocation: number;
  /** What the plan's cap counts for this pair (day rate × allocation / 100, or salary); null = unknown (counted as 0). */
  costMinor: number | null;
}

export interface PlanRole {
  id: string;
  title: string;
  /** % the role needs. */
  allocation: number;
  /** YYYY-MM-DD window; end null = open-ended. */
  start: string;
  end: string | null;
  /** Greedy takes roles in this order: higher first (then earlier start, then id). */
  urgency: number;
  /** Best first; only eligible candidates. */
  candidates: readonly PlanCandidateOption[];
}

export interface PlanConstraints {
  /** candidateId per roleId. */
  pins?: Readonly<Record<string, string>>;
  excluded?: readonly string[];
  /** Cap on the sum of the chosen pairs' `costMinor`. */
  budgetCapMinor?: number | null;
}

export interface PlanInput {
  roles: readonly PlanRole[];
  /** Candidate names, for the explanations. */
  names: Readonly<Record<string, string>>;
  constraints?: PlanConstraints;
}

export interface PlanAssignment {
  roleId: string;
  candidateId: string | null;
  score: number;
  costMinor: number;
}

export interface PlanSide {
  assignments: PlanAssignment[];
  totalScore: number;
  filled: number;
  totalCostMinor: number;
}

export interface PlanRoleOutcome {
  roleId: string;
  plan: PlanAssignment;
  greedy: PlanAssignment;
  /** Why the plan differs from greedy here, or why the role stays empty; null when the two agree on a filled role. */
  reason: string | null;
}

export type PlanSolver = 'HUNGARIAN' | 'MILP';

export interface PlanResult {
  solver: PlanSolver;
  version: string;
  plan: PlanSide;
  greedy: PlanSide;
  roles: PlanRoleOutcome[];
}

/** What the solvers maximise for a role and one of its candidates (the score, with a tie-break). */
type Value = (role: PlanRole, option: PlanCandidateOption) => number;

/** The MILP back end: CPLEX LP text in, status and column values out (HiGHS's legacy `solve`). */
export type LpSolve = (lp: string) => { Status: string; Columns: Record<string, { Primal?: number }> };

/** A plan that cannot be built as asked (a pin on someone not eligible, pins over the cap). */
export class PlanInfeasibleError extends Error {}

// ---------------------------------------------------------------------------------------------
// Windows and capacity
// ---------------------------------------------------------------------------------------------

const overlaps = (a: PlanRole, b: PlanRole): boolean => (a.end === null || b.start <= a.end) && (b.end === null || a.start <= b.end);

/**
 * The capacity rows: for each role r and each candidate c on r's list, the roles running on r's
 * first day that also list c must together need no more than c's free allocation in r's window.
 * Intervals that overlap pairwise share a point, and every such point set is found at some role's
 * start, so these rows are exactly "never over-allocated on any day".
 */
interface CapacityRow {
  candidateId: string;
  free: number;
  roleIds: string[];
}

function capacityRows(roles: readonly PlanRole[]): CapacityRow[] {
  const rows: CapacityRow[] = [];
  const seen = new Set<string>();
  // Who each role lists, as sets: a plan of 200 roles × 50 candidates asks this millions of times.
  const listed = new Map(roles.map((o) => [o.id, new Set(o.candidates.map((c) => c.candidateId))]));
  for (const r of roles) {
    const running = roles.filter((o) => o.start <= r.start && (o.end === null || o.end >= r.start));
    for (const option of r.candidates) {
      const roleIds = running.filter((o) => listed.get(o.id)!.has(option.candidateId)).map((o) => o.id);
      const key = `${option.candidateId}|${option.freeAllocation}|${roleIds.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ candidateId: option.candidateId, free: option.freeAllocation, roleIds });
    }
  }
  return rows;
}

const byUrgency = (a: PlanRole, b: PlanRole): number => b.urgency - a.urgency || a.start.localeCompare(b.start) || a.id.localeCompare(b.id);

/** Roles and their lists after exclusions and pins (a pinned role lists only its pin). */
function prepared(input: PlanInput): PlanRole[] {
  const excluded = new Set(input.constraints?.excluded ?? []);
  const pins = input.constraints?.pins ?? {};
  return input.roles.map((role) => {
    const pin = pins[role.id];
    if (pin === undefined) return { ...role, candidates: role.candidates.filter((c) => !excluded.has(c.candidateId)) };
    const who = input.names[pin] ?? 'The pinned person';
    const option = role.candidates.find((c) => c.candidateId === pin);
    if (!option) throw new PlanInfeasibleError(`${who} cannot be pinned to ${role.title}: they are not among its eligible candidates`);
    if (excluded.has(pin)) throw new PlanInfeasibleError(`${who} is both pinned to ${role.title} and excluded`);
    return { ...role, candidates: [option] };
  });
}

// ---------------------------------------------------------------------------------------------
// Greedy
// ---------------------------------------------------------------------------------------------

/** Each role, most urgent first, takes its best remaining candidate that still fits (capacity and cap). */
export function greedyPlan(input: PlanInput): PlanSide {
  const roles = prepared(input);
  const allocation = new Map(roles.map((r) => [r.id, r.allocation]));
  const rowsOf = new Map<string, CapacityRow[]>();
  for (const row of capacityRows(roles)) rowsOf.set(row.candidateId, [...(rowsOf.get(row.candidateId) ?? []), row]);
  const cap = input.constraints?.budgetCapMinor ?? null;
  const chosen = new Map<string, PlanCandidateOption>();
  let cost = 0;
  // Pinned roles first: the pins are commitments, not choices.
  const pins = input.constraints?.pins ?? {};
  const order = [...roles].sort((a, b) => Number(b.id in pins) - Number(a.id in pins) || byUrgency(a, b));
  for (const role of order) {
    const fits = (option: PlanCandidateOption): boolean => {
      if (cap !== null && cost + (option.costMinor ?? 0) > cap) return false;
      return (rowsOf.get(option.candidateId) ?? []).every((row) => {
        if (!row.roleIds.includes(role.id)) return true;
        const used = row.roleIds.reduce((sum, id) => sum + (chosen.get(id)?.candidateId === option.candidateId ? allocation.get(id)! : 0), 0);
        return used + role.allocation <= row.free;
      });
    };
    const best = [...role.candidates].sort(byScore).find(fits);
    if (best) {
      chosen.set(role.id, best);
      cost += best.costMinor ?? 0;
    }
  }
  return side(roles, chosen);
}

const byScore = (a: PlanCandidateOption, b: PlanCandidateOption): number => b.score - a.score || a.candidateId.localeCompare(b.candidateId);

function side(roles: readonly PlanRole[], chosen: ReadonlyMap<string, PlanCandidateOption>): PlanSide {
  const assignments = roles.map((r) => {
    const option = chosen.get(r.id);
    return { roleId: r.id, candidateId: option?.candidateId ?? null, score: option?.score ?? 0, costMinor: option?.costMinor ?? 0 };
  });
  return {
    assignments,
    totalScore: roundTo(assignments.reduce((s, a) => s + a.score, 0), 1),
    filled: assignments.filter((a) => a.candidateId !== null).length,
    totalCostMinor: assignments.reduce((s, a) => s + a.costMinor, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Optimal
// ---------------------------------------------------------------------------------------------

/** The plain assignment case: one full-time person per role, all at once, no cap. */
export function isPlainAssignment(input: PlanInput): boolean {
  const roles = input.roles;
  if (input.constraints?.budgetCapMinor != null) return false;
  if (!roles.every((r) => r.allocation >= 100)) return false;
  return roles.every((a) => roles.every((b) => overlaps(a, b)));
}

/** Hungarian method on roles × (candidates + one "nobody" column per role), maximising the total score. */
function hungarianPlan(roles: readonly PlanRole[], value: Value): Map<string, PlanCandidateOption> {
  const people = [...new Set(roles.flatMap((r) => r.candidates.map((c) => c.candidateId)))];
  const column = new Map(people.map((id, i) => [id, i]));
  // Cost = −score; an ineligible pair is +∞; a role's own "nobody" column costs 0 (score 0).
  const width = people.length + roles.length;
  const matrix = roles.map((role, r) => {
    const row = new Array<number>(width).fill(Infinity);
    for (const option of role.candidates) row[column.get(option.candidateId) as number] = -value(role, option);
    row[people.length + r] = 0;
    return row;
  });
  const chosen = new Map<string, PlanCandidateOption>();
  for (const [r, c] of munkres(matrix)) {
    if (c >= people.length) continue;
    const role = roles[r];
    const option = role.candidates.find((o) => o.candidateId === people[c]);
    if (option) chosen.set(role.id, option);
  }
  return chosen;
}

/** The 0-1 programme in CPLEX LP format; x{r}_{k} = role r takes its k-th candidate. */
export function planLp(roles: readonly PlanRole[], budgetCapMinor: number | null, pins: Readonly<Record<string, string>>, value: Value = (_, c) => c.score): string {
  const name = (r: number, k: number): string => `x${r}_${k}`;
  const index = new Map(roles.map((role, r) => [role.id, r]));
  const terms = roles.flatMap((role, r) => role.candidates.map((c, k) => `${value(role, c) >= 0 ? '+' : '-'} ${Math.abs(value(role, c))} ${name(r, k)}`));
  const lines = ['Maximize', ` obj: ${terms.length ? terms.join(' ') : '0 x_none'}`, 'Subject To'];
  roles.forEach((role, r) => {
    if (!role.candidates.length) return;
    const sum = role.candidates.map((_, k) => name(r, k)).join(' + ');
    lines.push(` one${r}: ${sum} ${role.id in pins ? '=' : '<='} 1`);
  });
  const position = roles.map((role) => new Map(role.candidates.map((c, k) => [c.candidateId, k])));
  capacityRows(roles).forEach((row, i) => {
    const vars = row.roleIds.map((id) => {
      const r = index.get(id) as number;
      const k = position[r]!.get(row.candidateId) as number;
      return `${roles[r].allocation} ${name(r, k)}`;
    });
    if (vars.length > 1 || roles[index.get(row.roleIds[0]) as number].allocation > row.free) lines.push(` cap${i}: ${vars.join(' + ')} <= ${row.free}`);
  });
  if (budgetCapMinor !== null) {
    const costs = roles.flatMap((role, r) => role.candidates.map((c, k) => (c.costMinor ? `+ ${c.costMinor} ${name(r, k)}` : ''))).filter(Boolean);
    if (costs.length) lines.push(` budget: ${costs.join(' ')} <= ${budgetCapMinor}`);
  }
  const vars = roles.flatMap((role, r) => role.candidates.map((_, k) => name(r, k)));
  lines.push('Binary', ...(vars.length ? [` ${vars.join(' ')}`] : [' x_none']), 'End');
  return lines.join('\n');
}

function milpPlan(roles: readonly PlanRole[], constraints: PlanConstraints, solve: LpSolve, value: Value): Map<string, PlanCandidateOption> {
  const solution = solve(planLp(roles, constraints.budgetCapMinor ?? null, constraints.pins ?? {}, value));
  if (solution.Status === 'Infeasible') throw new PlanInfeasibleError('No plan meets these pins within the budget cap and everyone’s free allocation');
  if (solution.Status !== 'Optimal') throw new Error(`The solver stopped without an optimal plan (${solution.Status})`);
  const chosen = new Map<string, PlanCandidateOption>();
  roles.forEach((role, r) =>
    role.candidates.forEach((option, k) => {
      if ((solution.Columns[`x${r}_${k}`]?.Primal ?? 0) > 0.5) chosen.set(role.id, option);
    }),
  );
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// The plan, beside greedy, with reasons
// ---------------------------------------------------------------------------------------------

export function solveStaffingPlan(input: PlanInput, solve: LpSolve): PlanResult {
  const roles = prepared(input);
  const constraints = input.constraints ?? {};
  const solver: PlanSolver = isPlainAssignment({ ...input, roles }) && !Object.keys(constraints.pins ?? {}).length ? 'HUNGARIAN' : 'MILP';
  const greedy = greedyPlan(input);
  // Among plans of the same total, greedy's picks win: a difference shown is always a gain. The
  // bonus over all roles stays under 0.05, below the smallest score step (0.1).
  const picked = new Set(greedy.assignments.map((a) => `${a.roleId}|${a.candidateId}`));
  const bonus = 0.05 / Math.max(1, roles.length);
  const value: Value = (role, c) => c.score + (picked.has(`${role.id}|${c.candidateId}`) ? bonus : 0);
  const plan = side(roles, solver === 'HUNGARIAN' ? hungarianPlan(roles, value) : milpPlan(roles, constraints, solve, value));
  return { solver, version: STAFFING_SOLVER_VERSION, plan, greedy, roles: explainPlan(input, plan, greedy) };
}

/**
 * Each role's outcome in words, from a plan and greedy already computed: callers that store a plan
 * keep its inputs without names and explain it again when read, with the names as they are then.
 */
export function explainPlan(input: PlanInput, plan: PlanSide, greedy: PlanSide): PlanRoleOutcome[] {
  const roles = prepared(input);
  return roles.map((role, i) => ({ roleId: role.id, plan: plan.assignments[i], greedy: greedy.assignments[i], reason: explainRole(role, i, roles, plan, greedy, input) }));
}

const points = (n: number): string => `${roundTo(n, 1)} ${roundTo(n, 1) === 1 ? 'point' : 'points'}`;

function explainRole(role: PlanRole, i: number, roles: readonly PlanRole[], plan: PlanSide, greedy: PlanSide, input: PlanInput): string | null {
  const mine = plan.assignments[i];
  const theirs = greedy.assignments[i];
  const nameOf = (id: string | null): string => (id ? (input.names[id] ?? 'Candidate') : 'nobody');
  const titleOf = (roleId: string | undefined): string => roles.find((r) => r.id === roleId)?.title ?? 'another role';
  const planRoleOf = (candidateId: string | null): string | undefined => plan.assignments.find((a) => a.candidateId === candidateId && a.roleId !== role.id)?.roleId;
  if (mine.candidateId === null) {
    if (!role.candidates.length) return 'Nobody eligible is left for this role: no candidate in the pool meets its hard constraints, or they are excluded';
    if (input.constraints?.budgetCapMinor != null && role.candidates.some((c) => !planRoleOf(c.candidateId))) {
      return 'Left unfilled to stay within the budget cap: each eligible candidate still free would take the plan over it';
    }
    const placed = role.candidates.slice(0, 3).map((c) => `${nameOf(c.candidateId)} on ${titleOf(planRoleOf(c.candidateId))}`);
    return `Every eligible candidate is placed where they count for more (${wordList(placed, 'and')})`;
  }
  if (mine.candidateId === theirs.candidateId) return null;
  if (theirs.candidateId === null) {
    return `Greedy had nobody left for this role; the plan fills it with ${nameOf(mine.candidateId)} (score ${mine.score}) by moving people where they lose least`;
  }
  const loss = roundTo(theirs.score - mine.score, 1);
  if (loss <= 0) {
    const greedyRole = greedy.assignments.find((a) => a.candidateId === mine.candidateId && a.roleId !== role.id)?.roleId;
    const why = greedyRole ? `greedy gave ${nameOf(mine.candidateId)} to ${titleOf(greedyRole)} first` : 'greedy could not fit them';
    return `${nameOf(mine.candidateId)} (score ${mine.score}) instead of ${nameOf(theirs.candidateId)} (${theirs.score}): ${why}`;
  }
  const elsewhere = planRoleOf(theirs.candidateId);
  if (elsewhere) {
    const there = plan.assignments.find((a) => a.roleId === elsewhere) as PlanAssignment;
    const before = greedy.assignments.find((a) => a.roleId === elsewhere) as PlanAssignment;
    return `${nameOf(theirs.candidateId)} goes to ${titleOf(elsewhere)} instead, because this role's next choice, ${nameOf(mine.candidateId)}, loses only ${points(loss)} here while ${titleOf(elsewhere)} gains ${points(there.score - before.score)}`;
  }
  if (input.constraints?.budgetCapMinor != null && theirs.costMinor > mine.costMinor) {
    return `${nameOf(mine.candidateId)} instead of ${nameOf(theirs.candidateId)} (${points(loss)} less here) keeps the plan within the budget cap`;
  }
  return `${nameOf(mine.candidateId)} instead of ${nameOf(theirs.candidateId)} (${points(loss)} less here) frees allocation that raises the plan's total by ${points(plan.totalScore - greedy.totalScore)}`;
}
