import { FINALISE_STEPS, WorkflowKind, WorkflowStatus, type FinaliseStep } from '@orchestra/shared';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * How a finalise run moves, written as single UPDATEs so a crashed worker leaves a consistent row
 * and a repeated step only repeats the same write.
 */
export class WorkflowRuns {
  constructor(private readonly ds: DataSource) {}

  /** The run of this start (its outbox event), created once; a retry starts it again. */
  async start(runId: string, assessment: { id: string; clientId: string }, retry: boolean): Promise<void> {
    await this.ds.query(
      `INSERT INTO workflow_run (id, kind, "subjectType", "subjectId", "clientId", status, progress, attempts, "startedAt")
       VALUES ($1, $2, 'Assessment', $3, $4, $5, 0, 1, now())
       ON CONFLICT (id) DO NOTHING`,
      [runId, WorkflowKind.ASSESSMENT_FINALISE, assessment.id, assessment.clientId, WorkflowStatus.PENDING],
    );
    if (retry) {
      await this.ds.query(
        `UPDATE workflow_run SET status = $2, error = NULL, "finishedAt" = NULL, attempts = attempts + 1, "updatedAt" = now() WHERE id = $1`,
        [runId, WorkflowStatus.PENDING],
      );
    }
  }

  /**
   * Written inside the step's own transaction, so the run moves exactly when the step's output
   * commits (one statement, no separate commit). `currentStep` names the step that runs next (the
   * last one once done); progress only moves forward, and a finished run stays SUCCEEDED (a re-run
   * step moves nothing back). Until its first step commits a run stays PENDING.
   */
  async stepDone(m: EntityManager, runId: string, step: FinaliseStep): Promise<void> {
    const i = FINALISE_STEPS.findIndex((s) => s.step === step);
    const { progress } = FINALISE_STEPS[i]!;
    const next = FINALISE_STEPS[i + 1]?.step ?? step;
    await m.query(
      `UPDATE workflow_run SET progress = GREATEST(progress, $2),
         status = CASE WHEN $3 OR status = $4 THEN $4 ELSE $5 END,
         "currentStep" = CASE WHEN status = $4 THEN "currentStep" ELSE $6 END,
         "finishedAt" = CASE WHEN $3 THEN coalesce("finishedAt", now()) ELSE "finishedAt" END, "updatedAt" = now() WHERE id = $1`,
      [runId, progress, progress === 100, WorkflowStatus.SUCCEEDED, WorkflowStatus.RUNNING, next],
    );
  }

  /**
   * Ends the run. The failing step's own message is the one people need; a parent step only fails
   * because its child did (BullMQ's deferred failure, "child … failed"), and may be processed
   * before the child's failure is written: it then records PARENT_FAILED, which the child's own
   * message replaces when it arrives.
   */
  async failed(runId: string, error: string, step?: FinaliseStep, { deferred = false } = {}): Promise<void> {
    await this.ds.query(
      `UPDATE workflow_run SET status = $2, error = $3, "currentStep" = coalesce($5, "currentStep"), "finishedAt" = now(), "updatedAt" = now()
        WHERE id = $1 AND status <> $4 AND (status <> $2 OR (NOT $6 AND error = $7))`,
      [runId, WorkflowStatus.FAILED, deferred ? PARENT_FAILED : error.slice(0, 2000), WorkflowStatus.SUCCEEDED, deferred ? null : (step ?? null), deferred, PARENT_FAILED],
    );
  }
}

/** What a run records when only a parent's deferred failure has been seen so far. */
export const PARENT_FAILED = 'A step of the run failed.';
