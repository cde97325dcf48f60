import { Field, InputType } from '@nestjs/graphql';
import { RECOMMENDATION_OPTIONS, ROLE_STATUSES } from '@orchestra/shared';
import { IsIn, IsOptional } from 'class-validator';
import { RecommendationOption, RoleStatus } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@InputType('RoleFilter')
export class RoleFilter extends BaseFilterInput {
  @IdFilterField()
  engagementId?: string;

  @IdFilterField()
  gapId?: string;

  @IdFilterField()
  clientId?: string;

  @Field(() => RoleStatus, { nullable: true })
  @IsOptional()
  @IsIn(ROLE_STATUSES, { message: `status must be one of ${ROLE_STATUSES.join(', ')}` })
  status?: RoleStatus;

  @Field(() => RecommendationOption, { nullable: true })
  @IsOptional()
  @IsIn(RECOMMENDATION_OPTIONS, { message: `optionType must be one of ${RECOMMENDATION_OPTIONS.join(', ')}` })
  optionType?: RecommendationOption;
}
