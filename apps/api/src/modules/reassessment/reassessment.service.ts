import { Injectable } from '@nestjs/common';
import {
  AssessmentStatus,
  compareReassessment,
  enumLabel,
  isoDay,
  OutboxEventType,
  QueueName,
  REASSESS_EVERY_DAYS,
  reassessmentTitle,
  RecommendationState,
  Role,
  addDays,
  type CapabilityReading,
  type Intervention,
  type RecommendationOption,
} from '@orchestra/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { diffChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { isOutboxEventProcessed, markOutboxEventProcessed } from '../../core/queue/outbox-processing.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { noteUnchanged } from '../../core/request-context/request-context.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Assessment } from '../assessment/assessment.entities.js';
import type { Engagement } from '../engagement/engagement.entity.js';
import { EngagementService } from '../engagement/engagement.service.js';
import { InboxService } from '../inbox/inbox.service.js';
import type { ClearReassessmentScheduleArgs, SetReassessmentScheduleArgs } from './dto/reassessment.args.js';
import type { ReassessmentChangesType } from './dto/reassessment.type.js';

const DAY_MS = 86_400_000;
/** Assessments a re-assessment can repeat and compare with. */
const SCORED: readonly AssessmentStatus[] = [AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];
/** A drafted re-assessment is due this many days after it is drafted (the owner may change it before opening). */
const DRAFT_DUE_DAYS = 14;

export type DraftOutcome = 'drafted' | 'already-drafted' | 'stale' | 'nothing-to-repeat' | 'already-done';

interface AssessmentRow {
  id: string;
  title: string;
  status: AssessmentStatus;
  engagementId: string;
  clientId: string;
  closedAt: Date | null;
  createdAt: Date;
  previousAssessmentId: string | null;
  baselineAssessmentId: string | null;
}

/**
 * Re-assessment on a cadence (DESIGN §7): an engagement's schedule, the delayed job that drafts the
 * next assessment from the last scored one (same questionnaire, targets and invitees), and what
 * changed between the two with the interventions in between.
 */
@Injectable()
export class ReassessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementService,
    private readonly inbox: InboxService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * Sets (or changes) the schedule: the pending draft job is cancelled and, with `everyDays`, one is
   * queued for the last scored assessment's close + N days (at once if that is past).
   */
  setSchedule(actor: AuthUser, args: SetReassessmentScheduleArgs): Promise<Engagement> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'setReassessmentSchedule',
        args,
        async () => {
          const everyDays = args.everyDays === undefined ? REASSESS_EVERY_DAYS.default : args.everyDays;
          const onClose = args.onClose ?? false;
          if (everyDays === null && !onClose) throw AppError.badInput({ everyDays: 'is required unless onClose is true: say how often to re-assess (or clear the schedule)' });
          const engagement = await this.engagements.resources.findOne(scope, args.engagementId, { manager: m, lock: true });
          const last = await this.lastScored(m, engagement.id);
          if (!last) throw AppError.conflict(`"${engagement.title}" has no scored assessment yet: a re-assessment repeats the last one, so score one first.`);
          const before = { ...engagement };
          await this.cancelPending(m, engagement);
          let due: Date | null = null;
          let eventId: string | null = null;
          if (everyDays !== null) {
            due = new Date(Math.max(Date.now(), (last.closedAt ?? last.createdAt).getTime() + everyDays * DAY_MS));
            eventId = await this.outbox.add(m, OutboxEventType.REASSESSMENT_DUE, { engagementId: engagement.id, period: isoDay(due), runAt: due.toISOString() });
          }
          const schedule = { reassessEveryDays: everyDays, reassessOnClose: onClose, reassessNextDueAt: due };
          Object.assign(engagement, schedule, { reassessEventId: eventId });
          await m.save(engagement);
          await this.audit.record(m, { actorId: actor.id, action: 'engagement.schedule_reassessment', targetType: 'Engagement', targetId: engagement.id, changes: diffChanges(before, schedule) });
          return engagement;
        },
        (id) => this.engagements.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /** Removes the schedule and cancels its pending draft; an engagement with none is left as it is. */
  clearSchedule(actor: AuthUser, args: ClearReassessmentScheduleArgs): Promise<Engagement> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'clearReassessmentSchedule',
        args,
        async () => {
          const engagement = await this.engagements.resources.findOne(scope, args.engagementId, { manager: m, lock: true });
          if (engagement.reassessEveryDays === null && !engagement.reassessOnClose) {
            noteUnchanged();
            return engagement;
          }
          const before = { ...engagement };
          await this.cancelPending(m, engagement);
          const schedule = { reassessEveryDays: null, reassessOnClose: false, reassessNextDueAt: null };
          Object.assign(engagement, schedule, { reassessEventId: null });
          await m.save(engagement);
          await this.audit.record(m, { actorId: actor.id, action: 'engagement.clear_reassessment', targetType: 'Engagement', targetId: engagement.id, changes: diffChanges(before, schedule) });
          return engagement;
        },
        (id) => this.engagements.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /**
   * The job: drafts the period's re-assessment from the last scored assessment, tells the owner,
   * and queues the next period. Once per period (a unique index), and a job the schedule has
   * replaced since it was queued does nothing.
   */
  async draft(outboxEventId: string, engagementId: string, period: string): Promise<DraftOutcome> {
    if (await isOutboxEventProcessed(this.dataSource, outboxEventId)) return 'already-done';
    return this.dataSource.transaction(async (m) => {
      const [engagement] = (await m.query(
        `SELECT id, title, "ownerId", "reassessEveryDays", "reassessEventId", "reassessNextDueAt" FROM engagement WHERE id = $1 FOR UPDATE`,
        [engagementId],
      )) as { id: string; title: string; ownerId: string; reassessEveryDays: number | null; reassessEventId: string | null; reassessNextDueAt: Date | null }[];
      const periodic = !period.startsWith('close-');
      const outcome = await this.draftIn(m, engagement, period, periodic ? engagement?.reassessEventId === outboxEventId : true);
      if (outcome === 'drafted' && periodic && engagement!.reassessEveryDays !== null) {
        // The next period: N days after this one was due.
        const due = new Date((engagement!.reassessNextDueAt ?? new Date()).getTime() + engagement!.reassessEveryDays * DAY_MS);
        const next = await this.outbox.add(m, OutboxEventType.REASSESSMENT_DUE, { engagementId, period: isoDay(due), runAt: due.toISOString() });
        await m.query(`UPDATE engagement SET "reassessNextDueAt" = $2, "reassessEventId" = $3 WHERE id = $1`, [engagementId, due, next]);
      }
      await markOutboxEventProcessed(m, outboxEventId);
      return outcome;
    });
  }

  private async draftIn(
    m: EntityManager,
    engagement: { id: string; title: string; ownerId: string } | undefined,
    period: string,
    current: boolean,
  ): Promise<DraftOutcome> {
    if (!engagement || !current) return 'stale';
    const [existing] = (await m.query(`SELECT id FROM assessment WHERE "engagementId" = $1 AND "reassessPeriod" = $2`, [engagement.id, period])) as { id: string }[];
    if (existing) return 'already-drafted';
    const source = await this.lastScored(m, engagement.id);
    if (!source) return 'nothing-to-repeat';
    const full = await m.findOneByOrFail(Assessment, { id: source.id });
    const index = full.reassessmentIndex + 1;
    const draft = await m.save(
      m.create(Assessment, {
        clientId: full.clientId,
        engagementId: full.engagementId,
        templateId: full.templateId,
        title: reassessmentTitle(full.title, index),
        status: AssessmentStatus.DRAFT,
        dueDate: addDays(isoDay(new Date()), DRAFT_DUE_DAYS),
        minRespondents: full.minRespondents,
        anonymityThreshold: full.anonymityThreshold,
        previousAssessmentId: full.id,
        baselineAssessmentId: full.baselineAssessmentId ?? full.id,
        reassessmentIndex: index,
        reassessPeriod: period,
      }),
    );
    await m.query(`INSERT INTO assessment_target ("assessmentId", "capabilityId", target) SELECT $1, "capabilityId", target FROM assessment_target WHERE "assessmentId" = $2`, [draft.id, full.id]);
    const invited = (await m.query(
      `INSERT INTO invitation ("clientId", "assessmentId", "contactId", email, name, "respondentRole")
       SELECT "clientId", $1, "contactId", email, name, "respondentRole" FROM invitation WHERE "assessmentId" = $2 RETURNING id`,
      [draft.id, full.id],
    )) as { id: string }[];
    await this.inbox.notify(m, {
      userId: engagement.ownerId,
      title: `Re-assessment drafted: "${draft.title}"`,
      body: `Drafted from "${full.title}" with the same questionnaire, targets and ${invited.length} ${invited.length === 1 ? 'invitee' : 'invitees'}: review it and open it.`,
      link: `/Assessment/${draft.id}/show`,
      sourceKey: `reassessment:${draft.id}`,
    });
    await this.audit.record(m, {
      actorId: null,
      action: 'assessment.draft_reassessment',
      targetType: 'Assessment',
      targetId: draft.id,
      changes: { previousAssessmentId: { old: null, new: full.id }, reassessPeriod: { old: null, new: period }, invitations: { old: null, new: invited.length } },
    });
    return 'drafted';
  }

  private async lastScored(m: EntityManager, engagementId: string): Promise<{ id: string; closedAt: Date | null; createdAt: Date } | undefined> {
    const [row] = (await m.query(
      `SELECT id, "closedAt", "createdAt" FROM assessment WHERE "engagementId" = $1 AND status = ANY($2) ORDER BY "closedAt" DESC NULLS LAST, "createdAt" DESC LIMIT 1`,
      [engagementId, SCORED],
    )) as { id: string; closedAt: Date | null; createdAt: Date }[];
    return row;
  }

  private async cancelPending(m: EntityManager, engagement: Engagement): Promise<void> {
    if (engagement.reassessEventId) await this.outbox.add(m, OutboxEventType.JOB_CANCELLED, { queue: QueueName.MAINTENANCE, jobId: engagement.reassessEventId });
  }

  /**
   * What changed since the previous assessment (null for a first assessment): per capability,
   * matched by key, with the interventions between the two. A CLIENT user compares only with
   * assessments published to them.
   */
  async changes(actor: AuthUser, assessmentId: string): Promise<ReassessmentChangesType | null> {
    const scope = TenantScope.of(actor);
    const [current] = await this.assessments(scope, [assessmentId]);
    if (!current?.previousAssessmentId) return null;
    const ids = [current.previousAssessmentId, current.baselineAssessmentId].filter((id): id is string => !!id);
    const visible = (await this.assessments(scope, ids)).filter((a) => (actor.role === Role.CLIENT ? a.status === AssessmentStatus.PUBLISHED : SCORED.includes(a.status)));
    const previous = visible.find((a) => a.id === current.previousAssessmentId);
    if (!previous) return null;
    const baseline = visible.find((a) => a.id === current.baselineAssessmentId) ?? previous;
    const readings = await this.readings([current.id, previous.id, baseline.id]);
    const interventions = await this.interventions(current.engagementId, previous.closedAt ?? previous.createdAt, current.closedAt ?? new Date());
    const comparison = compareReassessment({
      current: readings.get(current.id) ?? [],
      previous: readings.get(previous.id) ?? [],
      baseline: readings.get(baseline.id) ?? null,
      interventions,
    });
    return { previousTitle: previous.title, baselineTitle: baseline.title, ...comparison };
  }

  private async assessments(scope: TenantScope, ids: readonly string[]): Promise<AssessmentRow[]> {
    return (await this.dataSource.query(
      `SELECT id, title, status, "engagementId", "clientId", "closedAt", "createdAt", "previousAssessmentId", "baselineAssessmentId"
         FROM assessment WHERE id = ANY($1) AND ($2::uuid IS NULL OR "clientId" = $2::uuid)`,
      [ids, scope.clientId],
    )) as AssessmentRow[];
  }

  /** Each assessment's capability scores, by assessment, in framework order. */
  private async readings(ids: readonly string[]): Promise<Map<string, CapabilityReading[]>> {
    const rows = (await this.dataSource.query(
      `SELECT s."assessmentId", c.key, c.name, ar.name AS "areaName", s.current::float8 AS current, s.spread::float8 AS spread, s.target
         FROM capability_score s JOIN capability c ON c.id = s."capabilityId" JOIN capability_area ar ON ar.id = c."areaId"
        WHERE s."assessmentId" = ANY($1) ORDER BY ar.position, c.position`,
      [[...new Set(ids)]],
    )) as (CapabilityReading & { assessmentId: string })[];
    const by = new Map<string, CapabilityReading[]>();
    for (const { assessmentId, ...r } of rows) by.set(assessmentId, [...(by.get(assessmentId) ?? []), r]);
    return by;
  }

  /**
   * What was done about each capability of the engagement between `from` and `to`: options
   * accepted for its gaps (as the decision recorded with them, when there is one), placements into
   * roles drafted from its gaps. Capabilities by key, so a new framework version keeps the line.
   */
  private async interventions(engagementId: string, from: Date, to: Date): Promise<Intervention[]> {
    const [options, placements] = await Promise.all([
      this.dataSource.query(
        `SELECT c.key AS "capabilityKey", r.option, r."decidedAt"::date::text AS "on", d.title AS "decisionTitle", d."decidedAt"::date::text AS "decidedOn"
           FROM recommendation r JOIN capability_gap g ON g.id = r."gapId" JOIN capability c ON c.id = g."capabilityId"
           LEFT JOIN decision_record d ON d.id = r."decisionRecordId"
          WHERE g."engagementId" = $1 AND r.state = ANY($4) AND r."decidedAt" > $2 AND r."decidedAt" <= $3`,
        [engagementId, from, to, [RecommendationState.ACCEPTED, RecommendationState.OVERRIDDEN]],
      ) as Promise<{ capabilityKey: string; option: RecommendationOption; on: string; decisionTitle: string | null; decidedOn: string | null }[]>,
      this.dataSource.query(
        `SELECT c.key AS "capabilityKey", p."startDate"::text AS "on", ca.name AS "candidateName", ro.title AS "roleTitle"
           FROM placement p JOIN role ro ON ro.id = p."roleId" JOIN capability_gap g ON g.id = ro."gapId"
           JOIN capability c ON c.id = g."capabilityId" JOIN candidate ca ON ca.id = p."candidateId"
          WHERE ro."engagementId" = $1 AND p."createdAt" > $2 AND p."createdAt" <= $3`,
        [engagementId, from, to],
      ) as Promise<{ capabilityKey: string; on: string; candidateName: string; roleTitle: string }[]>,
    ]);
    return [
      // An option accepted with a decision record is that decision; without one, the acceptance itself.
      ...options.map((o): Intervention =>
        o.decisionTitle
          ? { capabilityKey: o.capabilityKey, kind: 'DECISION', label: `the decision "${o.decisionTitle}"`, on: o.decidedOn ?? o.on }
          : { capabilityKey: o.capabilityKey, kind: 'OPTION', label: `the accepted ${enumLabel('RecommendationOption', o.option).toLowerCase()}`, on: o.on },
      ),
      ...placements.map((p): Intervention => ({ capabilityKey: p.capabilityKey, kind: 'PLACEMENT', label: `${p.candidateName}'s placement as ${p.roleTitle}`, on: p.on })),
    ];
  }
}
