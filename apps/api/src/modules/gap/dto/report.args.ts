import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class AssessmentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId must be a UUID' })
  assessmentId!: string;
}

@ArgsType()
export class EngagementIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'engagementId must be a UUID' })
  engagementId!: string;
}
