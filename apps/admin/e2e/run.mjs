#!/usr/bin/env node
// `nx run admin:e2e`: the browser tests, E2E_CONCURRENCY files at a time (2 unless set), sharing one
// PostgreSQL and one Redis (found or started once here, see infra/scripts/services.mjs). Each file
// has its own database, queue prefix and ports; much of a browser test is waiting on the browser or
// the API, so two at once took 387 s against 542 s one at a time on two cores. Without Chromium it runs
// none of them and says so, with how many were not run: the rest of `npm test` still counts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveServices } from '../../../infra/scripts/services.mjs';
import { CHROMIUM_PATH, prepareTemplate } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const concurrency = Math.max(1, Number.parseInt(process.env.E2E_CONCURRENCY ?? '2', 10) || 1);

/** Runs node's test runner on the e2e files and resolves with its exit code (and its TAP output when captured). */
function runTests(args, env, capture = false) {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...args, here], { env, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('exit', (code, signal) => res({ code: code ?? (signal ? 1 : 0), out }));
  });
}

if (!existsSync(CHROMIUM_PATH)) {
  // Ask the runner itself how many tests there are: no name matches, and E2E_COUNT_ONLY keeps
  // the files' hooks from starting anything.
  const { out } = await runTests(['--test-reporter=tap', '--test-name-pattern=^$'], { ...process.env, E2E_COUNT_ONLY: '1' }, true);
  const count = /^# tests (\d+)$/m.exec(out)?.[1] ?? '?';
  console.log(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH): ${count} browser tests were not run.`);
  process.exit(0);
}

const services = await resolveServices({
  databaseUrl: process.env.TEST_DATABASE_ADMIN_URL,
  redisUrl: process.env.TEST_REDIS_URL,
  settingNames: { postgres: 'TEST_DATABASE_ADMIN_URL', redis: 'TEST_REDIS_URL' },
  caller: 'the tests',
  log: (line) => console.log(`[e2e] ${line}`),
});
// Every file's stack starts from the same migrated and seeded demo: make it once.
const template = await prepareTemplate(services.databaseUrl, services.redisUrl);
const { code } = await runTests([], { ...process.env, ...template.env, TEST_DATABASE_ADMIN_URL: services.databaseUrl, TEST_REDIS_URL: services.redisUrl });
await template.drop();
await services.stop();
process.exit(code);
