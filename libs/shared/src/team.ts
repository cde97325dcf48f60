/**
 * Specialist teams (DESIGN §6.4): choose between `minSize` and `maxSize` candidates who together
 * cover the skills an area's gaps call for. A member covers a skill when their level reaches its
 * minimum. The objective is lexicographic: the weighted coverage first, then the members' total
 * match score, within the budget (the sum of the members' costs).
 *
 * Two answers, side by side:
 * - greedy weighted max coverage: repeatedly add the person who adds the most uncovered weight
 *   (ties: higher score, then lower cost), then fill up to `minSize` by score. For a size limit k
 *   this is the classic (1 − 1/e) ≈ 63 % approximation of the best coverage (Nemhauser, Wolsey
 *   and Fisher 1978); with a budget the bound no longer holds as is, which is one more reason to
 *   show the exact answer beside it;
 * - exact: a 0-1 programme for HiGHS (y = member, z = skill covered).
 */
import { wordList } from './labels.js';
import { CANDIDATE_DAY_END_MIN, CANDIDATE_DAY_START_MIN } from './matching.js';
import { roundTo } from './scoring.js';
import { type LpSolve, PlanInfeasibleError } from './staffing.js';

export interface TeamSkill {
  skillId: string;
  name: string;
  minLevel: number;
  weight: number;
}

export interface TeamCandidate {
  candidateId: string;
  name: string;
  score: number;
  costMinor: number | null;
  /** skillId → level 1–5. */
  skills: Readonly<Record<string, number>>;
  /** YYYY-MM-DD. */
  availableFrom: string;
  /** e.g. +60 for Europe/Berlin in winter. */
  utcOffsetMinutes: number;
}

export interface TeamRequest {
  skills: readonly TeamSkill[];
  minSize: number;
  maxSize: number;
  budgetMinor: number | null;
}

export interface SkillCoverage {
  skillId: string;
  name: string;
  minLevel: number;
  /** Members at or above the minimum, best first. */
  coveredBy: { candidateId: string; name: string; level: number }[];
}

export interface TeamMemberNote {
  candidateId: string;
  /** Skills only this member covers in the team. */
  uniqueSkills: string[];
  /** The best replacement from outside the team and what swapping costs, or null when nobody can replace them. */
  alternative: { candidateId: string; name: string; coverageLoss: number; scoreLoss: number } | null;
  explanation: string;
}

export interface TeamChoice {
  memberIds: string[];
  /** Covered weight ÷ total weight, 0–1, 3 decimals. */
  coverage: number;
  totalScore: number;
  totalCostMinor: number;
  skills: SkillCoverage[];
  uncovered: string[];
  /** The latest availability date: the day the whole team can start. */
  availableFrom: string | null;
  /** Hours of a 09:00–17:00 local day every member shares. */
  sharedHours: number;
  members: TeamMemberNote[];
}

export interface TeamResult {
  greedy: TeamChoice;
  exact: TeamChoice;
}

const covers = (c: TeamCandidate, s: TeamSkill): boolean => (c.skills[s.skillId] ?? 0) >= Math.max(1, s.minLevel);

function coveredWeight(request: TeamRequest, members: readonly TeamCandidate[]): number {
  return request.skills.reduce((sum, s) => sum + (members.some((m) => covers(m, s)) ? s.weight : 0), 0);
}

const cost = (members: readonly TeamCandidate[]): number => members.reduce((sum, m) => sum + (m.costMinor ?? 0), 0);
const within = (request: TeamRequest, members: readonly TeamCandidate[]): boolean => request.budgetMinor === null || cost(members) <= request.budgetMinor;

/** Greedy weighted max coverage, then filled to the minimum size by score. */
export function greedyTeam(request: TeamRequest, pool: readonly TeamCandidate[]): TeamCandidate[] {
  const team: TeamCandidate[] = [];
  const rest = [...pool];
  const add = (pick: (c: TeamCandidate) => number) => {
    const ranked = rest
      .filter((c) => within(request, [...team, c]))
      .map((c) => ({ c, gain: pick(c) }))
      .sort((a, b) => b.gain - a.gain || b.c.score - a.c.score || (a.c.costMinor ?? 0) - (b.c.costMinor ?? 0) || a.c.candidateId.localeCompare(b.c.candidateId));
    return ranked[0];
  };
  while (team.length < request.maxSize) {
    const base = coveredWeight(request, team);
    const best = add((c) => coveredWeight(request, [...team, c]) - base);
    if (!best || best.gain <= 0) break;
    team.push(best.c);
    rest.splice(rest.indexOf(best.c), 1);
  }
  while (team.length < request.minSize) {
    const best = add((c) => c.score);
    if (!best) break;
    team.push(best.c);
    rest.splice(rest.indexOf(best.c), 1);
  }
  return team;
}

/**
 * The exact team: maximise W · covered weight + total score, W larger than any total score so
 * coverage always comes first (scores are 0–100 each). Weights are scaled to integers of 0.001.
 */
export function teamLp(request: TeamRequest, pool: readonly TeamCandidate[]): string {
  const big = 100 * Math.max(1, pool.length) + 1;
  const obj = [
    ...request.skills.map((s, j) => `+ ${roundTo(s.weight * big, 3)} z${j}`),
    ...pool.map((c, i) => `+ ${roundTo(c.score, 3)} y${i}`),
  ];
  const lines = ['Maximize', ` obj: ${obj.join(' ') || '0 y0'}`, 'Subject To'];
  request.skills.forEach((s, j) => {
    const coverers = pool.flatMap((c, i) => (covers(c, s) ? [`y${i}`] : []));
    lines.push(coverers.length ? ` cover${j}: z${j} - ${coverers.join(' - ')} <= 0` : ` cover${j}: z${j} <= 0`);
  });
  const all = pool.map((_, i) => `y${i}`).join(' + ');
  if (pool.length) {
    lines.push(` most: ${all} <= ${request.maxSize}`, ` least: ${all} >= ${request.minSize}`);
    const costs = pool.flatMap((c, i) => (c.costMinor ? [`+ ${c.costMinor} y${i}`] : []));
    if (request.budgetMinor !== null && costs.length) lines.push(` budget: ${costs.join(' ')} <= ${request.budgetMinor}`);
  }
  const vars = [...pool.map((_, i) => `y${i}`), ...request.skills.map((_, j) => `z${j}`)];
  lines.push('Binary', ` ${vars.join(' ') || 'y0'}`, 'End');
  return lines.join('\n');
}

export function exactTeam(request: TeamRequest, pool: readonly TeamCandidate[], solve: LpSolve): TeamCandidate[] {
  const solution = solve(teamLp(request, pool));
  if (solution.Status === 'Infeasible') throw new PlanInfeasibleError(`No team of ${request.minSize} to ${request.maxSize} people fits the budget`);
  if (solution.Status !== 'Optimal') throw new Error(`The solver stopped without an optimal team (${solution.Status})`);
  return pool.filter((_, i) => (solution.Columns[`y${i}`]?.Primal ?? 0) > 0.5);
}

// ---------------------------------------------------------------------------------------------
// Describing a team
// ---------------------------------------------------------------------------------------------

/** Hours of the 09:00–17:00 local day that every member shares (in UTC minutes, offsets shift the day). */
export function sharedWorkingHours(offsets: readonly number[]): number {
  if (!offsets.length) return 0;
  const start = Math.max(...offsets.map((o) => CANDIDATE_DAY_START_MIN - o));
  const end = Math.min(...offsets.map((o) => CANDIDATE_DAY_END_MIN - o));
  return roundTo(Math.max(0, end - start) / 60, 1);
}

export function describeTeam(request: TeamRequest, pool: readonly TeamCandidate[], members: readonly TeamCandidate[]): TeamChoice {
  const total = request.skills.reduce((s, k) => s + k.weight, 0);
  const skills = request.skills.map((s) => ({
    skillId: s.skillId,
    name: s.name,
    minLevel: s.minLevel,
    coveredBy: members
      .filter((m) => covers(m, s))
      .map((m) => ({ candidateId: m.candidateId, name: m.name, level: m.skills[s.skillId] ?? 0 }))
      .sort((a, b) => b.level - a.level || a.name.localeCompare(b.name)),
  }));
  const value = (team: readonly TeamCandidate[]) => ({ weight: coveredWeight(request, team), score: team.reduce((s, m) => s + m.score, 0) });
  const current = value(members);
  const notes = members.map((m): TeamMemberNote => {
    const uniqueSkills = skills.filter((s) => s.coveredBy.length === 1 && s.coveredBy[0].candidateId === m.candidateId).map((s) => s.name);
    const others = members.filter((o) => o !== m);
    const alternatives = pool
      .filter((c) => !members.includes(c) && within(request, [...others, c]))
      .map((c) => ({ c, v: value([...others, c]) }))
      .sort((a, b) => b.v.weight - a.v.weight || b.v.score - a.v.score || a.c.candidateId.localeCompare(b.c.candidateId));
    const best = alternatives[0];
    const alternative = best
      ? { candidateId: best.c.candidateId, name: best.c.name, coverageLoss: roundTo(total ? (current.weight - best.v.weight) / total : 0, 3), scoreLoss: roundTo(current.score - best.v.score, 1) }
      : null;
    const brings = uniqueSkills.length ? `Only ${m.name} covers ${wordList(uniqueSkills, 'and')}` : `${m.name} covers nothing the others do not`;
    const instead = alternative
      ? `${alternative.name} would replace them with ${alternative.coverageLoss > 0 ? `${roundTo(alternative.coverageLoss * 100, 1)}% less coverage` : 'the same coverage'} and ${alternative.scoreLoss >= 0 ? `${alternative.scoreLoss} points less` : `${-alternative.scoreLoss} points more`} match score`
      : 'nobody else in the pool could replace them within the budget';
    return { candidateId: m.candidateId, uniqueSkills, alternative, explanation: `${brings}; ${instead}.` };
  });
  const dates = members.map((m) => m.availableFrom).sort();
  return {
    memberIds: members.map((m) => m.candidateId),
    coverage: roundTo(total ? current.weight / total : 1, 3),
    totalScore: roundTo(current.score, 1),
    totalCostMinor: cost(members),
    skills,
    uncovered: skills.filter((s) => !s.coveredBy.length).map((s) => s.name),
    availableFrom: dates.length ? dates[dates.length - 1] : null,
    sharedHours: sharedWorkingHours(members.map((m) => m.utcOffsetMinutes)),
    members: notes,
  };
}

export function buildTeam(request: TeamRequest, pool: readonly TeamCandidate[], solve: LpSolve): TeamResult {
  return {
    greedy: describeTeam(request, pool, greedyTeam(request, pool)),
    exact: describeTeam(request, pool, exactTeam(request, pool, solve)),
  };
}
