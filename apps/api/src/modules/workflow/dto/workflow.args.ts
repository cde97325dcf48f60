import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { QUEUE_NAMES, WORKFLOW_STATUSES } from '@orchestra/shared';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { WorkflowStatus } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@InputType('WorkflowRunFilter')
export class WorkflowRunFilter extends BaseFilterInput {
  @IdFilterField()
  subjectId?: string;

  @Field(() => WorkflowStatus, { nullable: true })
  @IsOptional()
  @IsIn(WORKFLOW_STATUSES, { message: `status must be one of ${WORKFLOW_STATUSES.join(', ')}` })
  status?: WorkflowStatus;
}

@ArgsType()
export class QueueArgs {
  @Field()
  @IsIn(QUEUE_NAMES, { message: `queue must be one of ${QUEUE_NAMES.join(', ')}` })
  queue!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  page?: number;
}

@ArgsType()
export class RetryJobArgs {
  @Field()
  @IsIn(QUEUE_NAMES, { message: `queue must be one of ${QUEUE_NAMES.join(', ')}` })
  queue!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  jobId!: string;
}
