import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ROLES } from '@orchestra/shared';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '../../../graphql/enums.js';
import { IsId, IsTimestamp, NormaliseEmail, NotNull, Nullable, OptionalNotNull, Trim, UpdateArgs } from '../../../validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../graphql/list/base-filter.input.js';
import { IdField, NameField } from '../../../validation/fields.js';

@ArgsType()
export class CreateUserArgs {
  @Field()
  @NotNull()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @NameField()
  name!: string;

  @Field(() => Role)
  @NotNull()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for CLIENT users, refused for the others.' })
  @Nullable()
  @IsId()
  clientId?: string | null;

  @Field({ nullable: true, defaultValue: true })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
@UpdateArgs()
export class UpdateUserArgs {
  @IdField()
  id!: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => Role, { nullable: true })
  @OptionalNotNull()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @Field(() => ID, { nullable: true })
  @Nullable()
  @IsId()
  clientId?: string | null;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

/** `q`: Searches name and e-mail. */
@InputType('UserFilter')
export class UserFilter extends BaseFilterInput {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @IdFilterField()
  clientId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  createdAt_lte?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  createdAt_gt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  createdAt_lt?: Date;
}
