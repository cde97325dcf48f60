// Boots the real stack for browser tests: a fresh database (migrated and seeded, or copied from
// the run's template that is), the built API and the built admin served by `vite preview`, each on
// its own port. PostgreSQL and Redis come from TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL (e2e/run.mjs
// sets them for the whole run), else the default addresses, else private embedded servers for this file.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { resolveServices, withDatabase } from '../../../infra/scripts/services.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const apiDist = resolve(root, 'apps/api/dist');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a test waits for something to appear on screen before it fails: a ceiling, not a sleep
 * (every wait returns as soon as the thing is there). Two browser files run at once on two cores,
 * each with its API, worker and Chromium; 15 s was once not enough there for a lazily loaded record
 * page to replace its list in CI (the menu walk, 2026-12-05).
 */
export const UI_TIMEOUT_MS = 60_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function runNode(script, env) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? res(out) : rej(new Error(`${script} failed (${code}):\n${out}`))));
  });
}

// A ceiling, not a wait: a machine whose cores are busy may need over a minute to boot the API.
async function waitFor(url, what, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs} ms`);
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= / =?UTF-8?B?...?=), as nodemailer writes subjects with quotes. */
function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc, text) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_h, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

/** The secret link (set-password or invitation) in each .eml the worker wrote, newest last. */
function readMails(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const split = raw.search(/\r?\n\r?\n/);
      const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
      const body = raw.slice(split).replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
      return {
        to: /^To: (.+)$/m.exec(headers)?.[1]?.trim() ?? '',
        subject: decodeHeader(/^Subject: (.+)$/m.exec(headers)?.[1]?.trim() ?? ''),
        link: /(https?:\/\/\S+(?:set-password\?token=|\/respond\/)\S+)/.exec(body)?.[1] ?? null,
      };
    });
}

/** The environment of this process without any of the API's settings: Nx hands tasks the workspace .env, and none of a developer's settings may leak in. */
async function hermeticEnv() {
  const { CONFIG_KEYS } = await import(resolve(apiDist, 'core/config/config.js'));
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !CONFIG_KEYS.includes(key)));
}

/** Migrates and seeds the demo into env.DATABASE_URL; answers what the seed printed. */
async function migrateAndSeed(env) {
  await runNode(resolve(apiDist, 'core/database/migrate.js'), env);
  return runNode(resolve(apiDist, 'seed/seed.js'), env);
}

/**
 * For e2e/run.mjs: one database migrated and seeded once, which each file's stack copies
 * (`CREATE DATABASE … TEMPLATE`, a file copy) instead of migrating and seeding its own. Answers the
 * environment the files need (E2E_TEMPLATE_DB, E2E_SEED_OUTPUT) and a function that drops it.
 */
export async function prepareTemplate(adminDbUrl, redisUrl) {
  const name = `orchestra_e2e_template_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const run = async (sql) => {
    const admin = new pg.Client({ connectionString: adminDbUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const drop = () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    const env = { ...(await hermeticEnv()), NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: withDatabase(adminDbUrl, name), REDIS_URL: redisUrl, JWT_SECRET: randomBytes(48).toString('base64') };
    const seedOutput = await migrateAndSeed(env);
    return { env: { E2E_TEMPLATE_DB: name, E2E_SEED_OUTPUT: seedOutput }, drop };
  } catch (e) {
    await drop();
    throw e;
  }
}

/**
 * With `worker`, the BullMQ worker runs too and e-mails land in `mailDir` (read them with `mailsTo`).
 * Starts nothing and answers undefined under E2E_COUNT_ONLY (e2e/run.mjs counting the tests).
 */
export async function startStack({ apiPort: basePort = 3310, adminPort: baseAdminPort = 4310, worker = false } = {}) {
  if (process.env.E2E_COUNT_ONLY) return undefined;
  // E2E_PORT_OFFSET lets two checkouts run their browser tests at the same time.
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  const apiPort = basePort + offset;
  const adminPort = baseAdminPort + offset;
  const services = await resolveServices({
    databaseUrl: process.env.TEST_DATABASE_ADMIN_URL,
    redisUrl: process.env.TEST_REDIS_URL,
    settingNames: { postgres: 'TEST_DATABASE_ADMIN_URL', redis: 'TEST_REDIS_URL' },
    caller: 'the tests',
    log: (line) => console.log(line),
  });
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const dbName = `orchestra_e2e_${runId}`;
  const adminDbUrl = services.databaseUrl;
  // e2e/run.mjs migrates and seeds one template for the whole run; a file run alone does it here.
  const template = process.env.E2E_TEMPLATE_DB;
  const admin = new pg.Client({ connectionString: adminDbUrl });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE "${dbName}" TEMPLATE "${template}"` : `CREATE DATABASE "${dbName}"`);
  await admin.end();

  const env = {
    ...(await hermeticEnv()),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(apiPort),
    DATABASE_URL: withDatabase(adminDbUrl, dbName),
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `e2e_${runId}`,
    JWT_SECRET: randomBytes(48).toString('base64'),
    ADMIN_URL: `http://127.0.0.1:${adminPort}`,
    API_URL: `http://127.0.0.1:${apiPort}`,
    MAIL_DIR: mkdtempSync(join(tmpdir(), 'orchestra-e2e-mail-')),
    OUTBOX_POLL_MS: '200',
  };
  const seedOutput = template ? process.env.E2E_SEED_OUTPUT ?? '' : await migrateAndSeed(env);
  // The seed prints the invitation link of the demo's one respondent who has not started yet.
  const respondentLinkPath = /^RESPONDENT_LINK_PATH=(\S+)$/m.exec(seedOutput)?.[1] ?? null;

  const procs = [];
  const logs = [];
  const launch = (cmd, args, cwd) => {
    const p = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout.on('data', (d) => logs.push(String(d)));
    p.stderr.on('data', (d) => logs.push(String(d)));
    procs.push(p);
  };
  launch(process.execPath, [resolve(apiDist, 'main.js')], root);
  if (worker) launch(process.execPath, [resolve(apiDist, 'worker.js')], root);
  launch(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(adminPort), '--strictPort', '--host', '127.0.0.1'], resolve(root, 'apps/admin'));
  try {
    // Generous: several checkouts may be testing on the same small machine at once.
    await waitFor(`http://127.0.0.1:${apiPort}/ready`, 'The API');
    await waitFor(`http://127.0.0.1:${adminPort}/`, 'The admin');
  } catch (e) {
    // Nothing may outlive a failed start: the test's `after` has no stack to stop.
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r() : (p.once('exit', r), p.kill('SIGTERM'))))));
    const a = new pg.Client({ connectionString: adminDbUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await a.end();
    await services.stop();
    throw new Error(`${e.message}\n${logs.join('').slice(-2000)}`, { cause: e });
  }

  /** The API's whole answer (`data` and `errors`) as a signed-in user's client gets it (`token` null: anonymous). */
  async function gqlBody(token, query, variables = {}) {
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  }
  /** The answer's `data`; throws on GraphQL errors. */
  async function gql(token, query, variables = {}) {
    const body = await gqlBody(token, query, variables);
    if (body.errors) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
  /** Signs in through the API: `{ accessToken, user: { id } }`. */
  async function login(email, password) {
    const query = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }`;
    return (await gql(null, query, { e: email, p: password })).login;
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // Every page of this browser counts its requests and notes what went wrong in it, so that a failed
  // wait can say what it was waiting on (failWithScreenshot).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', (page) => diagnostics.set(page, { requests: trackRequests(page), watcher: watchPage(page) }));
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // Its context goes with it (already gone when the browser closes first).
    page.once('close', () => context.close().catch(() => undefined));
    return page;
  };

  return {
    adminUrl: `http://127.0.0.1:${adminPort}`,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    browser,
    logs,
    mailDir: env.MAIL_DIR,
    /** The Redis and queue prefix the API and the worker use (a test may reach a queued job, e.g. to promote a delayed one). */
    redisUrl: services.redisUrl,
    queuePrefix: env.QUEUE_PREFIX,
    gql,
    gqlBody,
    login,
    /** `/#/respond/<token>` of the demo's open assessment invitation not started yet (null without one). */
    respondentLinkPath,
    /** Waits for `count` e-mails to `email` (those `matching`, when given) and answers them. */
    async mailsTo(email, count = 1, matching = () => true, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mails = readMails(env.MAIL_DIR).filter((m) => m.to.includes(email) && matching(m));
        if (mails.length >= count) return mails;
        if (Date.now() > deadline) throw new Error(`no e-mail to ${email} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      await browser.close();
      await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r() : (p.once('exit', r), p.kill('SIGTERM'))))));
      const a = new pg.Client({ connectionString: adminDbUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await a.end();
      await services.stop();
    },
  };
}

/**
 * Creates a contractor with valid consent (through the API, as `token`'s recruiter) and shortlists
 * them for `roleId`; answers the candidate `{ id, name }` with the match's id.
 */
export async function shortlistedContractor(stack, token, roleId, { name, availableFrom, rate = null, phone = null, cvText = null, domain = 'talent.example' }) {
  const { createCandidate } = await stack.gql(
    token,
    `mutation($name: String!, $email: String!, $phone: String, $availableFrom: String!, $rate: Int, $cv: String, $given: String, $expires: String) {
       createCandidate(kind: CONTRACTOR, name: $name, email: $email, phone: $phone, timeZone: "Europe/Berlin", seniority: SENIOR, availableFrom: $availableFrom,
                       allocation: 100, dayRateMinor: $rate, currency: "EUR", cvText: $cv, consentBasis: CONSENT, consentGivenAt: $given, consentExpiresAt: $expires) { id name } }`,
    {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@${domain}`,
      phone,
      availableFrom,
      rate,
      cv: cvText,
      given: new Date(Date.now() - 86_400_000).toISOString(),
      expires: new Date(Date.now() + 700 * 86_400_000).toISOString(),
    },
  );
  const { shortlistCandidate } = await stack.gql(token, `mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { id } }`, { r: roleId, c: createCandidate.id });
  return { ...createCandidate, matchId: shortlistCandidate.id };
}

/** Fills and submits the admin's login form. */
export async function signIn(page, adminUrl, email, password) {
  await page.goto(adminUrl);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/**
 * Collects what goes wrong in the page: console errors, uncaught exceptions, HTTP errors and
 * GraphQL answers carrying `errors` (HTTP 200). `problems()` lists them as text; `onProblem`
 * (optional) hears each one as it happens, e.g. to note the screen it happened on.
 */
export function watchPage(page, onProblem = () => undefined) {
  const seen = [];
  const note = (kind, text) => {
    seen.push(`${kind}: ${text}`);
    onProblem(kind, text);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') note('console', msg.text());
  });
  page.on('pageerror', (err) => note('page error', err.message));
  page.on('response', async (res) => {
    if (res.status() >= 400) note('http', `HTTP ${res.status()} ${res.request().method()} ${res.url()}`);
    if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
    try {
      const body = await res.json();
      // Before signing in, the admin tries to restore a session from the refresh cookie: expected.
      if (body?.errors?.length && !body.errors.every((e) => /No session cookie/.test(e.message))) {
        const op = JSON.parse(res.request().postData() ?? '{}');
        const name = op.operationName ?? String(op.query).replace(/\s+/g, ' ').slice(0, 60);
        note('graphql', `${name} ${JSON.stringify(op.variables ?? {})}: ${body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join(' | ')}`);
      }
    } catch {
      // not JSON (or the page went away)
    }
  });
  return { problems: () => [...seen] };
}

/** The request tracker and the watcher of each page a stack's browser opened (see startStack). */
const diagnostics = new WeakMap();

/** The request tracker (see trackRequests) of a page the stack's browser opened. */
export const requestsOf = (page) => diagnostics.get(page)?.requests;

/** What a failed wait reports of a page: its address, its requests in flight and the last to end, its problems so far. */
export function diagnose(page) {
  const seen = diagnostics.get(page);
  if (!seen) return `at ${page.url()} (not a stack's page: nothing tracked)`;
  const problems = seen.watcher.problems();
  return `at ${page.url()} · ${seen.requests.describe()} · problems: ${problems.length ? problems.join(' | ') : 'none'}`;
}

/**
 * Counts the page's requests in flight (GraphQL, scripts, anything fetched); `idle(quietMs)`
 * resolves once none has been in flight for `quietMs` — the network idle of a hash-routed page,
 * where Playwright's `networkidle` (navigations only) does not apply.
 */
function trackRequests(page) {
  /** request → when it started; the last finished ones, for `describe`. */
  const inFlight = new Map();
  const finished = [];
  let lastChange = Date.now();
  const done = (outcome) => (req) => {
    const started = inFlight.get(req);
    if (started === undefined) return;
    inFlight.delete(req);
    lastChange = Date.now();
    finished.push(`${outcome} in ${lastChange - started} ms: ${label(req)}`);
    if (finished.length > 8) finished.shift();
  };
  const label = (req) => {
    const op = req.url().endsWith('/graphql') ? /"operationName":"(\w+)"/.exec(req.postData() ?? '')?.[1] : undefined;
    return `${req.method()} ${req.url()}${op ? ` (${op})` : ''}`;
  };
  page.on('request', (req) => {
    inFlight.set(req, Date.now());
    lastChange = Date.now();
  });
  page.on('requestfinished', done('finished'));
  page.on('requestfailed', done('failed'));
  return {
    async idle(quietMs = 400, timeoutMs = UI_TIMEOUT_MS) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeoutMs} ms: ${[...inFlight.keys()].map((r) => r.url()).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    /** What a failed wait reports: the requests still in flight, with their age, and the last ones to end. */
    describe() {
      const now = Date.now();
      const open = [...inFlight].map(([req, started]) => `${label(req)} for ${now - started} ms`);
      return `in flight: ${open.length ? open.join('; ') : 'none'} · last ended: ${finished.length ? finished.join('; ') : 'none'}`;
    },
  };
}

/**
 * Types into a list's search box and waits until the list has applied it (react-admin debounces
 * the filter into the URL). Clicking a row before that races the debounced navigation, which can
 * take the page back to the list after the row opened.
 */
export async function searchList(page, input, text) {
  await input.fill(text);
  const needle = JSON.stringify(text).slice(1, -1); // as it appears in the URL's JSON filter
  await page.waitForFunction(`decodeURIComponent(location.hash).includes(${JSON.stringify(needle)})`, undefined, { timeout: UI_TIMEOUT_MS });
}

/**
 * Drags a board card onto a column as a mouse would. It first makes sure the card is picked up
 * (dnd-kit marks the handle `aria-pressed` while it drags; a press the board missed is released
 * and tried again, which moves nothing), then drops only once the board shows the column as the
 * drop target (`data-over`): on a loaded machine the pointer can outrun the board's collision
 * detection, and a drop before it caught up lands on the column it last saw. The board scrolls
 * itself while a card is near its edge, so the pointer follows the column.
 */
export async function dragCard(page, handle, column, { yOffset = 80 } = {}) {
  const deadline = Date.now() + 30_000;
  const pickedUp = handle.and(page.locator('[aria-pressed="true"]'));
  for (;;) {
    await handle.scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    if (!from || !(await column.boundingBox())) throw new Error('the card and the column must be on screen');
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 15, start.y + 10, { steps: 5 });
    if (await pickedUp.waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
    await page.mouse.up();
    if (Date.now() > deadline) throw new Error('the board never picked the card up');
  }
  let box;
  for (;;) {
    box = await column.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(yOffset, box.height / 2), { steps: 8 });
    const over = await column
      .and(page.locator('[data-over]'))
      .waitFor({ timeout: 1_000 })
      .then(() => true, () => false);
    const after = await column.boundingBox();
    if (over && Math.abs(after.x - box.x) < 1 && Math.abs(after.y - box.y) < 1) break;
    if (Date.now() > deadline) {
      const state = await page.evaluate(`({
        over: [...document.querySelectorAll('[data-over]')].map((e) => e.getAttribute('aria-label')),
        dragging: !!document.querySelector('[aria-pressed="true"]'),
        viewport: [innerWidth, innerHeight],
      })`);
      await page.mouse.up();
      throw new Error(`the board never showed the column as the drop target (column at ${JSON.stringify(box)}, board state ${JSON.stringify(state)})`);
    }
  }
  await page.mouse.up();
}

/** A failed journey's screenshot (apps/admin/e2e-<name>-failure.png, wherever the run started), what the page was doing (diagnose) and the stack's logs, then the error again. */
export async function failWithScreenshot(stack, page, name, error) {
  await page.screenshot({ path: resolve(root, `apps/admin/e2e-${name}-failure.png`), fullPage: true }).catch(() => undefined);
  console.error(`${name} failed ${diagnose(page)}`);
  console.error(stack.logs.join(''));
  throw error;
}
