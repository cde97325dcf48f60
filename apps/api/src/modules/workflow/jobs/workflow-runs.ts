import { FINALISE_STEPS, WorkflowKind, WorkflowStatus, type FinaliseStep } from '@orchestra/shared';
import type { DataSource } from 'typeorm';

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

  async stepStarted(runId: string, step: FinaliseStep): Promise<void> {
    await this.ds.query(
      `UPDATE workflow_run SET status = $2, "currentStep" = $3, "updatedAt" = now() WHERE id = $1 AND status <> $4`,
      [runId, WorkflowStatus.RUNNING, step, WorkflowStatus.SUCCEEDED],
    );
  }

  /** Progress only moves forward (a re-run step does not move it back). */
  async stepDone(runId: string, step: FinaliseStep): Promise<void> {
    const progress = FINALISE_STEPS.find((s) => s.step === step)!.progress;
    const done = progress === 100;
    await this.ds.query(
      `UPDATE workflow_run SET progress = GREATEST(progress, $2), status = CASE WHEN $3 THEN $4 ELSE status END,
         "finishedAt" = CASE WHEN $3 THEN coalesce("finishedAt", now()) ELSE "finishedAt" END, "updatedAt" = now() WHERE id = $1`,
      [runId, progress, done, WorkflowStatus.SUCCEEDED],
    );
  }

  /** The first failure's message is the one people need (the parent steps only say a child failed). */
  async failed(runId: string, error: string): Promise<void> {
    await this.ds.query(
      `UPDATE workflow_run SET status = $2, error = $3, "finishedAt" = now(), "updatedAt" = now() WHERE id = $1 AND status NOT IN ($2, $4)`,
      [runId, WorkflowStatus.FAILED, error.slice(0, 2000), WorkflowStatus.SUCCEEDED],
    );
  }
}
