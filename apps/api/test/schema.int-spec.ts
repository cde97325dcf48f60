import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestApi } from './support/harness.js';

const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../schema.gql');
const NEST_HEADER = [
  '# ------------------------------------------------------',
  '# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)',
  '# ------------------------------------------------------',
  '',
  '',
].join('\n');

describe('committed GraphQL schema (the admin builds against it)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('matches the schema the API serves; run with UPDATE_SCHEMA=1 to rewrite apps/api/schema.gql', () => {
    const live = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema));
    // Same bytes as Nest writes when the API boots in development, so neither rewrite shows a diff.
    if (process.env['UPDATE_SCHEMA']) writeFileSync(SCHEMA_FILE, `${NEST_HEADER}${live}`);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(`${NEST_HEADER}${live}`);
  });
});
