import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Contact')
export class ContactType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => ID, { nullable: true, description: 'The CLIENT user who signs in as this person, if any.' })
  userId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
