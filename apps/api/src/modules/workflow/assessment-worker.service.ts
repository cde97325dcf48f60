import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AssessmentStatus, JobName, QueueName, type FinaliseStep, type FinaliseStepPayload } from '@orchestra/shared';
import { FlowProducer, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { LOGGER } from '../../core/logging/logging.module.js';
import { failOnceOnRefusal, payloadOf } from '../../core/queue/job-payloads.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { OutboxRelayService } from '../../core/queue/outbox-relay.service.js';
import { DEFAULT_JOB_OPTIONS } from '../../core/queue/queue.module.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { closeAssessmentRecord } from '../assessment/assessment-closing.js';
import { Assessment } from '../assessment/assessment.entities.js';
import { finaliseFlow, STEP_JOBS } from './finalise-flow.js';
import { FinaliseSteps } from './finalise-steps.service.js';
import { WorkflowRuns } from './workflow-runs.js';

/**
 * The `assessment` queue's worker, built here rather than with @Processor so its lock and
 * stalled-job timings come from the configuration (a dead worker's step is picked up again after
 * WORKER_LOCK_MS). It starts finalise flows and runs their steps.
 */
@Injectable()
export class AssessmentWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private worker?: Worker;
  private flows?: FlowProducer;
  private queue?: Queue;
  private readonly runs: WorkflowRuns;

  constructor(
    private readonly dataSource: DataSource,
    private readonly steps: FinaliseSteps,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.runs = new WorkflowRuns(dataSource);
  }

  onApplicationBootstrap(): void {
    const connection = { url: this.config.REDIS_URL, maxRetriesPerRequest: null };
    this.flows = new FlowProducer({ connection, prefix: this.config.QUEUE_PREFIX });
    this.queue = new Queue(QueueName.ASSESSMENT, { connection, prefix: this.config.QUEUE_PREFIX });
    this.worker = new Worker(QueueName.ASSESSMENT, (job) => failOnceOnRefusal(() => this.process(job)), {
      connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WORKER_CONCURRENCY,
      maxStalledCount: this.config.WORKER_MAX_STALLED_COUNT,
      lockDuration: this.config.WORKER_LOCK_MS,
      stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
    });
    this.worker.on('failed', (job, err) => {
      const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1));
      this.logger.warn({ queue: QueueName.ASSESSMENT, jobId: job?.id, attempt: job?.attemptsMade, final, err }, 'Job failed');
      if (!job || !final) return;
      const data = job.data as Partial<FinaliseStepPayload & { outboxEventId: string }>;
      if (data.runId) void this.runs.failed(data.runId, err.message).catch((e: unknown) => this.logger.error({ err: e }, 'Could not mark the run failed'));
      if (data.outboxEventId) void this.relay.markFailed(data.outboxEventId, err.message).catch((e: unknown) => this.logger.error({ err: e }, 'Could not mark the event failed'));
    });
    this.worker.on('error', (err) => this.logger.error({ err }, 'Assessment worker error'));
  }

  /** Finishes (or returns) the active jobs, then closes the connections: SIGTERM is graceful. */
  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
    await this.flows?.close();
    await this.queue?.close();
  }

  /**
   * Runs that stopped moving and whose flow is gone from Redis (Redis lost its data after the
   * start event was processed) get their flow added again; done steps find their output.
   */
  async reconcileRuns(): Promise<number> {
    const stale: { id: string; subjectId: string; attempts: number }[] = await this.dataSource.query(
      `SELECT id, "subjectId", attempts FROM workflow_run
        WHERE status IN ('PENDING', 'RUNNING') AND "updatedAt" < now() - make_interval(secs => $1) ORDER BY "updatedAt" LIMIT 100`,
      [this.config.OUTBOX_RECONCILE_AFTER_SECONDS],
    );
    let readded = 0;
    for (const run of stale) {
      const attempt = run.attempts - 1;
      if (await this.queue!.getJob(`${run.id}.${attempt}.${JobName.FINALISE_ASSESSMENT}`)) continue;
      await this.flows!.add(finaliseFlow(run.id, run.subjectId, attempt), { queuesOptions: { [QueueName.ASSESSMENT]: { defaultJobOptions: DEFAULT_JOB_OPTIONS } } });
      await this.dataSource.query(`UPDATE workflow_run SET "updatedAt" = now() WHERE id = $1`, [run.id]);
      readded++;
    }
    if (readded) this.logger.warn({ count: readded }, 'Workflow reconciler re-added flows missing from Redis');
    return readded;
  }

  private async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.CLOSE_DUE_ASSESSMENT: {
        const { outboxEventId, assessmentId } = payloadOf(job, JobName.CLOSE_DUE_ASSESSMENT);
        return { outcome: await this.closeDue(outboxEventId, assessmentId) };
      }
      case JobName.START_FINALISE: {
        const { outboxEventId, assessmentId, runId, attempt } = payloadOf(job, JobName.START_FINALISE);
        return { runId: await this.startFinalise(outboxEventId, assessmentId, runId, attempt ?? 0) };
      }
      default:
        if (STEP_JOBS.includes(job.name)) return this.runStep(job.name as FinaliseStep, payloadOf(job, job.name as FinaliseStep));
        throw new UnrecoverableError(`Unknown assessment job ${job.name}`);
    }
  }

  /** The due date passed with the assessment still open: close it (which starts the finalise flow). */
  private async closeDue(outboxEventId: string, assessmentId: string): Promise<string> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-done';
    return this.dataSource.transaction(async (m) => {
      const assessment = await m.findOne(Assessment, { where: { id: assessmentId }, lock: { mode: 'pessimistic_write' } });
      let outcome = 'not-open';
      if (assessment?.status === AssessmentStatus.OPEN && assessment.dueEventId === outboxEventId) {
        const [row] = await m.query(`SELECT count(*)::int AS n FROM invitation WHERE "assessmentId" = $1 AND status = 'SUBMITTED'`, [assessmentId]);
        await closeAssessmentRecord(m, this.outbox, assessment, row.n ? 'Closed on its due date.' : 'Closed on its due date with no submitted response.');
        outcome = 'closed';
      }
      await markOutboxEventProcessed(m, outboxEventId);
      return outcome;
    });
  }

  /**
   * Creates the run (its id: the event that asked for it, or the run being retried) and adds the
   * flow. Both are idempotent, so a crash between them and a second delivery add nothing twice.
   */
  private async startFinalise(outboxEventId: string, assessmentId: string, retryOf: string | undefined, attempt: number): Promise<string> {
    const runId = retryOf ?? outboxEventId;
    const [assessment] = await this.dataSource.query(`SELECT id, "clientId" FROM assessment WHERE id = $1`, [assessmentId]);
    if (!assessment) throw new UnrecoverableError(`Assessment ${assessmentId} does not exist.`);
    if (!(await isOutboxEventProcessed(this.dataSource, outboxEventId))) {
      await this.runs.start(runId, assessment, retryOf !== undefined);
      await this.flows!.add(finaliseFlow(runId, assessmentId, attempt), { queuesOptions: { [QueueName.ASSESSMENT]: { defaultJobOptions: DEFAULT_JOB_OPTIONS } } });
      await this.dataSource.transaction((m) => markOutboxEventProcessed(m, outboxEventId));
    }
    return runId;
  }

  private async runStep(step: FinaliseStep, { runId, assessmentId }: FinaliseStepPayload): Promise<unknown> {
    await this.runs.stepStarted(runId, step);
    const result = await this.steps.run(step, assessmentId);
    await this.runs.stepDone(runId, step);
    return result;
  }
}
