import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, SignedIn } from '../../core/identity/auth/decorators.js';
import { MarkReadArgs } from './dto/mark-read.args.js';
import { InboxType } from './dto/notification.type.js';
import { InboxService } from './inbox.service.js';

@Resolver()
export class InboxResolver {
  constructor(private readonly inbox: InboxService) {}

  @Query(() => InboxType, { name: 'myInbox' })
  @SignedIn()
  myInbox(@CurrentUser() user: AuthUser) {
    return this.inbox.inbox(user);
  }

  @Mutation(() => InboxType)
  @SignedIn()
  markNotificationsRead(@Args() { ids }: MarkReadArgs, @CurrentUser() user: AuthUser) {
    return this.inbox.markRead(user, ids);
  }
}
