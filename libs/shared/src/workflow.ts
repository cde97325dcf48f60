/** Background workflows people can watch (DESIGN §2 WorkflowRun, §7). */
import { ownValue } from './objects.js';

export const WorkflowKind = { ASSESSMENT_FINALISE: 'ASSESSMENT_FINALISE', STAFFING_PLAN: 'STAFFING_PLAN' } as const;
export type WorkflowKind = (typeof WorkflowKind)[keyof typeof WorkflowKind];
export const WORKFLOW_KINDS: readonly WorkflowKind[] = Object.values(WorkflowKind);

export const WorkflowStatus = { PENDING: 'PENDING', RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type WorkflowStatus = (typeof WorkflowStatus)[keyof typeof WorkflowStatus];
export const WORKFLOW_STATUSES: readonly WorkflowStatus[] = Object.values(WorkflowStatus);

/**
 * The finalise flow's steps in the order they run, and the progress reached when each is done.
 * Stages that read the same rows share a step (scores and gaps read the answers; options, the
 * report and marking the assessment scored read the scores and gaps): each step is a job, a
 * transaction and its reads.
 */
export const FINALISE_STEPS = [
  { step: 'score-and-find-gaps', label: 'Scoring and finding gaps', progress: 50 },
  { step: 'recommend-and-report', label: 'Recommending options and writing the report', progress: 100 },
] as const;
export type FinaliseStep = (typeof FINALISE_STEPS)[number]['step'];
/**
 * Job names of the earlier five- and three-step flows (until December 2026) that an upgrade may
 * find still queued, and the step that now does their work (each step is idempotent, so running
 * one twice for an old flow's two jobs writes the same rows, and tells the owner once).
 */
export const RENAMED_FINALISE_STEPS: Readonly<Record<string, FinaliseStep>> = {
  'aggregate-scores': 'score-and-find-gaps',
  'compute-gaps': 'score-and-find-gaps',
  'recommend-options': 'recommend-and-report',
  'render-report': 'recommend-and-report',
  'finalise-assessment': 'recommend-and-report',
};

/** The finalise step a job of this name runs (a current step's name, or an earlier flow's), if any. */
export function finaliseStepOf(jobName: string): FinaliseStep | undefined {
  return FINALISE_STEPS.find((s) => s.step === jobName)?.step ?? ownValue(RENAMED_FINALISE_STEPS, jobName);
}

/** The steps' job names, in order: the last one completes the run. */
export const FINALISE_STEP_NAMES: readonly FinaliseStep[] = FINALISE_STEPS.map((s) => s.step);

export const GapStatus = { OPEN: 'OPEN', ADDRESSED: 'ADDRESSED', ACCEPTED_RISK: 'ACCEPTED_RISK' } as const;
export type GapStatus = (typeof GapStatus)[keyof typeof GapStatus];
export const GAP_STATUSES: readonly GapStatus[] = Object.values(GapStatus);
