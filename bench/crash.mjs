#!/usr/bin/env node
// `npm run bench:crash`: the crash test with 100 SIGKILLs of the worker instead of CI's 20, on its
// own fresh database (the integration test set-up). Prints what the test prints; takes minutes.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run', 'api:build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '../../node_modules/jest/bin/jest.js', '--runInBand', '--selectProjects', 'integration', '--testPathPatterns', 'workflow-crash', '-t', 'SIGKILLed'],
  { cwd: 'apps/api', stdio: 'inherit', env: { ...process.env, CRASH_KILLS: process.env.CRASH_KILLS ?? '100' } },
);
process.exit(run.status ?? 1);
