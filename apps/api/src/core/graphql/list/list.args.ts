import { ArgsType, Field, Int, PickType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PER_PAGE, SortOrder } from '@orchestra/shared';

/** Paging and sorting arguments of every `allXs` query (ra-data-graphql-simple grammar). */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Zero-based page number.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  page?: number;

  @Field(() => Int, { nullable: true, description: `Rows per page, 1 to ${MAX_PER_PAGE}; larger values are capped.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  perPage?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sortField?: string;

  @Field(() => String, { nullable: true, description: 'ASC or DESC.' })
  @IsOptional()
  @IsIn(Object.values(SortOrder), { message: 'sortOrder must be ASC or DESC' })
  sortOrder?: SortOrder;
}

/** `_allXsMeta` takes the paging arguments too (ignored for the count). */
@ArgsType()
export class ListMetaArgs extends PickType(ListArgs, ['page', 'perPage'], ArgsType) {}
