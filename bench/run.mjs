#!/usr/bin/env node
// `npm run bench`: measures the running API (start it with `npm run demo`). Prints figures; it
// asserts nothing. API_URL (default http://127.0.0.1:3000), BENCH_SECONDS, BENCH_CONCURRENCY.
import { api, gql, pct } from './lib.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
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

// 3. The respondent's journey, as the demo CTO (signed in, with a draft): the questionnaire load
// (every area at once: moving between areas needs no request) and an autosave of all answers.
// Sequential samples: the per-link rate limit is part of the product.
const client = (await gql(LOGIN, { e: 'cto@northwind.example', p: 'orchestra-client-demo' })).login.accessToken;
const [mine] = (await gql(`{ myInvitations { id status } }`, {}, client)).myInvitations.filter((i) => i.status !== 'SUBMITTED');
if (mine) {
  const { token: link } = (await gql(`mutation($id: ID!) { startMyInvitation(id: $id) { token } }`, { id: mine.id }, client)).startMyInvitation;
  const VIEW = `query($t: String!) { invitationByToken(token: $t) { questionCount areas { name capabilities { levels } questions { id type options { key label score } } } answers { questionId scale choices text dontKnow } } }`;
  const sample = async (n, fn) => {
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const view = (await gql(VIEW, { t: link })).invitationByToken;
  const loads = await sample(30, () => gql(VIEW, { t: link }));
  console.log(`questionnaire load    n=${loads.length}  p50 ${fmt(pct(loads, 50))}  p95 ${fmt(pct(loads, 95))}  (${view.areas.length} areas, ${view.questionCount} questions with level descriptors)`);
  const answers = view.answers.map(({ questionId, scale, choices, text, dontKnow }) => ({ questionId, scale, choices, text, dontKnow }));
  const saves = await sample(30, () => gql(`mutation($t: String!, $a: [AnswerInput!]!) { saveResponseDraft(token: $t, answers: $a) { answered } }`, { t: link, a: answers }));
  console.log(`autosave draft        n=${saves.length}  p50 ${fmt(pct(saves, 50))}  p95 ${fmt(pct(saves, 95))}  (${answers.length} answers)`);
} else {
  console.log('questionnaire load    skipped: the demo CTO has no open invitation (run `npm run demo` on a fresh database)');
}
