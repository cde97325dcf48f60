/** Background workflows people can watch (DESIGN §2 WorkflowRun, §7). */

export const WorkflowKind = { ASSESSMENT_FINALISE: 'ASSESSMENT_FINALISE', STAFFING_PLAN: 'STAFFING_PLAN' } as const;
export type WorkflowKind = (typeof WorkflowKind)[keyof typeof WorkflowKind];
export const WORKFLOW_KINDS: readonly WorkflowKind[] = Object.values(WorkflowKind);

export const WorkflowStatus = { PENDING: 'PENDING', RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type WorkflowStatus = (typeof WorkflowStatus)[keyof typeof WorkflowStatus];
export const WORKFLOW_STATUSES: readonly WorkflowStatus[] = Object.values(WorkflowStatus);

/** The finalise flow's steps in the order they run, and the progress reached when each is done. */
export const FINALISE_STEPS = [
  { step: 'aggregate-scores', label: 'Aggregating scores', progress: 30 },
  { step: 'compute-gaps', label: 'Computing gaps', progress: 50 },
  { step: 'recommend-options', label: 'Recommending options', progress: 75 },
  { step: 'render-report', label: 'Rendering the report', progress: 90 },
  { step: 'finalise-assessment', label: 'Finalising', progress: 100 },
] as const;
export type FinaliseStep = (typeof FINALISE_STEPS)[number]['step'];
/** The steps' job names, in order: the last one completes the run. */
export const FINALISE_STEP_NAMES: readonly FinaliseStep[] = FINALISE_STEPS.map((s) => s.step);

export const GapStatus = { OPEN: 'OPEN', ADDRESSED: 'ADDRESSED', ACCEPTED_RISK: 'ACCEPTED_RISK' } as const;
export type GapStatus = (typeof GapStatus)[keyof typeof GapStatus];
export const GAP_STATUSES: readonly GapStatus[] = Object.values(GapStatus);
