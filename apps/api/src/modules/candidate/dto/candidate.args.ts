import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { CANDIDATE_KINDS, CONSENT_BASES, SENIORITIES } from '@orchestra/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CandidateKind, ConsentBasis, Seniority } from '../../../core/graphql/enums.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IsCalendarDate, IsTimestamp, NormaliseEmail, NotNull, Nullable, OptionalNotNull, Trim, UpdateArgsType } from '../../../core/validation/validation.js';
import { IdField, NameField, OptionalText } from '../../../core/validation/fields.js';

@InputType('CandidateSkillInput')
export class CandidateSkillInput {
  @IdField()
  skillId!: string;

  @Field(() => Int, { description: '1–5' })
  @IsInt({ message: 'level must be a whole number from 1 to 5' })
  @Min(1, { message: 'level must be from 1 to 5' })
  @Max(5, { message: 'level must be from 1 to 5' })
  level!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  evidence?: string | null;
}

@ArgsType()
export class CreateCandidateArgs {
  @Field(() => CandidateKind)
  @NotNull()
  @IsIn(CANDIDATE_KINDS, { message: `kind must be one of ${CANDIDATE_KINDS.join(', ')}` })
  kind!: CandidateKind;

  @NameField()
  name!: string;

  @Field()
  @NotNull()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @Field(() => String, { nullable: true })
  @Nullable()
  @Trim()
  @Matches(/^\+?[0-9 ()./-]{6,40}$/, { message: 'phone must be digits, spaces and + ( ) . - only' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Nullable()
  @Trim()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'profileUrl must be an http(s) URL' })
  @MaxLength(500)
  profileUrl?: string | null;

  @OptionalText(200)
  location?: string | null;

  @Field({ description: 'IANA name, e.g. Europe/Berlin.' })
  @NotNull()
  @Trim()
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => Seniority)
  @NotNull()
  @IsIn(SENIORITIES, { message: `seniority must be one of ${SENIORITIES.join(', ')}` })
  seniority!: Seniority;

  @Field(() => [CandidateSkillInput], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CandidateSkillInput)
  skills?: CandidateSkillInput[];

  @Field({ description: 'YYYY-MM-DD' })
  @NotNull()
  @IsCalendarDate()
  availableFrom!: string;

  @Field(() => Int, { nullable: true, description: 'Free allocation %, 0–100 (default 100).' })
  @OptionalNotNull()
  @IsInt({ message: 'allocation must be a whole percentage' })
  @Min(0, { message: 'allocation must be from 0 to 100' })
  @Max(100, { message: 'allocation must be from 0 to 100' })
  allocation?: number;

  @Field(() => Int, { nullable: true })
  @Nullable()
  @IsInt({ message: 'dayRateMinor must be whole minor units' })
  @Min(0, { message: 'dayRateMinor must not be negative' })
  @Max(100_000_000)
  dayRateMinor?: number | null;

  @Field(() => Int, { nullable: true })
  @Nullable()
  @IsInt({ message: 'salaryMinor must be whole minor units' })
  @Min(0, { message: 'salaryMinor must not be negative' })
  @Max(2_000_000_000)
  salaryMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 (default EUR).' })
  @OptionalNotNull()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO code such as EUR' })
  currency?: string;

  @OptionalText(100_000, { trim: false })
  cvText?: string | null;

  @Field(() => ConsentBasis)
  @NotNull()
  @IsIn(CONSENT_BASES, { message: `consentBasis must be one of ${CONSENT_BASES.join(', ')}` })
  consentBasis!: ConsentBasis;

  @Field(() => String, { nullable: true })
  @Nullable()
  @IsTimestamp()
  consentGivenAt?: string | null;

  @Field(() => String, { nullable: true })
  @Nullable()
  @IsTimestamp()
  consentExpiresAt?: string | null;

  @Field(() => String, { nullable: true })
  @Nullable()
  @IsTimestamp()
  lastContactAt?: string | null;

  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];
}

@ArgsType()
export class CreateCandidateMutationArgs extends CreateCandidateArgs {
  @Field(() => Boolean, { nullable: true, description: 'Create even though likely duplicates exist (they answer CONFLICT otherwise).' })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean;
}

/** `skills`, when given, replaces the whole list. */
@ArgsType()
export class UpdateCandidateArgs extends UpdateArgsType(CreateCandidateArgs) {
  @IdField()
  id!: string;
}

/** `q`: name or e-mail. `cv`: every word in the CV, as a prefix. */
@InputType('CandidateFilter')
export class CandidateFilter extends BaseFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cv?: string;

  @Field(() => CandidateKind, { nullable: true })
  @IsOptional()
  @IsIn(CANDIDATE_KINDS, { message: `kind must be one of ${CANDIDATE_KINDS.join(', ')}` })
  kind?: CandidateKind;

  @Field(() => Seniority, { nullable: true })
  @IsOptional()
  @IsIn(SENIORITIES, { message: `seniority must be one of ${SENIORITIES.join(', ')}` })
  seniority?: Seniority;

  @IdFilterField()
  skillId?: string;

  @Field(() => Int, { nullable: true, description: 'With skillId: the minimum level (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'skillMinLevel must be from 1 to 5' })
  @Max(5, { message: 'skillMinLevel must be from 1 to 5' })
  skillMinLevel?: number;

  @Field(() => String, { nullable: true, description: 'Available on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  availableBy?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  dayRateMinor_gte?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  dayRateMinor_lte?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: consent given and not expired; false: the others.' })
  @IsOptional()
  @IsBoolean()
  consentValid?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;
}

@ArgsType()
export class EraseCandidateArgs {
  @IdField()
  id!: string;

  @Field({ description: 'Why (kept only as "erasure requested" in the audit log, never with the person).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(500)
  reason!: string;
}

@ArgsType()
export class MergeCandidatesArgs {
  @IdField()
  keepId!: string;

  @IdField()
  mergeId!: string;
}

@ArgsType()
export class AddCandidateNoteArgs {
  @IdField()
  candidateId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(5000)
  body!: string;
}

@ArgsType()
export class ImportCandidatesArgs {
  @Field({ description: 'CSV text with a header row (see the README for the columns).' })
  @IsString()
  @IsNotEmpty({ message: 'csv must not be empty' })
  @MaxLength(10_000_000, { message: 'csv must be at most 10 MB: split the file' })
  csv!: string;

  @Field(() => Boolean, { nullable: true, description: 'Check every row and report, writing nothing.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  @Field(() => [Int], { nullable: true, description: 'Check and import only these lines of the file (as numbered in the report).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5_000)
  @IsInt({ each: true, message: 'onlyLines must be line numbers of the report, such as [2, 5]' })
  @Min(2, { each: true, message: 'onlyLines must be line numbers of the report (the header is line 1, rows start at 2)' })
  onlyLines?: number[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Accept rows that look like a person already in the pool; each names that record in duplicateOfId, to merge.' })
  @IsOptional()
  @IsBoolean()
  allowDuplicates?: boolean;
}
