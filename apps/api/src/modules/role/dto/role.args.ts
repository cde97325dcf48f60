import { ArgsType, Field, InputType, Int, OmitType } from '@nestjs/graphql';
import { RECOMMENDATION_OPTIONS, ROLE_STATUSES, SENIORITIES } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { RecommendationOption, RoleStatus, Seniority } from '../../../core/graphql/enums.js';
import { IsCalendarDate, NotNull, Nullable, OptionalNotNull, UpdateArgsType } from '../../../core/validation/validation.js';
import { IdField, NameField } from '../../../core/validation/fields.js';

@InputType('RequiredSkillInput')
export class RequiredSkillInput {
  @IdField()
  skillId!: string;

  @Field(() => Int, { description: '1–5' })
  @IsInt()
  @Min(1, { message: 'minLevel must be from 1 to 5' })
  @Max(5, { message: 'minLevel must be from 1 to 5' })
  minLevel!: number;

  @Field()
  @IsBoolean()
  mustHave!: boolean;

  @Field(() => Int, { description: '1–10: how much the skill counts in the score.' })
  @IsInt()
  @Min(1, { message: 'weight must be from 1 to 10' })
  @Max(10, { message: 'weight must be from 1 to 10' })
  weight!: number;
}

@ArgsType()
export class CreateRoleArgs {
  @IdField()
  engagementId!: string;

  @NameField()
  title!: string;

  @Field(() => RecommendationOption)
  @NotNull()
  @IsIn(RECOMMENDATION_OPTIONS, { message: `optionType must be one of ${RECOMMENDATION_OPTIONS.join(', ')}` })
  optionType!: RecommendationOption;

  @Field(() => [RequiredSkillInput])
  @NotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RequiredSkillInput)
  requiredSkills!: RequiredSkillInput[];

  @Field(() => Seniority)
  @NotNull()
  @IsIn(SENIORITIES, { message: `seniority must be one of ${SENIORITIES.join(', ')}` })
  seniority!: Seniority;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Nullable()
  @IsCalendarDate()
  startDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  permanent?: boolean;

  @Field(() => Int, { nullable: true })
  @Nullable()
  @IsInt()
  @Min(1, { message: 'durationWeeks must be from 1 to 260' })
  @Max(260, { message: 'durationWeeks must be from 1 to 260' })
  durationWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 100.' })
  @OptionalNotNull()
  @IsInt()
  @Min(1, { message: 'allocation must be from 1 to 100' })
  @Max(100, { message: 'allocation must be from 1 to 100' })
  allocation?: number;

  @Field(() => Int, { nullable: true })
  @Nullable()
  @IsInt()
  @Min(0, { message: 'budgetMinMinor must not be negative' })
  budgetMinMinor?: number | null;

  @Field(() => Int, { nullable: true })
  @Nullable()
  @IsInt()
  @Min(0, { message: 'budgetMaxMinor must not be negative' })
  budgetMaxMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 (default EUR).' })
  @OptionalNotNull()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO code such as EUR' })
  currency?: string;

  @Field(() => Int, { nullable: true, description: "0–8 hours of overlap with the client's core hours (default 0)." })
  @OptionalNotNull()
  @IsInt()
  @Min(0, { message: 'minOverlapHours must be from 0 to 8' })
  @Max(8, { message: 'minOverlapHours must be from 0 to 8' })
  minOverlapHours?: number;
}

/** The engagement stays; FILLED comes only from a placement. */
@ArgsType()
export class UpdateRoleArgs extends UpdateArgsType(OmitType(CreateRoleArgs, ['engagementId'], ArgsType)) {
  @IdField()
  id!: string;

  @Field(() => RoleStatus, { nullable: true })
  @OptionalNotNull()
  @IsIn(ROLE_STATUSES, { message: `status must be one of ${ROLE_STATUSES.join(', ')}` })
  status?: RoleStatus;
}
