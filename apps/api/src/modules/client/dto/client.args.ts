import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { CLOCK_TIME, SIZE_BANDS } from '@orchestra/shared';
import { IsIn, IsOptional, IsString, IsTimeZone, Matches, MaxLength } from 'class-validator';
import { SizeBand } from '../../../core/graphql/enums.js';
import { IsTimestamp, Nullable, UpdateArgsType } from '../../../core/validation/validation.js';
import { BaseFilterInput } from '../../../core/graphql/list/base-filter.input.js';
import { IdField, NameField, OptionalText } from '../../../core/validation/fields.js';

const HH_MM = { message: 'must be a time as HH:MM, 00:00 to 23:59' };

@ArgsType()
export class CreateClientArgs {
  @NameField()
  name!: string;

  @OptionalText(100)
  industry?: string | null;

  @Field(() => SizeBand, { nullable: true })
  @Nullable()
  @IsIn(SIZE_BANDS, { message: `sizeBand must be one of ${SIZE_BANDS.join(', ')}` })
  sizeBand?: SizeBand | null;

  @OptionalText(100)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' })
  @Nullable()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM; give both ends of the core hours, or neither.' })
  @Nullable()
  @Matches(CLOCK_TIME, HH_MM)
  coreHoursStart?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, after coreHoursStart.' })
  @Nullable()
  @Matches(CLOCK_TIME, HH_MM)
  coreHoursEnd?: string | null;

  @OptionalText(10_000, { trim: false })
  notes?: string | null;
}

/** Every field optional; null clears an optional field (name cannot be cleared). */
@ArgsType()
export class UpdateClientArgs extends UpdateArgsType(CreateClientArgs) {
  @IdField()
  id!: string;
}

/** `q`: Searches the client name. */
@InputType('ClientFilter')
export class ClientFilter extends BaseFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  industry?: string;

  @Field(() => SizeBand, { nullable: true })
  @IsOptional()
  @IsIn(SIZE_BANDS, { message: `sizeBand must be one of ${SIZE_BANDS.join(', ')}` })
  sizeBand?: SizeBand;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  createdAt_lte?: Date;
}
