import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OutboxEventType, QueueName, Role, today } from '@orchestra/shared';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { Candidate } from './candidate.entities.js';
import { CandidateService } from './candidate.service.js';

/** SQL: the moment a candidate's retention ends (last contact, or creation, plus the period). */
const RETENTION_ENDS = `coalesce(c."lastContactAt", c."createdAt") + make_interval(months => $1::int)`;

/**
 * A candidate's data rights: everything held about them as one document, and real erasure (rows,
 * stored matches, queued jobs), plus the retention rule the daily maintenance job applies.
 */
@Injectable()
export class CandidateRightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateService,
    private readonly audit: AuditService,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One JSON document with every record about the person (the subject-access answer). */
  async exportData(actor: AuthUser, id: string): Promise<string> {
    const candidate = await this.candidates.findOne(actor, id);
    const q = (sql: string) => this.dataSource.query(sql, [id]) as Promise<Record<string, unknown>[]>;
    const [skills, notes, matches, stageChanges, placements, audit] = await Promise.all([
      q(`SELECT s.name AS skill, s.category, cs.level, cs.evidence, cs."createdAt", cs."updatedAt" FROM candidate_skill cs JOIN skill s ON s.id = cs."skillId" WHERE cs."candidateId" = $1 ORDER BY s.name`),
      q(`SELECT body, "createdAt" FROM candidate_note WHERE "candidateId" = $1 ORDER BY "createdAt"`),
      q(`SELECT m.id, r.title AS role, m.stage, m.score, m.factors, m."failedConstraints", m."modelVersion", m."computedAt", m."createdAt"
           FROM match m JOIN role r ON r.id = m."roleId" WHERE m."candidateId" = $1 ORDER BY m."createdAt"`),
      q(`SELECT sc."matchId", sc."fromStage", sc."toStage", sc.reason, sc."createdAt" FROM match_stage_change sc JOIN match m ON m.id = sc."matchId" WHERE m."candidateId" = $1 ORDER BY sc."createdAt"`),
      q(`SELECT r.title AS role, p."startDate", p."endDate", p."rateMinor", p.currency, p.allocation FROM placement p JOIN role r ON r.id = p."roleId" WHERE p."candidateId" = $1 ORDER BY p."startDate"`),
      q(`SELECT action, "changedFields", changes, "createdAt" FROM audit_event WHERE "targetId" = $1 ORDER BY "createdAt"`),
    ]);
    await this.dataSource.transaction((m) => this.audit.record(m, { actorId: actor.id, action: 'candidate.export-data', targetType: 'Candidate', targetId: id }));
    const document = { exportedAt: new Date().toISOString(), candidate, skills, notes, matches, stageChanges, placements, auditTrail: audit };
    return JSON.stringify(document, null, 2);
  }

  async erase(actor: AuthUser | null, id: string): Promise<{ candidateId: string; erasedAt: Date }> {
    if (actor) await this.candidates.findOne(actor, id);
    const jobIds = await this.dataSource.transaction((m) => this.eraseIn(m, actor?.id ?? null, id));
    await this.forgetJobs(id, jobIds);
    return { candidateId: id, erasedAt: new Date() };
  }

  /**
   * Deletes the person and everything that hangs off them (skills, notes, matches with their
   * history, placements: ON DELETE CASCADE) and the outbox rows that named them. The audit log
   * keeps only that an erasure happened (no id, no reason), and earlier entries lose the id.
   */
  private async eraseIn(m: EntityManager, actorId: string | null, id: string): Promise<string[]> {
    await m.query(`SELECT id FROM candidate WHERE id = $1 FOR UPDATE`, [id]);
    const events = (await m.query(`DELETE FROM outbox_event WHERE type = $1 AND payload->>'candidateId' = $2 RETURNING id`, [OutboxEventType.CANDIDATE_CHANGED, id])) as [{ id: string }[], number];
    // Earlier audit entries keep what was done, no longer to whom nor the values (names, e-mails,
    // notes); the person's matches are deleted with them, and so are the values on their entries.
    await m.query(
      `UPDATE audit_event SET changes = NULL WHERE "targetType" = 'Match' AND "targetId" IN (SELECT id FROM "match" WHERE "candidateId" = $1)`,
      [id],
    );
    await m.delete(Candidate, { id });
    await m.query(`UPDATE audit_event SET "targetId" = NULL, changes = NULL WHERE "targetType" = 'Candidate' AND "targetId" = $1`, [id]);
    await this.audit.record(m, { actorId, action: 'candidate.erase', targetType: 'Candidate', targetId: null });
    return events[0].map((e) => e.id);
  }

  /** Removes queued jobs and the debounce key that named the person (payloads hold ids only). */
  private async forgetJobs(candidateId: string, jobIds: string[]): Promise<void> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(QueueName.MATCHING), { strict: false });
    await Promise.all(jobIds.map((jobId) => queue.remove(jobId).catch(() => 0)));
    await queue.removeDeduplicationKey(`${OutboxEventType.CANDIDATE_CHANGED}:${candidateId}`).catch(() => 0);
  }

  /** Candidates whose retention ends within `days` days (the recruiter's warning list). */
  async dueForErasure(days = 30, limit = 100): Promise<Candidate[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id FROM candidate c WHERE ${RETENTION_ENDS} < now() + make_interval(days => $2::int) ORDER BY ${RETENTION_ENDS} LIMIT $3`,
      [this.config.CANDIDATE_RETENTION_MONTHS, days, limit],
    )) as { id: string }[];
    if (!rows.length) return [];
    const found = await this.candidates.resources.findByIds(TenantScope.system(), rows.map((r) => r.id));
    return found.filter((c): c is Candidate => c !== null);
  }

  async countDueForErasure(days = 30): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM candidate c WHERE ${RETENTION_ENDS} < now() + make_interval(days => $2::int)`, [
      this.config.CANDIDATE_RETENTION_MONTHS,
      days,
    ])) as [{ n: number }];
    return row.n;
  }

  /**
   * The daily maintenance run: erases everyone past retention, then tells each recruiter (in-app,
   * once a day) how many people reach it within 30 days.
   */
  async applyRetention(): Promise<{ erased: number; dueSoon: number }> {
    const expired = (await this.dataSource.query(`SELECT c.id FROM candidate c WHERE ${RETENTION_ENDS} <= now()`, [this.config.CANDIDATE_RETENTION_MONTHS])) as { id: string }[];
    for (const { id } of expired) await this.erase(null, id);
    const dueSoon = await this.countDueForErasure(30);
    if (dueSoon) {
      const day = today();
      await this.dataSource.query(
        `INSERT INTO notification ("userId", title, body, link, "sourceKey")
         SELECT u.id, $1, $2, '/Candidate?filter=%7B%7D', $3 FROM app_user u WHERE u.role = $4 AND u.active
         ON CONFLICT DO NOTHING`,
        [`${dueSoon === 1 ? '1 candidate reaches' : `${dueSoon} candidates reach`} the retention limit within 30 days`, 'Contact them to keep their data, or they will be erased.', `retention:${day}`, Role.RECRUITER],
      );
    }
    return { erased: expired.length, dueSoon };
  }
}
