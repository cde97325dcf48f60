#!/usr/bin/env node
// `npm run bench:admin`: what a person waits for in the admin, in headless Chromium, against the
// running demo (`npm run demo` in another terminal). Over BENCH_LOADS cold loads (default 5: a new
// browser context each time, so nothing is cached) it prints:
//   - login page to interactive: navigation start → the e-mail field visible and enabled;
//   - sign-in to dashboard: the click on "Sign in" → the greeting and the first chart drawn;
//   - report fully rendered: navigation to a staff report → every chart drawn.
// It also prints the JavaScript the login page and the whole app fetch. Prints figures, asserts nothing.
// ADMIN_URL (default http://127.0.0.1:4173), API_URL (from var/demo.env), CHROMIUM_PATH.
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../apps/admin/e2e/support.mjs';
import { gql, pct } from './lib.mjs';

const admin = process.env.ADMIN_URL ?? 'http://127.0.0.1:4173';
const loads = Number(process.env.BENCH_LOADS ?? 5);
const ADMIN = { email: 'admin@orchestra.local', password: 'orchestra-admin-demo' };

try {
  await fetch(admin);
} catch {
  console.error(`No admin at ${admin}: start it with \`npm run demo\` (or set ADMIN_URL).`);
  process.exit(1);
}

/** A scored or published assessment to read; the demo has none at first, so its open one is closed and scored once. */
async function reportAssessment() {
  const token = (await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: ADMIN.email, p: ADMIN.password })).login.accessToken;
  const find = async (status) => (await gql(`query($s: AssessmentStatus) { allAssessments(filter: { status: $s }, perPage: 1) { id } }`, { s: status }, token)).allAssessments[0]?.id;
  const ready = (await find('PUBLISHED')) ?? (await find('SCORED'));
  if (ready) return ready;
  const open = await find('OPEN');
  if (!open) throw new Error('The demo has no assessment to report on.');
  console.log('(closing the demo’s open assessment once so that it has a report)');
  await gql(`mutation($id: ID!) { closeAssessment(id: $id, reason: "bench:admin needs a report") { id } }`, { id: open }, token);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { Assessment } = await gql(`query($id: ID!) { Assessment(id: $id) { status } }`, { id: open }, token);
    if (Assessment.status === 'SCORED') return open;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The closed assessment was not scored within 60 s: is the worker running?');
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
const timings = { login: [], dashboard: [], report: [] };
const bytes = { login: 0, app: 0 };
const assessmentId = await reportAssessment();

for (let i = 0; i < loads; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Bytes of JavaScript the page has fetched so far (decoded), from the browser's own timing entries.
  const scriptBytes = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
        .reduce((sum, e) => sum + e.decodedBodySize, 0),
    );
  const failures = [];
  page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));

  const started = Date.now();
  await page.goto(`${admin}/#/login`);
  const email = page.locator('input[type=email]:not([disabled])');
  await email.waitFor({ state: 'visible' });
  timings.login.push(Date.now() - started);
  bytes.login = await scriptBytes();

  await email.fill(ADMIN.email);
  await page.locator('input[type=password]').fill(ADMIN.password);
  const signIn = Date.now();
  await page.getByRole('button', { name: /sign in/i }).click();
  // The greeting needs the identity, the funnel chart its own query: both drawn is "ready".
  await page.getByRole('heading', { name: /^Welcome, / }).waitFor({ state: 'visible' });
  await page.locator('main svg').first().waitFor({ state: 'visible' });
  timings.dashboard.push(Date.now() - signIn);

  const opened = Date.now();
  await page.goto(`${admin}/#/Assessment/${assessmentId}/show/report`);
  await page.locator('.orchestra-report .report-chart svg path').first().waitFor({ state: 'attached', timeout: 30_000 });
  timings.report.push(Date.now() - opened);
  bytes.app = await scriptBytes();
  if (failures.length) console.log(`  load ${i + 1}: console errors: ${failures.join(' | ')}`);
  await context.close();
}
await browser.close();

const row = (label, list) => {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} p50 ${String(pct(sorted, 50)).padStart(5)} ms  p95 ${String(pct(sorted, 95)).padStart(5)} ms  (${sorted.join(', ')} ms)`);
};
console.log(`\nAdmin at ${admin}, ${loads} cold loads each:`);
row('login page to interactive', timings.login);
row('sign-in to dashboard', timings.dashboard);
row('report fully rendered', timings.report);
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
console.log(`JavaScript fetched: login page ${kb(bytes.login)}, login + dashboard + report ${kb(bytes.app)} (uncompressed)`);
