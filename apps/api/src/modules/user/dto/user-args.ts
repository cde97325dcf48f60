import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ROLES } from '@orchestra/shared';
import { IsBoolean, IsDate, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Role } from '../../../core/graphql/enums.js';
import { NormaliseEmail, Trim } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@ArgsType()
export class CreateUserArgs {
  @Field()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => Role)
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for CLIENT users, refused for the others.' })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId?: string | null;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @Field(() => ID, { nullable: true })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
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

  @IdFilterField('clientId')
  clientId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdAt_gte?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdAt_lte?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdAt_gt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdAt_lt?: Date;
}
