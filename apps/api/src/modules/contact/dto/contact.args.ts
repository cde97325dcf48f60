import { ArgsType, Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { IsId, NormaliseEmail, NotNull, Nullable, UpdateArgsType } from '../../../core/validation/validation.js';
import { BaseFilterInput, IdFilterField } from '../../../core/graphql/list/base-filter.input.js';
import { IdField, NameField, OptionalText } from '../../../core/validation/fields.js';

@ArgsType()
export class CreateContactArgs {
  @IdField()
  clientId!: string;

  @NameField()
  name!: string;

  @Field()
  @NotNull()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @OptionalText(200)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'A CLIENT user of the same client.' })
  @Nullable()
  @IsId()
  userId?: string | null;
}

/** A contact stays with its client: clientId cannot change. */
@ArgsType()
export class UpdateContactArgs extends UpdateArgsType(OmitType(CreateContactArgs, ['clientId'], ArgsType)) {
  @IdField()
  id!: string;
}

/** `q`: Searches name, e-mail and title. */
@InputType('ContactFilter')
export class ContactFilter extends BaseFilterInput {
  @IdFilterField()
  clientId?: string;

  @IdFilterField()
  userId?: string;
}
