import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { MAX_PER_PAGE, SortOrder } from '@orchestra/shared';
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

  /** A report's gaps, worst first (at most one per capability, so never more than a page). */
  gapsOfReport(actor: AuthUser, assessmentId: string): Promise<CapabilityGap[]> {
    return this.gaps.list(TenantScope.of(actor), { sortField: 'severity', sortOrder: SortOrder.DESC, perPage: MAX_PER_PAGE }, { assessmentId } as BaseFilter);
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
