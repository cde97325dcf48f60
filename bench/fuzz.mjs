#!/usr/bin/env node
// `npm run bench:fuzz`: the fuzz test (apps/api/test/fuzz.int-spec.ts) run longer — 20,000
// requests by default, no time limit — on its own fresh database (the integration test set-up).
// Prints the seed and the answers counted by error code; FUZZ_SEED replays a run.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run', 'api:build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '../../node_modules/jest/bin/jest.js', '--runInBand', '--selectProjects', 'integration', '--testPathPatterns', 'fuzz'],
  {
    cwd: 'apps/api',
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000', FUZZ_TIME_MS: process.env.FUZZ_TIME_MS ?? '0' },
  },
);
process.exit(run.status ?? 1);
