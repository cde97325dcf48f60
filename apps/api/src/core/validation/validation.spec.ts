import { describe, expect, it } from '@jest/globals';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { AppError } from '../errors/app-error.js';
import { inputProblems, MAX_INPUT_DEPTH, tooDeepAt } from './input-text.js';
import { InputPipe, IsCalendarDate, IsId, IsTimestamp, NotNull, Nullable, OptionalNotNull, UpdateArgsType, validatePlain } from './validation.js';

describe('inputProblems (the edge check of every argument)', () => {
  it('names each string with a control character or a lone surrogate by its path', () => {
    const problems = inputProblems({ name: 'a\u0000b', answers: [{ text: 'fine' }, { text: 'bell\u0007' }], tags: ['x', '\uD800'] });
    expect(problems).toEqual({
      name: 'contains a control character (U+0000): remove it',
      'answers.1.text': 'contains a control character (U+0007): remove it',
      'tags.1': 'contains a broken character (a lone UTF-16 surrogate): send well-formed Unicode text',
    });
  });

  it('accepts tabs, line breaks, DEL-free text and surrogate pairs', () => {
    expect(inputProblems({ notes: 'line 1\r\n\tline 2', emoji: '🎻', accents: 'Zoë Ångström' })).toEqual({});
    expect(inputProblems({ del: 'x\u007F' })).toEqual({ del: 'contains a control character (U+007F): remove it' });
  });

  it('names a bare argument by the argument, and refuses nesting deeper than any input type', () => {
    expect(inputProblems('\u001F', 'token')).toEqual({ token: 'contains a control character (U+001F): remove it' });
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const problems = inputProblems({ ids: deep });
    expect(Object.values(problems)).toEqual(['nests values too deeply: flatten it']);
    expect(Object.keys(problems)[0]!.split('.')).toHaveLength(MAX_INPUT_DEPTH);
    expect(tooDeepAt({ slots: deep })!.split('.')).toHaveLength(MAX_INPUT_DEPTH);
    expect(tooDeepAt({ slots: ['2031-03-02T09:00:00Z'], input: { a: [[1]] } })).toBeNull();
  });

  it('leaves other values to the validators (numbers, Dates of a DateTime argument)', () => {
    expect(inputProblems({ n: 1, d: new Date(Number.NaN), b: true, nothing: null })).toEqual({});
  });
});

@ArgsType()
class ExampleArgs {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsId({ each: true })
  ids?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  day?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimestamp()
  at?: string | Date;
}

const UPPER = '660241B5-3D1E-4C7A-9F10-AB12CD34EF56';

describe('IsId, IsCalendarDate, IsTimestamp', () => {
  it('accepts a UUID in any case and lower-cases it, alone and in a list', async () => {
    const { value, problems } = await validatePlain(ExampleArgs, { id: UPPER, ids: [UPPER, UPPER.toLowerCase()] });
    expect(problems).toEqual({});
    expect(value.id).toBe(UPPER.toLowerCase());
    expect(value.ids).toEqual([UPPER.toLowerCase(), UPPER.toLowerCase()]);
    expect((await validatePlain(ExampleArgs, { id: 'nope', ids: ['x'] })).problems).toEqual({ id: 'must be a UUID', ids: 'must be UUIDs' });
  });

  it('keeps dates within 1900-01-01 … 2199-12-31 and says which rule a date broke', async () => {
    const problems = async (day: string) => (await validatePlain(ExampleArgs, { id: UPPER, day })).problems;
    expect(await problems('1900-01-01')).toEqual({});
    expect(await problems('2199-12-31')).toEqual({});
    expect(await problems('10000-01-01')).toEqual({ day: 'must be a date as YYYY-MM-DD' });
    expect(await problems('0000-00-00')).toEqual({ day: 'must be a date as YYYY-MM-DD' });
    expect(await problems('2026-02-30')).toEqual({ day: 'must be a date as YYYY-MM-DD' });
    expect(await problems('1899-12-31')).toEqual({ day: 'must be from 1900-01-01 to 2199-12-31' });
    expect(await problems('2200-01-01')).toEqual({ day: 'must be from 1900-01-01 to 2199-12-31' });
  });

  it('keeps date-times (strings or Dates) in the same range', async () => {
    const problems = async (at: unknown) => (await validatePlain(ExampleArgs, { id: UPPER, at })).problems;
    expect(await problems('2026-03-01T09:00:00Z')).toEqual({});
    expect(await problems(new Date('2026-03-01T09:00:00Z'))).toEqual({});
    const message = { at: 'must be an ISO 8601 date-time from 1900-01-01 to 2199-12-31' };
    expect(await problems(new Date(8.64e15))).toEqual(message);
    expect(await problems(new Date(Number.NaN))).toEqual(message);
    expect(await problems('+010000-01-01T00:00:00Z')).toEqual(message);
    expect(await problems('yesterday')).toEqual(message);
  });
});

@ArgsType()
class CreateThingArgs {
  @Field()
  @NotNull()
  @IsString()
  name!: string;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt()
  size?: number;

  @Field(() => String, { nullable: true })
  @Nullable()
  @IsString()
  note?: string | null;
}

@ArgsType()
class UpdateThingArgs extends UpdateArgsType(CreateThingArgs) {
  @Field(() => ID)
  @IsId()
  id!: string;
}

describe('nullability that matches the columns', () => {
  const id = UPPER.toLowerCase();

  it('refuses null for a NOT NULL column on update, naming only that', async () => {
    const { problems } = await validatePlain(UpdateThingArgs, { id, name: null, size: null });
    expect(problems).toEqual({
      name: 'cannot be empty: leave it out to keep the current value',
      size: 'cannot be empty: leave it out to keep the current value',
    });
  });

  it('lets an update leave anything out, and clear a nullable column with null', async () => {
    expect((await validatePlain(UpdateThingArgs, { id })).problems).toEqual({});
    expect((await validatePlain(UpdateThingArgs, { id, note: null })).problems).toEqual({});
  });

  it('on create, takes null for a column with a default as "use the default"', async () => {
    expect((await validatePlain(CreateThingArgs, { name: 'x', size: null, note: null })).problems).toEqual({});
    expect((await validatePlain(CreateThingArgs, {})).problems).toEqual({ name: 'must be a string' });
  });
});

describe('InputPipe', () => {
  const pipe = new InputPipe();

  it('checks every GraphQL argument, a bare string one too, before validating', async () => {
    await expect(pipe.transform('a\u0000', { type: '3' as never, data: 'email', metatype: String })).rejects.toThrow(AppError);
    await expect(pipe.transform({ id: UPPER, day: '\u0000' }, { type: '3' as never, metatype: ExampleArgs })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { day: 'contains a control character (U+0000): remove it' },
    });
    await expect(pipe.transform({ id: UPPER }, { type: '3' as never, metatype: ExampleArgs })).resolves.toMatchObject({ id: UPPER.toLowerCase() });
  });

  it('leaves the context and custom parameters alone', async () => {
    const context = { req: { headers: { 'x-odd': '\u0000' } } };
    await expect(pipe.transform(context, { type: '1' as never, metatype: Object })).resolves.toBe(context);
    await expect(pipe.transform(context, { type: 'custom', metatype: Object })).resolves.toBe(context);
  });
});
