import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { IdField } from '../../../core/validation/fields.js';

@InputType('AnswerInput', { description: "One of scale (SCALE), choices (CHOICE: one key, MULTI: one or more), text (TEXT), or dontKnow." })
export class AnswerInput {
  @IdField()
  questionId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'scale must be a whole number from 1 to 5' })
  scale?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  choices?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  text?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dontKnow?: boolean | null;
}

@ArgsType()
export class TokenArgs {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(20, 200, { message: 'token must be the token from the invitation link' })
  token!: string;
}

@ArgsType()
export class SaveResponseDraftArgs extends TokenArgs {
  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}

@ArgsType()
export class SubmitResponseArgs extends SaveResponseDraftArgs {
  @Field({ description: 'The same key again returns the first result; another key after submitting is CONFLICT.' })
  @IsString()
  @Length(1, 200, { message: 'idempotencyKey must be 1 to 200 characters' })
  idempotencyKey!: string;
}
