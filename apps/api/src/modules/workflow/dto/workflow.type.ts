import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { WorkflowStatus } from '../../../core/graphql/enums.js';

@ObjectType('WorkflowRun', { description: 'One run of a background workflow, with its progress.' })
export class WorkflowRunType {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => WorkflowStatus)
  status!: WorkflowStatus;

  @Field(() => String, { nullable: true })
  currentStep!: string | null;

  @Field(() => Int, { description: '0–100' })
  progress!: number;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('QueueStats')
export class QueueStatsType {
  @Field()
  name!: string;

  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int)
  delayed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  completed!: number;
}

@ObjectType('FailedJob')
export class FailedJobType {
  @Field()
  queue!: string;

  @Field()
  id!: string;

  @Field()
  name!: string;

  @Field()
  failedReason!: string;

  @Field(() => Int)
  attemptsMade!: number;

  @Field(() => Date, { nullable: true })
  failedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the job is about, as a type name (Role, Candidate, Assessment…); null for jobs about no one record.' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: "The subject's title or name; null when it no longer exists." })
  subjectLabel!: string | null;
}
