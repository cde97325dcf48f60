import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { MAX_PER_PAGE, redactQuote, Role, SortOrder, type RespondentRole } from '@orchestra/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { ResourceRepository, type BaseFilter } from '../../core/graphql/list/resource-repository.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { CapabilityGap, CapabilityScore, Recommendation } from './gap.entities.js';

/** Reads of what finalising produced: scores, gaps (worst first) and their ranked options. */
@Injectable()
export class GapService {
  readonly scores: ResourceRepository<CapabilityScore>;
  readonly gaps: ResourceRepository<CapabilityGap>;
  readonly recommendations: ResourceRepository<Recommendation>;

  constructor(
    @InjectRepository(CapabilityScore) scores: Repository<CapabilityScore>,
    @InjectRepository(CapabilityGap) gaps: Repository<CapabilityGap>,
    @InjectRepository(Recommendation) recommendations: Repository<Recommendation>,
    private readonly dataSource: DataSource,
  ) {
    this.scores = new ResourceRepository(scores, {
      typeName: 'CapabilityScore',
      alias: 'score',
      sortable: { id: 'id', current: 'current', confidence: 'confidence', target: 'target' },
      defaultSort: { field: 'current', order: 'ASC' },
      equals: { assessmentId: 'assessmentId', capabilityId: 'capabilityId' },
    });
    this.gaps = new ResourceRepository(gaps, {
      typeName: 'CapabilityGap',
      alias: 'gap',
      sortable: { id: 'id', severity: 'severity', size: 'size', createdAt: 'createdAt' },
      defaultSort: { field: 'severity', order: 'DESC' },
      equals: { assessmentId: 'assessmentId', engagementId: 'engagementId', capabilityId: 'capabilityId', status: 'status' },
    });
    this.recommendations = new ResourceRepository(recommendations, {
      typeName: 'Recommendation',
      alias: 'recommendation',
      sortable: { id: 'id', rank: 'rank', score: 'score', createdAt: 'createdAt' },
      defaultSort: { field: 'rank', order: 'ASC' },
      equals: { assessmentId: 'assessmentId', gapId: 'gapId', state: 'state', option: 'option' },
    });
  }

  /**
   * A report's gaps, worst first (at most one per capability, so never more than a page). A client
   * reads the evidence without seats, and quotes only from seats of at least k respondents,
   * redacted of names, e-mail addresses and @-mentions.
   */
  async gapsOfReport(actor: AuthUser, assessmentId: string, quotableSeats: readonly RespondentRole[]): Promise<CapabilityGap[]> {
    const scope = TenantScope.of(actor);
    const gaps = await this.gaps.list(scope, { sortField: 'severity', sortOrder: SortOrder.DESC, perPage: MAX_PER_PAGE }, { assessmentId } as BaseFilter);
    if (actor.role !== Role.CLIENT) return gaps;
    const names = await this.knownNames(assessmentId, scope.clientId!);
    return gaps.map((g) => ({
      ...g,
      evidence: g.evidence.map((e) => ({
        ...e,
        respondentRole: null,
        quote: e.quote && e.respondentRole && quotableSeats.includes(e.respondentRole) ? redactQuote(e.quote, names) : null,
      })),
    }));
  }

  /** Everyone a quote might name: the client's contacts and users, the invitees, our staff. */
  private async knownNames(assessmentId: string, clientId: string): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM contact WHERE "clientId" = $1
       UNION SELECT name FROM invitation WHERE "assessmentId" = $2 AND name IS NOT NULL
       UNION SELECT name FROM app_user WHERE "clientId" = $1 OR "clientId" IS NULL`,
      [clientId, assessmentId],
    );
    return rows.map((r) => r.name);
  }

  /** Each gap's options, best first, in one query per request. */
  recommendationsOf(loaders: RequestLoaders, gapId: string): Promise<Recommendation[]> {
    return loaders
      .custom<string, Recommendation[]>('CapabilityGap.recommendations', async (ids, scope) => {
        const rows = await this.recommendations
          .query(scope)
          .andWhere({ gapId: In([...ids]) })
          .orderBy('recommendation.rank', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.gapId === id));
      })
      .load(gapId);
  }
}
