import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Skill')
export class SkillType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  category!: string;

  @Field(() => [String], { description: 'Other names people type ("k8s" for Kubernetes).' })
  aliases!: string[];
}
