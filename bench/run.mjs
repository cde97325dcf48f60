#!/usr/bin/env node
// `npm run bench`: measures the running API (start it with `npm run demo`). Prints figures; it
// asserts nothing. API_URL (default http://127.0.0.1:3000), BENCH_SECONDS, BENCH_CONCURRENCY.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);

async function gql(query, variables, token) {
  const res = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

try {
  await fetch(`${api}/health`);
} catch {
  console.error(`No API at ${api}: start it with \`npm run demo\` (or set API_URL).`);
  process.exit(1);
}

// 1. Login round-trip: argon2id verification dominates (m=19 MiB, t=2, p=1).
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
const loginTimes = [];
let token;
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  token = (await gql(LOGIN, { e: 'admin@orchestra.local', p: 'orchestra-admin-demo' })).login.accessToken;
  loginTimes.push(performance.now() - t);
}
loginTimes.sort((a, b) => a - b);
console.log(`login round-trip      n=${loginTimes.length}  median ${fmt(pct(loginTimes, 50))}  p95 ${fmt(pct(loginTimes, 95))}`);

// 2. A list page with a nested relation (DataLoader), under concurrent load.
async function load(label, query, variables, rowsOf = () => undefined) {
  const rows = rowsOf(await gql(query, variables, token));
  const times = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await gql(query, variables, token);
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(21)} ${(times.length / seconds).toFixed(0)} req/s  p50 ${fmt(pct(times, 50))}  p99 ${fmt(pct(times, 99))}  (${concurrency} concurrent, ${seconds} s${rows === undefined ? '' : `, ${rows} rows per answer`})`,
  );
}
await load(
  'allUsers perPage 50',
  `query($n: Int) { allUsers(perPage: $n) { id email name role client { name } } _allUsersMeta { count } }`,
  { n: 50 },
  (data) => data.allUsers.length,
);
await load(
  'allEngagements 50',
  `query($n: Int) { allEngagements(perPage: $n) { id title stage client { name } owner { name } stageChanges { toStage changedBy { name } } } _allEngagementsMeta { count } }`,
  { n: 50 },
  (data) => data.allEngagements.length,
);
await load(
  'allClients 50',
  `query($n: Int) { allClients(perPage: $n) { id name engagementCount } _allClientsMeta { count } }`,
  { n: 50 },
  (data) => data.allClients.length,
);
await load('me', `{ me { id email role } }`, {});
