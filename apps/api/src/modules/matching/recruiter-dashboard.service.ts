import { Injectable } from '@nestjs/common';
import { MATCH_PIPELINE, MatchStage } from '@orchestra/shared';
import { DataSource } from 'typeorm';
import { Candidate } from '../candidate/candidate.entities.js';
import { CandidateRightsService } from '../candidate/candidate-rights.service.js';

/** A match is stuck after this many days in one open stage. */
export const STUCK_AFTER_DAYS = 7;
/** The open stages "My pipeline" counts (PLACED is final). */
const OPEN_STAGES = MATCH_PIPELINE.filter((s) => s !== MatchStage.PLACED);

/** The recruiter's dashboard widgets, each one indexed query. */
@Injectable()
export class RecruiterDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rights: CandidateRightsService,
  ) {}

  async summary() {
    const [ages, expiring, placed, dueForErasure] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE "createdAt" > now() - interval '7 days')::int AS "week",
                count(*) FILTER (WHERE "createdAt" <= now() - interval '7 days' AND "createdAt" > now() - interval '28 days')::int AS "month",
                count(*) FILTER (WHERE "createdAt" <= now() - interval '28 days')::int AS "older"
           FROM role WHERE "statusRank" = 0`,
      ) as Promise<[{ week: number; month: number; older: number }]>,
      this.dataSource
        .getRepository(Candidate)
        .createQueryBuilder('c')
        .where(`c."consentExpiresAt" > now() AND c."consentExpiresAt" <= now() + interval '30 days'`)
        .orderBy('c.consentExpiresAt', 'ASC')
        .take(20)
        .getMany(),
      this.dataSource.query(`SELECT count(*)::int AS n FROM placement WHERE "createdAt" >= date_trunc('month', now())`) as Promise<[{ n: number }]>,
      this.rights.countDueForErasure(30),
    ]);
    const [a] = ages;
    return {
      openRolesByAge: [
        { label: '< 1 week', count: a.week },
        { label: '1–4 weeks', count: a.month },
        { label: '> 4 weeks', count: a.older },
      ],
      consentExpiring: expiring,
      placementsThisMonth: placed[0].n,
      dueForErasure,
    };
  }

  /**
   * "My pipeline": the open matches the user moved at least once (shortlisted, submitted, …), by
   * stage, and those in their stage for more than STUCK_AFTER_DAYS days, longest first. Two
   * statements whatever the size of the pipeline.
   */
  async myPipeline(userId: string) {
    const mine = `SELECT m.* FROM match m WHERE m.stage = ANY($2::text[])
                    AND EXISTS (SELECT 1 FROM match_stage_change c WHERE c."changedById" = $1 AND c."matchId" = m.id)`;
    const [counts, stuck] = await Promise.all([
      this.dataSource.query(
        `SELECT stage, count(*)::int AS n, count(*) FILTER (WHERE "stageChangedAt" < now() - make_interval(days => $3))::int AS stuck
           FROM (${mine}) x GROUP BY stage`,
        [userId, OPEN_STAGES, STUCK_AFTER_DAYS],
      ) as Promise<{ stage: MatchStage; n: number; stuck: number }[]>,
      this.dataSource.query(
        `SELECT x.id, x."roleId", r.title AS "roleTitle", x."candidateId", c.name AS "candidateName", x.stage, x."stageChangedAt",
                (current_date - x."stageChangedAt"::date)::int AS "daysInStage"
           FROM (${mine}) x JOIN role r ON r.id = x."roleId" JOIN candidate c ON c.id = x."candidateId"
          WHERE x."stageChangedAt" < now() - make_interval(days => $3)
          ORDER BY x."stageChangedAt" ASC, x.id ASC LIMIT 10`,
        [userId, OPEN_STAGES, STUCK_AFTER_DAYS],
      ) as Promise<{ id: string; roleId: string; roleTitle: string; candidateId: string; candidateName: string; stage: MatchStage; stageChangedAt: Date; daysInStage: number }[]>,
    ]);
    return {
      byStage: OPEN_STAGES.map((stage) => ({ stage, count: counts.find((c) => c.stage === stage)?.n ?? 0 })),
      stuckCount: counts.reduce((sum, c) => sum + c.stuck, 0),
      stuck,
    };
  }
}
