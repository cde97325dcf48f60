import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/validation.js';

@ArgsType()
export class CreateClientArgs {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;
}

@ArgsType()
export class UpdateClientArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;
}

@InputType('ClientFilter')
export class ClientFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids?: string[];

  @Field({ nullable: true, description: 'Searches the client name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
