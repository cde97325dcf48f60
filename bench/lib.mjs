// What the benchmarks share: the API address, a GraphQL call and percentiles.
import { existsSync } from 'node:fs';

// The running demo's addresses (it writes them while it runs); the environment wins.
if (existsSync('var/demo.env')) process.loadEnvFile('var/demo.env');
export const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export async function gql(query, variables, token) {
  const res = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The p-th percentile of an ascending list. */
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
