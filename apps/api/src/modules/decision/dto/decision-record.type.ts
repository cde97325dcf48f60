import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Reversibility } from '../../../core/graphql/enums.js';

@ObjectType('DecisionRecord')
export class DecisionRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  engagementId!: string;

  @Field(() => ID)
  clientId!: string;

  @Field()
  title!: string;

  @Field({ description: 'What made the decision necessary.' })
  context!: string;

  @Field()
  decision!: string;

  @Field(() => String, { nullable: true, description: 'Alternatives considered, and why not.' })
  alternatives!: string | null;

  @Field(() => String, { nullable: true, description: 'What the client may read about the decision (context, decision and alternatives are internal).' })
  noteToClient!: string | null;

  @Field(() => Reversibility)
  reversibility!: Reversibility;

  @Field(() => ID, { nullable: true })
  decidedById!: string | null;

  @Field()
  decidedAt!: Date;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the engagement owner is reminded that day.' })
  revisitDate!: string | null;

  @Field(() => Date, { nullable: true })
  revisitNotifiedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
