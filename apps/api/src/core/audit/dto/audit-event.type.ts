import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'Who did what to which record, and which fields changed (names, never values).' })
export class AuditEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for the system, or once the user is deleted.' })
  actorId!: string | null;

  @Field({ description: 'subject.verb, e.g. engagement.move_stage' })
  action!: string;

  @Field({ description: 'The GraphQL type of the record.' })
  targetType!: string;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field(() => [String])
  changedFields!: string[];

  @Field()
  createdAt!: Date;
}
