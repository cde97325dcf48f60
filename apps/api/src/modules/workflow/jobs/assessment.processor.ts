import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { finaliseStepOf, JobName, QueueName, type FinaliseStep, type FinaliseStepPayload, type JobPayloads } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { measureWork, type WorkTimings } from '../../../core/database/sql-timing.js';
import { isFinalFailure } from '../../../core/queue/job-failures.js';
import { payloadOf, runJob } from '../../../core/queue/job-payloads.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../../core/queue/outbox-processing.js';
import { WORKER_OPTIONS } from '../../../core/queue/worker-options.js';
import { AssessmentService } from '../../assessment/assessment.service.js';
import { FinaliseSteps } from '../finalise-steps.service.js';
import { FinaliseFlows } from './finalise-flows.service.js';
import { WorkflowRuns } from './workflow-runs.js';

/** The `assessment` queue: due-date closing and the finalise runs' steps (the outbox relay starts the runs). */
@Processor(QueueName.ASSESSMENT, WORKER_OPTIONS)
export class AssessmentProcessor extends WorkerHost {
  private readonly runs: WorkflowRuns;

  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
    private readonly steps: FinaliseSteps,
    private readonly flows: FinaliseFlows,
  ) {
    super();
    this.runs = new WorkflowRuns(dataSource);
  }

  process(job: Job): Promise<unknown> {
    return runJob(job, () => this.run(job));
  }

  /** A step that fails for good ends its run; the first failure's message is the one people need. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, err: Error): Promise<void> {
    const runId = (job?.data as Partial<FinaliseStepPayload> | undefined)?.runId;
    if (!isFinalFailure(job, err) || !runId) return;
    // A parent step fails when its child did; the child's own failure carries the message.
    const deferred = Boolean(job.deferredFailure);
    await this.runs.failed(runId, err.message, finaliseStepOf(job.name), { deferred });
  }

  private async run(job: Job): Promise<unknown> {
    // A step's job, or a job of the earlier five-step flow still queued at an upgrade.
    const step = finaliseStepOf(job.name);
    if (step) return this.runStep(step, payloadOf(job, step));
    switch (job.name) {
      case JobName.CLOSE_DUE_ASSESSMENT: {
        const { outboxEventId, assessmentId } = payloadOf(job, JobName.CLOSE_DUE_ASSESSMENT);
        return { outcome: await this.assessments.closeOnDueDate(outboxEventId, assessmentId) };
      }
      case JobName.START_FINALISE: {
        const { result, timings } = await measureWork(() => this.startFinalise(payloadOf(job, JobName.START_FINALISE)));
        return { runId: result, timings };
      }
      default:
        throw new UnrecoverableError(`Unknown assessment job ${job.name}`);
    }
  }

  /**
   * A start-finalise job queued by an earlier release (the relay now starts runs itself): the same
   * start, once per event.
   */
  private async startFinalise(payload: JobPayloads[typeof JobName.START_FINALISE]): Promise<string> {
    if (!(await isOutboxEventProcessed(this.dataSource, payload.outboxEventId))) {
      await this.flows.start(payload);
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, payload.outboxEventId));
    }
    return payload.runId ?? payload.outboxEventId;
  }

  /** The job's return value carries the step's timings (SQL, CPU), which `npm run bench:finalise` reads; no step reads it. */
  private async runStep(step: FinaliseStep, { runId, assessmentId }: FinaliseStepPayload): Promise<{ result: unknown; timings: WorkTimings }> {
    return measureWork(() => this.steps.run(step, assessmentId, (m) => this.runs.stepDone(m, runId, step)));
  }
}
