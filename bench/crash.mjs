#!/usr/bin/env node
// `npm run bench:crash`: the crash test with 100 SIGKILLs of the worker instead of CI's 20, on its
// own fresh database (the integration test set-up). Prints what the test prints; takes minutes.
import { runIntegrationTest } from './integration-test.mjs';

runIntegrationTest('workflow-crash', { CRASH_KILLS: process.env.CRASH_KILLS ?? '100' }, ['-t', 'SIGKILLed']);
