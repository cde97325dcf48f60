import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId } from '../validation/validation.js';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsId()
  id!: string;
}
