import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { SHORTLIST_ANSWERS, SHORTLIST_REASONS, SHORTLIST_SLOTS, type ShortlistAnswer as ShortlistAnswerValue, type ShortlistReason as ShortlistReasonValue } from '@orchestra/shared';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ShortlistAnswer, ShortlistReason } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdempotentArgs } from '../../../core/idempotency/idempotent.args.js';
import { IdField, OptionalText } from '../../../core/validation/fields.js';
import { IsTimestamp, Nullable } from '../../../core/validation/validation.js';

@ArgsType()
export class AnswerShortlistProfileArgs extends IdempotentArgs {
  @IdField({ description: 'The shortlisted profile (the match).' })
  id!: string;

  @Field(() => ShortlistAnswer)
  @IsIn(SHORTLIST_ANSWERS, { message: `answer must be one of ${SHORTLIST_ANSWERS.join(', ')}` })
  answer!: ShortlistAnswerValue;

  @Field(() => ShortlistReason, { nullable: true, description: 'Required with NOT_NOW and NO.' })
  @Nullable()
  @IsIn(SHORTLIST_REASONS, { message: `reason must be one of ${SHORTLIST_REASONS.join(', ')}` })
  reason?: ShortlistReasonValue | null;

  @OptionalText(2000, { description: 'Anything the recruiter should know; required with the reason OTHER.' })
  note?: string | null;

  @Field(() => [Date], { nullable: true, description: `With INTERESTED: ${SHORTLIST_SLOTS.min}–${SHORTLIST_SLOTS.max} proposed interview times, in the next ${SHORTLIST_SLOTS.maxDaysAhead} days.` })
  @Nullable()
  @IsArray()
  @ArrayMaxSize(SHORTLIST_SLOTS.max, { message: `slots must propose at most ${SHORTLIST_SLOTS.max} interview times` })
  @IsTimestamp({ each: true })
  slots?: Date[] | null;
}

@InputType('ShortlistProfileFilter')
export class ShortlistProfileFilter extends BaseFilterInput {
  @IdFilterField()
  roleId?: string;

  @Field(() => ShortlistAnswer, { nullable: true })
  @IsOptional()
  @IsIn(SHORTLIST_ANSWERS, { message: `answer must be one of ${SHORTLIST_ANSWERS.join(', ')}` })
  answer?: ShortlistAnswerValue;

  @Field(() => Boolean, { nullable: true, description: 'true: only profiles not answered yet; false: only answered ones.' })
  @IsOptional()
  @IsBoolean()
  awaiting?: boolean;
}
