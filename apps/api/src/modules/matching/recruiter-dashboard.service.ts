import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Candidate } from '../candidate/candidate.entities.js';
import { CandidateRightsService } from '../candidate/candidate-rights.service.js';

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
}
