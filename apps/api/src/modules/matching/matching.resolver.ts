import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { ReadResolver, repositorySource, type ReadSource } from '../../core/graphql/list/read-resolver.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import type { Candidate } from '../candidate/candidate.entities.js';
import { CandidateService } from '../candidate/candidate.service.js';
import { CandidateType } from '../candidate/dto/candidate.type.js';
import { RoleType } from '../role/dto/role.type.js';
import { RoleService } from '../role/role.service.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import { CandidateExclusionsType, CandidateFitType, CandidateRankingType, MatchStageChangeType, MatchType, MyPipelineType, PlacementType, RecruiterDashboardType } from './dto/matching.type.js';
import { CandidateFitArgs, ExcludedArgs, MatchFilter, MoveMatchStageArgs, PlacementFilter, RankArgs, ShortlistArgs, SubmitToClientArgs } from './dto/matching.args.js';
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
  excludedCandidates(@Args() { roleId, page, perPage, constraint }: ExcludedArgs, @CurrentUser() user: AuthUser) {
    return this.matching.excluded(user, roleId, page ?? 0, perPage, constraint ?? null);
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

  @Query(() => MyPipelineType, { description: 'The open matches you moved, by stage, and those stuck in a stage for more than 7 days.' })
  @RequirePermission(Permission.MATCH_READ)
  myPipeline(@CurrentUser() user: AuthUser) {
    return this.dashboard.myPipeline(user.id);
  }
}

@Resolver(() => MatchType)
export class MatchResolver extends ReadResolver({ name: 'Match', plural: 'Matches', type: MatchType, filter: MatchFilter, permission: Permission.MATCH_READ, service: MatchPipelineService }) {
  constructor(
    private readonly roles: RoleService,
    private readonly candidates: CandidateService,
  ) {
    super();
  }

  @Mutation(() => MatchType, { description: "Puts an eligible candidate on the role's shortlist." })
  @RequirePermission(Permission.MATCH_MANAGE)
  shortlistCandidate(@Args() { roleId, candidateId, reason }: ShortlistArgs, @CurrentUser() user: AuthUser) {
    return this.readService.shortlist(user, roleId, candidateId, reason ?? null);
  }

  @Mutation(() => MatchType, { description: 'One step forward, or out (REJECTED / WITHDRAWN need a reason); PLACED needs the placement. Never to SUBMITTED: that is submitToClient (BAD_USER_INPUT here).' })
  @RequirePermission(Permission.MATCH_MANAGE)
  moveMatchStage(@Args() args: MoveMatchStageArgs, @CurrentUser() user: AuthUser) {
    return this.readService.move(user, args);
  }

  @Mutation(() => MatchType, { description: "Submits a shortlisted match to contacts of the role's client, with a note: recorded on the match and in its history." })
  @RequirePermission(Permission.MATCH_MANAGE)
  submitToClient(@Args() args: SubmitToClientArgs, @CurrentUser() user: AuthUser) {
    return this.readService.submit(user, args);
  }

  @ResolveField('role', () => RoleType)
  role(m: Match, _args: unknown, { loaders }: GqlContext) {
    return this.roles.load(loaders, m.roleId);
  }

  @ResolveField('candidate', () => CandidateType)
  candidate(m: Match, _args: unknown, { loaders }: GqlContext) {
    return this.candidates.load(loaders, m.candidateId);
  }

  @ResolveField('stageChanges', () => [MatchStageChangeType], { description: 'Oldest first.' })
  stageChanges(m: Match, _args: unknown, { loaders }: GqlContext) {
    return this.readService.stageChanges(loaders, m.id);
  }

  @ResolveField('placement', () => PlacementType, { nullable: true })
  placement(m: Match, _args: unknown, { loaders }: GqlContext) {
    return this.readService.placementOf(loaders, m.id);
  }
}

@Resolver(() => MatchStageChangeType)
export class MatchStageChangeResolver {
  constructor(private readonly directory: UserDirectoryService) {}

  @ResolveField('changedBy', () => UserSummaryType, { nullable: true, description: 'Null once that user is deleted.' })
  changedBy(c: MatchStageChange, _args: unknown, { loaders }: GqlContext) {
    return c.changedById ? this.directory.loadAny(loaders, c.changedById) : null;
  }
}

/** Placements read through the pipeline: the list orders and joins, one record and the count are plain. */
const placementReads = (pipeline: MatchPipelineService): ReadSource => ({
  ...repositorySource(pipeline.placements),
  list: (user, args, filter) => pipeline.listPlacements(user, args, filter as PlacementFilter | null), // FilterArg built it from PlacementFilter
});

@Resolver(() => PlacementType)
export class PlacementResolver extends ReadResolver({ name: 'Placement', plural: 'Placements', type: PlacementType, filter: PlacementFilter, permission: Permission.MATCH_READ, service: MatchPipelineService, source: placementReads }) {
  constructor(
    private readonly roles: RoleService,
    private readonly candidates: CandidateService,
  ) {
    super();
  }

  @ResolveField('role', () => RoleType)
  role(p: Placement, _args: unknown, { loaders }: GqlContext) {
    return this.roles.load(loaders, p.roleId);
  }

  @ResolveField('candidate', () => CandidateType)
  candidate(p: Placement, _args: unknown, { loaders }: GqlContext) {
    return this.candidates.load(loaders, p.candidateId);
  }
}

/** A candidate's placements (the matching module owns placements). */
@Resolver(() => CandidateType)
export class CandidatePlacementsResolver {
  constructor(private readonly pipeline: MatchPipelineService) {}

  @ResolveField('placements', () => [PlacementType], { description: 'Oldest first.' })
  placements(c: Candidate, _args: unknown, { loaders }: GqlContext) {
    return this.pipeline.placementsOfCandidate(loaders, c.id);
  }
}
