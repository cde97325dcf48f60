import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BaseFilterInput, IdFilterField } from '../../graphql/list/base-filter.input.js';
import { IsTimestamp } from '../../validation/validation.js';

@InputType('AuditEventFilter')
export class AuditEventFilter extends BaseFilterInput {
  @IdFilterField()
  actorId?: string;

  @Field({ nullable: true, description: 'A GraphQL type name, e.g. Engagement.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetType?: string;

  @IdFilterField()
  targetId?: string;

  @Field({ nullable: true, description: 'e.g. engagement.move_stage' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field({ nullable: true, description: 'Every change one request or job made: its x-request-id or job:<queue>:<id>.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  requestId?: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date-time: at or after.' })
  @IsOptional()
  @IsTimestamp()
  createdAt_gte?: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date-time: at or before.' })
  @IsOptional()
  @IsTimestamp()
  createdAt_lte?: string;
}
