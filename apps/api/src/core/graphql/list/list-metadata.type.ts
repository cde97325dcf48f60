import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ListMetadata')
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}
