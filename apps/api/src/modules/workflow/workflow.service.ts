import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OutboxEventType, WorkflowKind, WorkflowStatus, enumLabel } from '@orchestra/shared';
import { DataSource, Repository } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { WorkflowRun } from './workflow-run.entity.js';

@Injectable()
export class WorkflowService {
  readonly runs: ResourceRepository<WorkflowRun>;

  constructor(
    @InjectRepository(WorkflowRun) repo: Repository<WorkflowRun>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {
    this.runs = new ResourceRepository(repo, {
      typeName: 'WorkflowRun',
      alias: 'run',
      sortable: { id: 'id', createdAt: 'createdAt', status: 'status', progress: 'progress' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      equals: { subjectId: 'subjectId', status: 'status' },
      tenantProperty: 'clientId',
    });
  }

  /** Starts a FAILED run again through the outbox; its steps are idempotent, so done work is found, not redone twice. */
  retry(actor: AuthUser, id: string): Promise<WorkflowRun> {
    return this.dataSource.transaction(async (m) => {
      const run = await this.runs.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      if (run.status !== WorkflowStatus.FAILED) throw AppError.conflict(`This run is ${enumLabel('WorkflowStatus', run.status).toLowerCase()}: only a failed run can be retried.`);
      // A staffing plan is solved again with rerunStaffingPlan (a new run); only scoring runs are retried in place.
      if (run.kind !== WorkflowKind.ASSESSMENT_FINALISE) throw AppError.conflict('Only a scoring run can be retried here: run the staffing plan again from its page.');
      await this.outbox.add(m, OutboxEventType.ASSESSMENT_CLOSED, { assessmentId: run.subjectId, runId: run.id, attempt: run.attempts });
      const changes = { status: { old: run.status, new: WorkflowStatus.PENDING }, error: { old: run.error, new: null } };
      run.status = WorkflowStatus.PENDING;
      run.error = null;
      run.finishedAt = null;
      await m.save(run);
      await this.audit.record(m, { actorId: actor.id, action: 'workflow_run.retry', targetType: 'WorkflowRun', targetId: run.id, changes });
      return run;
    });
  }
}
