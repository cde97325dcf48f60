import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { REVERSIBILITIES } from '@orchestra/shared';
import { IsDate, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Reversibility } from '../../../core/graphql/enums.js';
import { IsCalendarDate, Trim } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';


@ArgsType()
export class CreateDecisionRecordArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'engagementId must be a UUID' })
  engagementId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'context must not be empty' })
  @MaxLength(10_000)
  context!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'decision must not be empty' })
  @MaxLength(10_000)
  decision!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(10_000)
  alternatives?: string | null;

  @Field(() => Reversibility)
  @IsIn(REVERSIBILITIES, { message: `reversibility must be one of ${REVERSIBILITIES.join(', ')}` })
  reversibility!: Reversibility;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  @IsDate()
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later.' })
  @IsOptional()
  @IsCalendarDate('revisitDate')
  revisitDate?: string | null;
}

/** Every field optional; null clears alternatives or the revisit date (cancelling its reminder). */
@ArgsType()
export class UpdateDecisionRecordArgs extends PartialType(OmitType(CreateDecisionRecordArgs, ['engagementId'], ArgsType), ArgsType) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

/** `q`: Searches title and decision. */
@InputType('DecisionRecordFilter')
export class DecisionRecordFilter extends BaseFilterInput {
  @IdFilterField('engagementId')
  engagementId?: string;

  @IdFilterField('clientId')
  clientId?: string;

  @Field(() => Reversibility, { nullable: true })
  @IsOptional()
  @IsIn(REVERSIBILITIES, { message: `reversibility must be one of ${REVERSIBILITIES.join(', ')}` })
  reversibility?: Reversibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('revisitDate_gte')
  revisitDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('revisitDate_lte')
  revisitDate_lte?: string;
}
