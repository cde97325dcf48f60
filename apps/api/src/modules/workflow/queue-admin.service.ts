import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ErrorCode, formatDay, jobSubject, QUEUE_NAMES, type JobSubjectType } from '@orchestra/shared';
import type { Job, Queue } from 'bullmq';
import { isUUID } from 'class-validator';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../core/logging/logging.module.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { withTimeout } from '../../core/util/with-timeout.js';
import { AssessmentService } from '../assessment/assessment.service.js';
import { InvitationService } from '../assessment/invitation.service.js';
import { CandidateService } from '../candidate/candidate.service.js';
import { DecisionRecordService } from '../decision/decision-record.service.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { RoleService } from '../role/role.service.js';
import { StaffingPlanService } from '../staffing/staffing-plan.service.js';
import { UserService } from '../../core/identity/user/user.service.js';
import type { FailedJobType, QueueStatsType } from './dto/workflow.type.js';

const REDIS_TIMEOUT_MS = 3000;
const FAILED_PER_PAGE = 25;

/** Labels of a job subject's records by id (missing ids are left out). */
type SubjectLabels = (scope: TenantScope, ids: string[]) => Promise<Map<string, string>>;

/** The ADMIN's view of the queues: counts, failed jobs with their error and subject, and retry. */
@Injectable()
export class QueueAdminService implements OnModuleInit {
  private lastWarning = 0;
  private readonly labels: Record<JobSubjectType, SubjectLabels>;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
    roles: RoleService,
    candidates: CandidateService,
    decisions: DecisionRecordService,
    invitations: InvitationService,
    assessments: AssessmentService,
    users: UserService,
    plans: StaffingPlanService,
    engagements: EngagementService,
  ) {
    const by = <E extends { id: string }>(service: { resources: { findByIds(s: TenantScope, ids: readonly string[]): Promise<(E | null)[]> } }, label: (e: E) => string): SubjectLabels =>
      async (scope, ids) => new Map((await service.resources.findByIds(scope, ids)).flatMap((e) => (e ? [[e.id, label(e)] as const] : [])));
    this.labels = {
      Role: by(roles, (r) => r.title),
      Candidate: by(candidates, (c) => c.name),
      DecisionRecord: by(decisions, (d) => d.title),
      Invitation: by(invitations, (i) => i.name ?? i.email),
      Assessment: by(assessments, (a) => a.title),
      User: by(users, (u) => u.name),
      Engagement: by(engagements, (e) => e.title),
      StaffingPlan: by(plans, (p) => `Plan of ${p.roleIds.length} ${p.roleIds.length === 1 ? 'role' : 'roles'} from ${formatDay(p.createdAt.toISOString().slice(0, 10))}`),
    };
  }

  /** Queue connections report Redis outages as events: logged (at most every 30 s), never thrown at the process. */
  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      this.queue(name).on('error', (err) => {
        if (Date.now() - this.lastWarning < 30_000) return;
        this.lastWarning = Date.now();
        this.logger.warn({ err, queue: name }, 'Queue connection error (the queue page answers once Redis is back)');
      });
    }
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async stats(): Promise<QueueStatsType[]> {
    return this.redis(() =>
      Promise.all(
        QUEUE_NAMES.map(async (name) => {
          const c = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
          return { name, waiting: c['waiting'] ?? 0, active: c['active'] ?? 0, delayed: c['delayed'] ?? 0, failed: c['failed'] ?? 0, completed: c['completed'] ?? 0 };
        }),
      ),
    );
  }

  async failed(actor: AuthUser, queue: string, page = 0): Promise<FailedJobType[]> {
    const jobs = await this.redis(() => this.queue(queue).getFailed(page * FAILED_PER_PAGE, (page + 1) * FAILED_PER_PAGE - 1));
    const subjects = jobs.map((j) => validSubject(j.data));
    // One lookup per subject type for the page, through the owning module's service.
    const labels = new Map<string, string>();
    const scope = TenantScope.of(actor);
    for (const [type, lookup] of Object.entries(this.labels) as [JobSubjectType, SubjectLabels][]) {
      const ids = [...new Set(subjects.filter((s) => s?.type === type).map((s) => s!.id))];
      if (ids.length) for (const [id, label] of await lookup(scope, ids)) labels.set(`${type}:${id}`, label);
    }
    return jobs.map((j, i) => ({ ...failedJob(queue, j), ...subjectFields(subjects[i]!, labels), failedAt: j.finishedOn ? new Date(j.finishedOn) : null }));
  }

  async retry(actor: AuthUser, queue: string, jobId: string): Promise<FailedJobType> {
    const job = await this.redis(() => this.queue(queue).getJob(jobId));
    if (!job) throw AppError.notFound('Job', `${queue}/${jobId}`);
    if (!(await job.isFailed())) throw AppError.conflict(`Job ${jobId} is not failed: only failed jobs are retried.`);
    await this.redis(() => job.retry('failed'));
    await this.dataSource.transaction((m) => this.audit.record(m, { actorId: actor.id, action: 'job.retry', targetType: 'Job', targetId: null, changes: { job: { old: null, new: `${queue}/${jobId}` } } }));
    return { ...failedJob(queue, job), ...subjectFields(validSubject(job.data), new Map()), failedAt: null };
  }

  /** Redis down answers clearly, not with a hanging request. */
  private async redis<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(work(), REDIS_TIMEOUT_MS, 'redis');
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(ErrorCode.INTERNAL, 'The job queues cannot be reached right now (Redis): try again in a moment.');
    }
  }
}

/** The job's subject when its id is one (a malformed id is not looked up, nor shown as a link). */
function validSubject(data: unknown): { type: JobSubjectType; id: string } | null {
  const subject = jobSubject(data);
  return subject && isUUID(subject.id) ? { type: subject.type, id: subject.id.toLowerCase() } : null;
}

function subjectFields(subject: { type: JobSubjectType; id: string } | null, labels: Map<string, string>): Pick<FailedJobType, 'subjectType' | 'subjectId' | 'subjectLabel'> {
  return { subjectType: subject?.type ?? null, subjectId: subject?.id ?? null, subjectLabel: subject ? (labels.get(`${subject.type}:${subject.id}`) ?? null) : null };
}

function failedJob(queue: string, job: Job): Pick<FailedJobType, 'queue' | 'id' | 'name' | 'failedReason' | 'attemptsMade'> {
  return { queue, id: String(job.id), name: job.name, failedReason: job.failedReason ?? '', attemptsMade: job.attemptsMade };
}
