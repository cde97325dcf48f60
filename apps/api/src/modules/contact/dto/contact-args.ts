import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NormaliseEmail, Trim } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';

@ArgsType()
export class CreateContactArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'A CLIENT user of the same client.' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId?: string | null;
}

/** A contact stays with its client: clientId cannot change. */
@ArgsType()
export class UpdateContactArgs extends PartialType(OmitType(CreateContactArgs, ['clientId'], ArgsType), ArgsType) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

/** `q`: Searches name, e-mail and title. */
@InputType('ContactFilter')
export class ContactFilter extends BaseFilterInput {
  @IdFilterField('clientId')
  clientId?: string;

  @IdFilterField('userId')
  userId?: string;
}
