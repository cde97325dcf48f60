import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../../core/validation/fields.js';

@ArgsType()
export class AssessmentIdArgs {
  @IdField()
  assessmentId!: string;
}

@ArgsType()
export class EngagementIdArgs {
  @IdField()
  engagementId!: string;
}
