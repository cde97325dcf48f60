import { ArgsType, Field, Int } from '@nestjs/graphql';
import { REASSESS_EVERY_DAYS } from '@orchestra/shared';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IdField } from '../../../core/validation/fields.js';
import { Nullable, OptionalNotNull } from '../../../core/validation/validation.js';

@ArgsType()
export class SetReassessmentScheduleArgs extends IdempotentArgs {
  @IdField({ description: 'The engagement.' })
  engagementId!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Draft the next assessment every this many days after the last one closed (${REASSESS_EVERY_DAYS.min}–${REASSESS_EVERY_DAYS.max}; default ${REASSESS_EVERY_DAYS.default}); null: only on close.`,
  })
  @Nullable()
  @IsInt()
  @Min(REASSESS_EVERY_DAYS.min, { message: `everyDays must be at least ${REASSESS_EVERY_DAYS.min}` })
  @Max(REASSESS_EVERY_DAYS.max, { message: `everyDays must be at most ${REASSESS_EVERY_DAYS.max} (two years)` })
  everyDays?: number | null;

  @Field({ nullable: true, description: 'Also draft one when the engagement moves to Closed (default false).' })
  @OptionalNotNull()
  @IsBoolean()
  onClose?: boolean;
}

@ArgsType()
export class ClearReassessmentScheduleArgs extends IdempotentArgs {
  @IdField({ description: 'The engagement.' })
  engagementId!: string;
}
