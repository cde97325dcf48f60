import { ArgsType, Field, InputType, OmitType } from '@nestjs/graphql';
import { REVERSIBILITIES } from '@orchestra/shared';
import { IsIn, IsOptional } from 'class-validator';
import { Reversibility } from '../../../core/graphql/enums.js';
import { IsCalendarDate, IsTimestamp, NotNull, Nullable, OptionalNotNull, UpdateArgsType } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdField, NameField, OptionalText, RequiredText } from '../../../core/validation/fields.js';

@ArgsType()
export class CreateDecisionRecordArgs {
  @IdField()
  engagementId!: string;

  @NameField()
  title!: string;

  @RequiredText(10_000)
  context!: string;

  @RequiredText(10_000)
  decision!: string;

  @OptionalText(10_000)
  alternatives?: string | null;

  @OptionalText(2000, { description: 'What the client may read about the decision; the rest stays internal.' })
  noteToClient?: string | null;

  @Field(() => Reversibility)
  @NotNull()
  @IsIn(REVERSIBILITIES, { message: `reversibility must be one of ${REVERSIBILITIES.join(', ')}` })
  reversibility!: Reversibility;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  @OptionalNotNull()
  @IsTimestamp()
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later.' })
  @Nullable()
  @IsCalendarDate()
  revisitDate?: string | null;
}

/** Every field optional; null clears alternatives or the revisit date (cancelling its reminder). */
@ArgsType()
export class UpdateDecisionRecordArgs extends UpdateArgsType(OmitType(CreateDecisionRecordArgs, ['engagementId'], ArgsType)) {
  @IdField()
  id!: string;
}

/** `q`: Searches title and decision. */
@InputType('DecisionRecordFilter')
export class DecisionRecordFilter extends BaseFilterInput {
  @IdFilterField()
  engagementId?: string;

  @IdFilterField()
  clientId?: string;

  @Field(() => Reversibility, { nullable: true })
  @IsOptional()
  @IsIn(REVERSIBILITIES, { message: `reversibility must be one of ${REVERSIBILITIES.join(', ')}` })
  reversibility?: Reversibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  revisitDate_gte?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  revisitDate_lte?: string;
}
