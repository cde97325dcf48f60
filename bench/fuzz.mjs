#!/usr/bin/env node
// `npm run bench:fuzz`: the fuzz test (apps/api/test/fuzz.int-spec.ts) run longer — 20,000
// requests by default, no time limit — on its own fresh database (the integration test set-up).
// Prints the seed and the answers counted by error code; FUZZ_SEED replays a run.
import { runIntegrationTest } from './integration-test.mjs';

runIntegrationTest('fuzz', { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000', FUZZ_TIME_MS: process.env.FUZZ_TIME_MS ?? '0' });
