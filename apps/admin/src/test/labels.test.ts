/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { ENUM_LABELS, type LabelledEnum } from '@orchestra/shared';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';

// Enums no screen shows (sort orders and the like) need no words.
const NOT_SHOWN = new Set(['SortOrder']);

describe('the labels map (libs/shared/src/labels.ts)', () => {
  it('names every value of every enum in the API schema', () => {
    const schema = buildSchema(readFileSync(`${import.meta.dirname}/../../../api/schema.gql`, 'utf8'));
    const missing = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__') && !NOT_SHOWN.has(type.name))
      .flatMap((type) => {
        const labels: Readonly<Record<string, string>> | undefined = ENUM_LABELS[type.name as LabelledEnum];
        return type.getValues().filter((v) => !labels?.[v.name]).map((v) => `${type.name}.${v.name}`);
      });
    expect(missing).toEqual([]);
  });
});
