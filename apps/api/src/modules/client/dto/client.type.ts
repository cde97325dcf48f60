import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Client')
export class ClientType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
