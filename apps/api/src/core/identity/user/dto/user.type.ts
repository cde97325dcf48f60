import { Field, ObjectType } from '@nestjs/graphql';
import { UserFields } from './user-summary.type.js';

/**
 * A user as the API shows it to ADMINs, and to the user themself (`me`, the sign-in payload): the
 * summary with the e-mail always, plus sign-in activity. The password hash never leaves the API.
 */
@ObjectType('User')
export class UserType extends UserFields {
  @Field()
  email!: string;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ResentInvitation')
export class ResentInvitationType {
  @Field(() => UserType)
  user!: UserType;

  @Field({ description: 'When the invitation that stands was queued: this call, or the recent one it repeats.' })
  sentAt!: Date;

  @Field({ description: 'True when an invitation went out moments ago, so nothing new was sent.' })
  repeated!: boolean;
}
