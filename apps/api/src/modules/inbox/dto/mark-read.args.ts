import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId } from '../../../core/validation/validation.js';

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID])
  @IsId({ each: true })
  ids!: string[];
}
