import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditChangeType } from './audit-change.type.js';

@ObjectType('AuditEvent', { description: 'Who did what to which record, which fields changed from what to what, in which request or job.' })
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

  @Field(() => [AuditChangeType], { description: 'Old and new value per field, by field name (empty when the action kept none, e.g. a deletion).' })
  changes!: AuditChangeType[];

  @Field(() => String, { nullable: true, description: "The HTTP request's x-request-id, or job:<queue>:<id> for background work; null for scripts." })
  requestId!: string | null;

  @Field()
  createdAt!: Date;
}
