import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../core/graphql/enums.js';

/** What staff may know of any user: enough to pick an owner or link a contact, nothing about sign-ins. */
@ObjectType('UserSummary')
export class UserSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The client a CLIENT user belongs to.' })
  clientId!: string | null;

  @Field()
  active!: boolean;
}
