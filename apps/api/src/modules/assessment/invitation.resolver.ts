import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import { ListArgs, ListMetaArgs } from '../../core/graphql/list/list.args.js';
import { ListMetadata } from '../../core/graphql/list/list-metadata.type.js';
import { CreateInvitationArgs, InvitationFilter } from './dto/assessment.args.js';
import { InvitationType } from './dto/assessment.type.js';
import { InvitationService } from './invitation.service.js';

@Resolver(() => InvitationType)
export class InvitationResolver {
  constructor(private readonly invitations: InvitationService) {}

  @Query(() => InvitationType, { name: 'Invitation' })
  @RequirePermission(Permission.ASSESSMENT_READ)
  invitation(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.invitations.findOne(user, id);
  }

  @Query(() => [InvitationType], { name: 'allInvitations' })
  @RequirePermission(Permission.ASSESSMENT_READ)
  allInvitations(@Args() args: ListArgs, @FilterArg(InvitationFilter) filter: InvitationFilter | null, @CurrentUser() user: AuthUser) {
    return this.invitations.list(user, args, filter);
  }

  @Query(() => ListMetadata, { name: '_allInvitationsMeta' })
  @RequirePermission(Permission.ASSESSMENT_READ)
  async allInvitationsMeta(@Args() _paging: ListMetaArgs, @FilterArg(InvitationFilter) filter: InvitationFilter | null, @CurrentUser() user: AuthUser): Promise<ListMetadata> {
    return { count: await this.invitations.count(user, filter) };
  }

  @Mutation(() => InvitationType, { description: 'While the assessment is OPEN, the e-mail goes at once.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  createInvitation(@Args() args: CreateInvitationArgs, @CurrentUser() user: AuthUser) {
    return this.invitations.create(user, args);
  }

  @Mutation(() => InvitationType, { description: 'A new e-mail with a new link; earlier links stop working.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  resendInvitation(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.invitations.resend(user, id);
  }

  @Mutation(() => InvitationType, { description: 'Only one nobody has started answering.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  deleteInvitation(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.invitations.remove(user, id);
  }
}
