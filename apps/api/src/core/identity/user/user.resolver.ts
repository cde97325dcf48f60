import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/decorators.js';
import { IdArgs } from '../../graphql/id.args.js';
import { CreateUserArgs, UpdateUserArgs, UserFilter } from './dto/user.args.js';
import { ResentInvitationType, UserType } from './dto/user.type.js';
import { UserService } from './user.service.js';
import { ReadResolver } from '../../graphql/list/read-resolver.js';

@Resolver(() => UserType)
export class UserResolver extends ReadResolver({ name: 'User', plural: 'Users', type: UserType, filter: UserFilter, permission: Permission.USER_READ, service: UserService }) {
  @Mutation(() => UserType, { description: 'Creates a user and e-mails them a link to set their password.' })
  @RequirePermission(Permission.USER_MANAGE)
  createUser(@Args() args: CreateUserArgs, @CurrentUser() actor: AuthUser) {
    return this.readService.create(actor, args);
  }

  @Mutation(() => UserType)
  @RequirePermission(Permission.USER_MANAGE)
  updateUser(@Args() args: UpdateUserArgs, @CurrentUser() actor: AuthUser) {
    return this.readService.update(actor, args);
  }

  @Mutation(() => ResentInvitationType, {
    description: 'E-mails a user who has never signed in a new set-password link (earlier links stop working). A repeat within two minutes sends nothing.',
  })
  @RequirePermission(Permission.USER_MANAGE)
  resendUserInvitation(@Args() { id }: IdArgs, @CurrentUser() actor: AuthUser) {
    return this.readService.resendInvitation(actor, id);
  }

  @Mutation(() => UserType)
  @RequirePermission(Permission.USER_MANAGE)
  deleteUser(@Args() { id }: IdArgs, @CurrentUser() actor: AuthUser) {
    return this.readService.remove(actor, id);
  }
}
