import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { FINALISE_STEP_NAMES, JobName, QueueName, type JobPayloads } from '@orchestra/shared';
import { FlowProducer, Queue, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../core/config/config.js';
import { LOGGER } from '../../../core/logging/logging.module.js';
import { payloadOf } from '../../../core/queue/job-payloads.js';
import { OutboxRelayService } from '../../../core/queue/outbox-relay.service.js';
import { DEFAULT_JOB_OPTIONS } from '../../../core/queue/queue.module.js';
import { AssessmentService } from '../../assessment/assessment.service.js';
import { finaliseFlow } from './finalise-flow.js';
import { WorkflowRuns } from './workflow-runs.js';

/** The flow producer of finalise runs. */
export const FINALISE_FLOWS = 'finalise';

/** Starts finalise runs (their row, then their flow in BullMQ), and adds again the flows Redis lost. */
@Injectable()
export class FinaliseFlows implements OnModuleInit {
  private readonly runs: WorkflowRuns;

  constructor(
    @InjectFlowProducer(FINALISE_FLOWS) private readonly flows: FlowProducer,
    @InjectQueue(QueueName.ASSESSMENT) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelayService,
    private readonly assessments: AssessmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.runs = new WorkflowRuns(dataSource);
  }

  /**
   * The relay starts a run as it relays the closing event: starting only adds the flow, so a
   * start-finalise job would cost a queue hop (and its CPU) in front of every run.
   */
  onModuleInit(): void {
    this.relay.runInline(JobName.START_FINALISE, async (data) => {
      await this.start(payloadOf({ name: JobName.START_FINALISE, data }, JobName.START_FINALISE));
    });
  }

  /**
   * Creates the run (its id: the event that asked for it, or the run being retried), then adds its
   * flow. Both are idempotent, so a crash between them and a second delivery add nothing twice.
   */
  async start({ outboxEventId, assessmentId, runId, attempt }: JobPayloads[typeof JobName.START_FINALISE]): Promise<string> {
    const id = runId ?? outboxEventId;
    const assessment = await this.assessments.byId(this.dataSource.manager, assessmentId);
    if (!assessment) throw new UnrecoverableError(`Assessment ${assessmentId} does not exist.`);
    await this.runs.start(id, assessment, runId !== undefined);
    await this.add(id, assessmentId, attempt ?? 0);
    return id;
  }

  /** Idempotent: the flow's job ids are deterministic per run and attempt. */
  async add(runId: string, assessmentId: string, attempt: number): Promise<void> {
    await this.flows.add(finaliseFlow(runId, assessmentId, attempt), { queuesOptions: { [QueueName.ASSESSMENT]: { defaultJobOptions: DEFAULT_JOB_OPTIONS } } });
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
      // The last step's job is the flow's root: while it exists, the flow is in Redis.
      if (await this.queue.getJob(`${run.id}.${attempt}.${FINALISE_STEP_NAMES.at(-1)}`)) continue;
      await this.add(run.id, run.subjectId, attempt);
      await this.dataSource.query(`UPDATE workflow_run SET "updatedAt" = now() WHERE id = $1`, [run.id]);
      readded++;
    }
    if (readded) this.logger.warn({ count: readded }, 'Workflow reconciler re-added flows missing from Redis');
    return readded;
  }
}
