import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId } from '../../../core/validation/validation.js';

@ArgsType()
export class AssessmentIdArgs {
  @Field(() => ID)
  @IsId()
  assessmentId!: string;
}

@ArgsType()
export class EngagementIdArgs {
  @Field(() => ID)
  @IsId()
  engagementId!: string;
}
