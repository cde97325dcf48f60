import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, Public, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { InvitationLinkType, MyInvitationType, RespondentInvitationType, ResponseReceiptType } from './dto/respond.type.js';
import { SaveResponseDraftArgs, SubmitResponseArgs, TokenArgs } from './dto/respond.args.js';
import { RespondService } from './respond.service.js';

/** The respondent's operations: public by token, plus the signed-in client user's own list. */
@Resolver()
export class RespondResolver {
  constructor(private readonly respond: RespondService) {}

  @Query(() => RespondentInvitationType, { description: 'The questionnaire behind an invitation link, with the saved draft.' })
  @Public()
  invitationByToken(@Args() { token }: TokenArgs, @Context() { req }: GqlContext) {
    return this.respond.invitation(req.ip, token);
  }

  @Mutation(() => ResponseReceiptType, { description: 'Autosave: replaces the draft with these answers.' })
  @Public()
  saveResponseDraft(@Args() { token, answers }: SaveResponseDraftArgs, @Context() { req }: GqlContext) {
    return this.respond.saveDraft(req.ip, token, answers);
  }

  @Mutation(() => ResponseReceiptType, { description: 'Submits for good: a submitted response never changes.' })
  @Public()
  submitResponse(@Args() { token, answers, idempotencyKey }: SubmitResponseArgs, @Context() { req }: GqlContext) {
    return this.respond.submit(req.ip, token, answers, idempotencyKey);
  }

  @Query(() => [MyInvitationType], { description: 'Assessments the signed-in user is invited to (by e-mail).' })
  @RequirePermission(Permission.ASSESSMENT_RESPOND)
  myInvitations(@CurrentUser() user: AuthUser) {
    return this.respond.mine(user);
  }

  @Mutation(() => InvitationLinkType, { description: 'A link to answer one of my invitations, signed in.' })
  @RequirePermission(Permission.ASSESSMENT_RESPOND)
  async startMyInvitation(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return { token: await this.respond.linkForMine(user, id) };
  }
}
