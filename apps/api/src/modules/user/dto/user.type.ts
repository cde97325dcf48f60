import { Field, ObjectType } from '@nestjs/graphql';
import { UserSummaryType } from './user-summary.type.js';

/** A user as the API shows it to ADMINs: the summary, plus sign-in activity. The password hash never leaves the API. */
@ObjectType('User')
export class UserType extends UserSummaryType {
  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
