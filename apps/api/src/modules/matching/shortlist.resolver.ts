import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, rateAgainstBudget } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import type { Role } from '../role/role.entity.js';
import { RoleType } from '../role/dto/role.type.js';
import { AnswerShortlistProfileArgs, ShortlistProfileFilter } from './dto/shortlist.args.js';
import { ShortlistFeedbackType, ShortlistProfileType } from './dto/shortlist.type.js';
import type { ShortlistProfile } from './shortlist-profile.entity.js';
import { ShortlistService } from './shortlist.service.js';

/** What a client reads of the candidates submitted to it, and its answers. */
@Resolver(() => ShortlistProfileType)
export class ShortlistProfileResolver extends ReadResolver({
  name: 'ShortlistProfile',
  plural: 'ShortlistProfiles',
  type: ShortlistProfileType,
  filter: ShortlistProfileFilter,
  permission: Permission.SHORTLIST_READ,
  service: ShortlistService,
  listDescription: 'Candidates submitted to a client, redacted; newest first. CLIENT users: their own client only.',
}) {
  @Mutation(() => ShortlistProfileType, {
    description: 'The client answers a shortlisted profile: INTERESTED (with interview slots) moves it to interviewing, NO (with a reason) to rejected, NOT_NOW (with a reason) keeps it submitted. The recruiter is told.',
  })
  @RequirePermission(Permission.SHORTLIST_ANSWER)
  answerShortlistProfile(@Args() args: AnswerShortlistProfileArgs, @CurrentUser() user: AuthUser) {
    return this.readService.answer(user, args);
  }

  @ResolveField('rateAgainstBudget', () => String)
  rateAgainstBudget(p: ShortlistProfile): string {
    return rateAgainstBudget({ rateMinor: p.rateMinor, currency: p.rateCurrency, budgetMinMinor: p.budgetMinMinor, budgetMaxMinor: p.budgetMaxMinor, budgetCurrency: p.budgetCurrency, permanent: p.permanent });
  }
}

/** A role's client answers, for the recruiter (the matching module owns shortlists). */
@Resolver(() => RoleType)
export class RoleShortlistFeedbackResolver {
  constructor(private readonly shortlists: ShortlistService) {}

  @ResolveField('shortlistFeedback', () => ShortlistFeedbackType, { description: "The client's answers to the candidates submitted for this role, counted." })
  shortlistFeedback(r: Role, _args: unknown, { loaders }: GqlContext) {
    return this.shortlists.feedback(loaders, r.id);
  }
}
