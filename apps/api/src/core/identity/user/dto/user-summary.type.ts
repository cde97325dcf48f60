import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../graphql/enums.js';
import { ownEmailOnlyForClients } from '../../../graphql/field-access.js';

/** The fields every view of a user shares. */
@ObjectType({ isAbstract: true })
export abstract class UserFields {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The client a CLIENT user belongs to.' })
  clientId!: string | null;

  @Field()
  active!: boolean;
}

/**
 * What staff may know of any user: enough to pick an owner or link a contact, nothing about
 * sign-ins. CLIENT users meet it too (an engagement's owner), and see staff by name and role only.
 */
@ObjectType('UserSummary')
export class UserSummaryType extends UserFields {
  @Field(() => String, { nullable: true, description: 'Null for CLIENT readers, except their own.', middleware: [ownEmailOnlyForClients] })
  email!: string | null;
}
