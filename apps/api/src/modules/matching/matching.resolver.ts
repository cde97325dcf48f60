import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import type { Candidate } from '../candidate/candidate.entities.js';
import { CandidateService } from '../candidate/candidate.service.js';
import { CandidateType } from '../candidate/dto/candidate.type.js';
import { RoleType } from '../role/dto/role.type.js';
import { RoleService } from '../role/role.service.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { CandidateExclusionsType, CandidateFitType, CandidateRankingType, MatchStageChangeType, MatchType, PlacementType, RecruiterDashboardType } from './dto/matching.type.js';
import { CandidateFitArgs, MatchFilter, MoveMatchStageArgs, PlacementFilter, RankArgs, ShortlistArgs } from './dto/matching.args.js';
import type { Match, MatchStageChange, Placement } from './match.entities.js';
import { MatchPipelineService } from './match-pipeline.service.js';
import { MatchingService } from './matching.service.js';
import { RecruiterDashboardService } from './recruiter-dashboard.service.js';

/** Live ranking: answers from the pool as it is now, whatever the stored matches say. */
@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly dashboard: RecruiterDashboardService,
  ) {}

  @Query(() => CandidateRankingType, { description: 'Eligible candidates for a role, best first, each with its factor breakdown.' })
  @RequirePermission(Permission.MATCH_READ)
  rankCandidates(@Args() { roleId, page, perPage }: RankArgs, @CurrentUser() user: AuthUser) {
    return this.matching.rank(user, roleId, page ?? 0, perPage);
  }

  @Query(() => CandidateExclusionsType, { description: 'Candidates a hard constraint keeps out of the ranking, with the constraints they fail.' })
  @RequirePermission(Permission.MATCH_READ)
  excludedCandidates(@Args() { roleId, page, perPage }: RankArgs, @CurrentUser() user: AuthUser) {
    return this.matching.excluded(user, roleId, page ?? 0, perPage);
  }

  @Query(() => CandidateFitType, { description: 'One candidate against one role: why they rank where they do, or why they are not there.' })
  @RequirePermission(Permission.MATCH_READ)
  candidateFit(@Args() { roleId, candidateId }: CandidateFitArgs, @CurrentUser() user: AuthUser) {
    return this.matching.fit(user, roleId, candidateId);
  }

  @Query(() => RecruiterDashboardType)
  @RequirePermission(Permission.MATCH_READ)
  recruiterDashboard() {
    return this.dashboard.summary();
  }
}

@Resolver(() => MatchType)
export class MatchResolver {
  constructor(
    private readonly pipeline: MatchPipelineService,
    private readonly roles: RoleService,
    private readonly candidates: CandidateService,
  ) {}

  @Query(() => MatchType, { name: 'Match' })
  @RequirePermission(Permission.MATCH_READ)
  match(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.pipeline.findOne(user, id);
  }

  @Query(() => [MatchType], { name: 'allMatches' })
  @RequirePermission(Permission.MATCH_READ)
  allMatches(@Args() args: ListArgs, @FilterArg(MatchFilter) filter: MatchFilter | null, @CurrentUser() user: AuthUser) {
    return this.pipeline.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allMatchesMeta' })
  @RequirePermission(Permission.MATCH_READ)
  async allMatchesMeta(@Args() _paging: ListMetaArgs, @FilterArg(MatchFilter) filter: MatchFilter | null, @CurrentUser() user: AuthUser): Promise<ListMetadata> {
    return { count: await this.pipeline.count(user, filter) };
  }

  @Mutation(() => MatchType, { description: "Puts an eligible candidate on the role's shortlist." })
  @RequirePermission(Permission.MATCH_MANAGE)
  shortlistCandidate(@Args() { roleId, candidateId, reason }: ShortlistArgs, @CurrentUser() user: AuthUser) {
    return this.pipeline.shortlist(user, roleId, candidateId, reason ?? null);
  }

  @Mutation(() => MatchType, { description: 'One step forward, or out (REJECTED / WITHDRAWN need a reason); PLACED needs the placement.' })
  @RequirePermission(Permission.MATCH_MANAGE)
  moveMatchStage(@Args() args: MoveMatchStageArgs, @CurrentUser() user: AuthUser) {
    return this.pipeline.move(user, args);
  }

  @ResolveField('role', () => RoleType)
  role(@Parent() m: Match, @Context('loaders') loaders: RequestLoaders) {
    return this.roles.load(loaders, m.roleId);
  }

  @ResolveField('candidate', () => CandidateType)
  candidate(@Parent() m: Match, @Context('loaders') loaders: RequestLoaders) {
    return this.candidates.load(loaders, m.candidateId);
  }

  @ResolveField('stageChanges', () => [MatchStageChangeType], { description: 'Oldest first.' })
  stageChanges(@Parent() m: Match, @Context('loaders') loaders: RequestLoaders) {
    return this.pipeline.stageChanges(loaders, m.id);
  }

  @ResolveField('placement', () => PlacementType, { nullable: true })
  placement(@Parent() m: Match, @Context('loaders') loaders: RequestLoaders) {
    return this.pipeline.placementOf(loaders, m.id);
  }
}

@Resolver(() => MatchStageChangeType)
export class MatchStageChangeResolver {
  constructor(private readonly directory: UserDirectoryService) {}

  @ResolveField('changedBy', () => UserSummaryType, { nullable: true, description: 'Null once that user is deleted.' })
  changedBy(@Parent() c: MatchStageChange, @Context('loaders') loaders: RequestLoaders) {
    return c.changedById ? this.directory.loadAny(loaders, c.changedById) : null;
  }
}

@Resolver(() => PlacementType)
export class PlacementResolver {
  constructor(
    private readonly pipeline: MatchPipelineService,
    private readonly roles: RoleService,
    private readonly candidates: CandidateService,
  ) {}

  @Query(() => PlacementType, { name: 'Placement' })
  @RequirePermission(Permission.MATCH_READ)
  placement(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.pipeline.placements.findOne(TenantScope.of(user), id);
  }

  @Query(() => [PlacementType], { name: 'allPlacements' })
  @RequirePermission(Permission.MATCH_READ)
  allPlacements(@Args() args: ListArgs, @FilterArg(PlacementFilter) filter: PlacementFilter | null, @CurrentUser() user: AuthUser) {
    return this.pipeline.listPlacements(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allPlacementsMeta' })
  @RequirePermission(Permission.MATCH_READ)
  async allPlacementsMeta(@Args() _paging: ListMetaArgs, @FilterArg(PlacementFilter) filter: PlacementFilter | null, @CurrentUser() user: AuthUser): Promise<ListMetadata> {
    return { count: await this.pipeline.placements.count(TenantScope.of(user), filter) };
  }

  @ResolveField('role', () => RoleType)
  role(@Parent() p: Placement, @Context('loaders') loaders: RequestLoaders) {
    return this.roles.load(loaders, p.roleId);
  }

  @ResolveField('candidate', () => CandidateType)
  candidate(@Parent() p: Placement, @Context('loaders') loaders: RequestLoaders) {
    return this.candidates.load(loaders, p.candidateId);
  }
}

/** A candidate's placements (the matching module owns placements). */
@Resolver(() => CandidateType)
export class CandidatePlacementsResolver {
  constructor(private readonly pipeline: MatchPipelineService) {}

  @ResolveField('placements', () => [PlacementType], { description: 'Oldest first.' })
  placements(@Parent() c: Candidate, @Context('loaders') loaders: RequestLoaders) {
    return this.pipeline.placementsOfCandidate(loaders, c.id);
  }
}
