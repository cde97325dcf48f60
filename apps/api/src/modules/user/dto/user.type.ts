import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../core/graphql/enums.js';

/** A user as the API shows it: the password hash never leaves the API. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The client a CLIENT user belongs to.' })
  clientId!: string | null;

  @Field()
  active!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
