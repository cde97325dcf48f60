import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The optional `idempotencyKey` every domain mutation accepts (DESIGN §8). */
@ArgsType()
export class IdempotentArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Sending the same key again (for 24 hours) returns the first result instead of acting twice.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'idempotencyKey must be printable ASCII without spaces (e.g. a UUID)' })
  idempotencyKey?: string | null;
}
