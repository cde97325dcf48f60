// What the benchmarks share: the API address, a GraphQL call and percentiles.
import { existsSync } from 'node:fs';
import { gqlAt } from './graphql.mjs';

// The running demo's addresses (it writes them while it runs); the environment wins.
if (existsSync('var/demo.env')) process.loadEnvFile('var/demo.env');
export const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export const gql = (query, variables, token) => gqlAt(api, query, variables, token);

/** The p-th percentile of an ascending list. */
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
