import { InputType } from '@nestjs/graphql';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@InputType('CapabilityScoreFilter')
export class CapabilityScoreFilter extends BaseFilterInput {
  @IdFilterField()
  assessmentId?: string;

  @IdFilterField()
  capabilityId?: string;
}
