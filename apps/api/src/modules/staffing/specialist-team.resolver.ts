import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, type TeamChoice } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { RoleType } from '../role/dto/role.type.js';
import { AcceptSpecialistTeamArgs, SpecialistTeamArgs } from './dto/specialist-team.args.js';
import { SpecialistTeamType, type TeamChoiceType } from './dto/specialist-team.type.js';
import { SpecialistTeamService, type SpecialistTeamView } from './specialist-team.service.js';

/** A team as the schema shows it: members with names, costs and scores. */
function choice(view: SpecialistTeamView, team: TeamChoice): TeamChoiceType {
  const name = (id: string) => view.names[id] ?? 'Candidate';
  return {
    ...team,
    skills: team.skills.map((s) => ({ ...s, coveredBy: s.coveredBy.map((c) => ({ candidateId: c.candidateId, candidateName: c.name, level: c.level })) })),
    members: team.members.map((m) => ({
      candidateId: m.candidateId,
      candidateName: name(m.candidateId),
      score: view.scores[m.candidateId] ?? 0,
      costMinor: view.costs[m.candidateId] ?? 0,
      uniqueSkills: m.uniqueSkills,
      explanation: m.explanation,
      alternative: m.alternative && { ...m.alternative, candidateName: m.alternative.name },
    })),
  };
}

@Resolver()
export class SpecialistTeamResolver {
  constructor(private readonly teams: SpecialistTeamService) {}

  @Query(() => SpecialistTeamType, { description: "Builds a team for a specialist-team option from the pool as it is now: greedy set cover beside the exact answer." })
  @RequirePermission(Permission.MATCH_READ)
  async specialistTeam(@Args() args: SpecialistTeamArgs, @CurrentUser() user: AuthUser): Promise<SpecialistTeamType> {
    const view = await this.teams.build(user, args);
    return {
      recommendationId: view.recommendationId,
      skills: view.request.skills.map((s) => ({ ...s })),
      minSize: view.request.minSize,
      maxSize: view.request.maxSize,
      budgetMinor: view.request.budgetMinor,
      candidatesConsidered: view.candidatesConsidered,
      bound: view.bound,
      greedy: choice(view, view.greedy),
      exact: choice(view, view.exact),
    };
  }

  @Mutation(() => [RoleType], { description: 'Drafts an open role per member (the skills they cover), shortlists each and cancels the drafted roles left over, in one transaction; accepting the same team again changes nothing.' })
  @RequirePermission(Permission.MATCH_MANAGE)
  acceptSpecialistTeam(@Args() args: AcceptSpecialistTeamArgs, @CurrentUser() user: AuthUser) {
    return this.teams.accept(user, args);
  }
}
