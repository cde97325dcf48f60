import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../validation/fields.js';

@ArgsType()
export class IdArgs {
  @IdField()
  id!: string;
}
