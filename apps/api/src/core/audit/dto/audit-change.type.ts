import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditChange', { description: 'One changed field: its value before and after, as JSON text (null when it had none).' })
export class AuditChangeType {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before; null for none or when redacted.' })
  old!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after; null for none or when redacted.' })
  new!: string | null;

  @Field({ description: 'A secret (password, token, hash): the trail says it changed, never its value.' })
  redacted!: boolean;
}
