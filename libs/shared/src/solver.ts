/**
 * The HiGHS solver (WebAssembly), loaded once per process. Its own entry point
 * (`@orchestra/shared/solver`), outside the index, so the admin's bundle never carries it.
 */
import highs from 'highs';
import type { LpSolve } from './staffing.js';

// The package's types describe its CommonJS build (a namespace with `default`); the ES module's
// default export is the loader itself.
const loadHighs = highs as unknown as typeof highs.default;
let loaded: Promise<LpSolve> | undefined;

export function lpSolver(): Promise<LpSolve> {
  // An infeasible answer's columns carry no values; callers read them only after an Optimal status.
  loaded ??= loadHighs().then((solver): LpSolve => (lp) => solver.solve(lp) as ReturnType<LpSolve>);
  return loaded;
}
