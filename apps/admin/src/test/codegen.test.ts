/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In a child process: under vitest, graphql would load twice (ESM and CommonJS) and codegen refuses that.
describe('generated GraphQL types (src/gql)', () => {
  it('are what apps/api/schema.gql and the documents give: run `npm run codegen -w apps/admin` after changing either', () => {
    const run = () => execFileSync(process.execPath, ['scripts/codegen.mjs', '--check'], { cwd: `${import.meta.dirname}/../..`, encoding: 'utf8', stdio: 'pipe' });
    expect(run()).toContain('src/gql is up to date');
  });
});
