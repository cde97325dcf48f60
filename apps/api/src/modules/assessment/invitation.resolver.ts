import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { CreateInvitationArgs, InvitationFilter } from './dto/assessment.args.js';
import { InvitationType } from './dto/assessment.type.js';
import { InvitationService } from './invitation.service.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => InvitationType)
export class InvitationResolver extends ReadResolver({ name: 'Invitation', plural: 'Invitations', type: InvitationType, filter: InvitationFilter, permission: Permission.ASSESSMENT_READ, service: InvitationService }) {
  @Mutation(() => InvitationType, { description: 'While the assessment is OPEN, the e-mail goes at once.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  createInvitation(@Args() args: CreateInvitationArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => InvitationType, { description: 'A new e-mail with a new link; earlier links stop working.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  resendInvitation(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.resend(user, id);
  }

  @Mutation(() => InvitationType, { description: 'Only one nobody has started answering.' })
  @RequirePermission(Permission.ASSESSMENT_MANAGE)
  deleteInvitation(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.remove(user, id);
  }
}
