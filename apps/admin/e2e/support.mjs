// Boots the real stack for browser tests: a fresh database (migrated and seeded), the built API
// and the built admin served by `vite preview`, each on its own port. PostgreSQL and Redis come
// from TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL (e2e/run.mjs sets them for the whole run), else the
// default addresses, else private embedded servers for this file.
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

async function waitFor(url, what, timeoutMs = 30_000) {
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
        link: /(https?:\/\/\S+(?:set-password\?token=|\/respond\/)\S+)/.exec(body)?.[1] ?? null,
      };
    });
}

/**
 * With `worker`, the BullMQ worker runs too and e-mails land in `mailDir` (read them with `mailsTo`).
 * Starts nothing and answers undefined under E2E_COUNT_ONLY (e2e/run.mjs counting the tests).
 */
export async function startStack({ apiPort = 3310, adminPort = 4310, worker = false } = {}) {
  if (process.env.E2E_COUNT_ONLY) return undefined;
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
  const admin = new pg.Client({ connectionString: adminDbUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();

  const { CONFIG_KEYS } = await import(resolve(apiDist, 'core/config/config.js'));
  // Hermetic: Nx hands tasks the workspace .env; none of a developer's settings may leak in.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CONFIG_KEYS.includes(key)));
  const env = {
    ...inherited,
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
  await runNode(resolve(apiDist, 'core/database/migrate.js'), env);
  await runNode(resolve(apiDist, 'seed/seed.js'), env);

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
  await waitFor(`http://127.0.0.1:${apiPort}/ready`, 'The API');
  await waitFor(`http://127.0.0.1:${adminPort}/`, 'The admin');

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  return {
    adminUrl: `http://127.0.0.1:${adminPort}`,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    browser,
    logs,
    mailDir: env.MAIL_DIR,
    /** Waits for the e-mails to `email` (at least `count`) and returns them. */
    async mailsTo(email, count = 1, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mails = readMails(env.MAIL_DIR).filter((m) => m.to.includes(email));
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

/** Fills and submits the admin's login form. */
export async function signIn(page, adminUrl, email, password) {
  await page.goto(adminUrl);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}
