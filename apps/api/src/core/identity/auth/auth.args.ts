import { ArgsType, Field } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH } from '@orchestra/shared';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NormaliseEmail } from '../../validation/validation.js';

@ArgsType()
export class LoginArgs {
  @Field()
  @NormaliseEmail()
  @IsString()
  @IsNotEmpty({ message: 'email must not be empty' })
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@ArgsType()
export class SetPasswordArgs {
  @Field({ description: 'The token from the set-password e-mail.' })
  @IsString()
  @IsNotEmpty({ message: 'token must not be empty' })
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  password!: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field({ description: 'The e-mail address the account signs in with.' })
  @NormaliseEmail()
  @IsString()
  @IsNotEmpty({ message: 'email must not be empty' })
  @IsEmail({}, { message: 'email must be an e-mail address, such as name@example.com' })
  @MaxLength(320)
  email!: string;
}
