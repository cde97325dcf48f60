// Real-browser walk of every screen: each seeded role (ADMIN, CONSULTANT, RECRUITER, CLIENT) signs
// in and opens every entry of its menu, the first record of each list and every tab of that record;
// then the respondent's link of the demo's open assessment. On each screen it looks for console
// errors, failed GraphQL requests, raw enum codes and ISO timestamps in the visible text, screens
// stuck loading and horizontal overflow at 1280 px, and takes a full-page screenshot into
// var/screens/<role>/ (git-ignored). It fails once, at the end, listing every problem found.
/* global document, NodeFilter, getComputedStyle -- the functions passed to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { diagnose, requestsOf, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENS_DIR = join(root, 'var/screens');


const USERS = [
  { role: 'ADMIN', email: 'admin@orchestra.local', password: 'orchestra-admin-demo' },
  { role: 'CONSULTANT', email: 'consultant@orchestra.local', password: 'orchestra-consultant-demo' },
  { role: 'RECRUITER', email: 'recruiter@orchestra.local', password: 'orchestra-recruiter-demo' },
  { role: 'CLIENT', email: 'cto@northwind.example', password: 'orchestra-client-demo' },
];

const VIEWPORT = { width: 1280, height: 900 };

/**
 * Codes that are also words written in capitals in ordinary text, so they cannot tell a raw code
 * from prose: "CTO" (RespondentRole) is the job title a contact or a respondent carries.
 */
const CODES_ALSO_WORDS = new Set(['CTO']);

/** Every enum code the API can send: the keys of the shared labels, plus the workflow kinds. */
async function enumCodes() {
  const shared = await import(resolve(root, 'libs/shared/dist/index.js'));
  const codes = new Set(shared.WORKFLOW_KINDS);
  for (const labels of Object.values(shared.ENUM_LABELS)) for (const code of Object.keys(labels)) codes.add(code);
  return [...codes].filter((c) => !CODES_ALSO_WORDS.has(c)).sort((a, b) => b.length - a.length);
}

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50) || 'screen';

/**
 * The text a person reads: visible text nodes, outside form fields (their values are what someone
 * typed or picked, not the screen's words). Text shown in capitals by CSS is returned apart, since
 * "Open" on a button reads OPEN there: only codes with an underscore can be told apart in it.
 */
function visibleText() {
  const plain = [];
  const capitals = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('script, style, noscript, input, textarea, select, [contenteditable="true"]')) continue;
    if (!parent.checkVisibility({ visibilityProperty: true })) continue;
    (getComputedStyle(parent).textTransform === 'uppercase' ? capitals : plain).push(text);
  }
  return { plain: plain.join('\n'), capitals: capitals.join('\n') };
}

let stack;
let codes;
before(async () => {
  stack = await startStack({ apiPort: 3319, adminPort: 4319, worker: true });
  codes = await enumCodes();
});
after(async () => {
  await stack?.stop();
});

test('every menu entry of every role, the first record of each list and the respondent link show no problem', async () => {
  /** { screen, kind, text } */
  const problems = [];
  const shots = [];

  /** One browser context per person (its own cookies), at 1280 px, watched from the start. */
  async function open(person) {
    const context = await stack.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const state = { screen: `${person}/sign-in`, n: 0 };
    watchPage(page, (kind, text) => problems.push({ screen: state.screen, kind, text }));
    const requests = requestsOf(page);
    rmSync(join(SCREENS_DIR, person), { recursive: true, force: true });
    mkdirSync(join(SCREENS_DIR, person), { recursive: true });
    return { context, page, state, requests, person };
  }

  /** Waits until the screen has loaded: no request in flight, no spinner or skeleton left. */
  async function settle(s) {
    await s.requests.idle();
    try {
      await s.page.waitForFunction(
        () => ![...document.querySelectorAll('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root')].some((el) => el.checkVisibility()),
        undefined,
        { timeout: UI_TIMEOUT_MS, polling: 100 },
      );
    } catch {
      problems.push({ screen: s.state.screen, kind: 'loading', text: `still loading after ${UI_TIMEOUT_MS / 1000} s` });
    }
    await s.requests.idle();
  }

  /** Names the screen, waits for it, checks it and takes its screenshot. */
  async function check(s, name) {
    s.state.n += 1;
    s.state.screen = `${s.person}/${String(s.state.n).padStart(2, '0')}-${slug(name)}`;
    await settle(s);
    const found = (kind, text) => problems.push({ screen: s.state.screen, kind, text });
    const { plain, capitals } = await s.page.evaluate(visibleText);
    const lines = plain.split('\n');
    for (const code of codes) {
      const word = new RegExp(`(?<![A-Za-z0-9_])${code}(?![A-Za-z0-9_])`);
      for (const line of lines) if (word.test(line)) found('raw code', `${code} in “${line.slice(0, 120)}”`);
      if (code.includes('_') && word.test(capitals)) found('raw code', `${code} in capitals`);
    }
    for (const line of lines) {
      if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(line)) found('ISO timestamp', `“${line.slice(0, 120)}”`);
      // The house writes days one way ("3 March 2027", formatDay / DATE_FORMAT_OPTIONS), never 2027-03-03.
      else if (/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/.test(line)) found('ISO date', `“${line.slice(0, 120)}”`);
      // …nor the browser's numeric default (react-admin's DateField, toLocaleDateString()): 12/2/2026 reads two ways.
      if (/(?<![\w/])\d{1,2}\/\d{1,2}\/\d{4}(?![\w/])/.test(line)) found('numeric date', `“${line.slice(0, 120)}”`);
    }
    const { scrollWidth, clientWidth } = await s.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    if (scrollWidth > clientWidth) found('overflow', `page is ${scrollWidth} px wide in a ${clientWidth} px window`);
    const path = join(SCREENS_DIR, `${s.state.screen}.png`);
    await s.page.screenshot({ path, fullPage: true });
    shots.push(path);
  }

  /** Every tab of the record page on screen (the first is already checked as the page itself). */
  async function walkTabs(s, name) {
    const tabs = s.page.locator('#main-content [role="tab"]');
    const labels = await tabs.allTextContents();
    for (let i = 1; i < labels.length; i++) {
      if (await tabs.nth(i).isDisabled()) continue;
      await tabs.nth(i).click();
      // The router moves in a transition: the tab is selected when its content has rendered.
      await s.page.waitForFunction((n) => document.querySelectorAll('#main-content [role="tab"]')[n]?.getAttribute('aria-selected') === 'true', i, { timeout: UI_TIMEOUT_MS });
      await check(s, `${name} tab ${labels[i]}`);
    }
  }

  /** Opens the first record of the list on screen, when there is one, and walks its tabs. */
  async function openFirstRecord(s, name) {
    const row = s.page.locator('#main-content tbody tr.RaDatagrid-clickableRow').first();
    if ((await row.count()) === 0) return;
    // A cell without a link or button of its own: a click there is the row's click.
    const cell = await row.evaluate((tr) => [...tr.cells].findIndex((td) => !td.querySelector('a, button, input')));
    if (cell < 0) return;
    const before = s.page.url();
    const clicked = await row.elementHandle();
    await row.locator('td').nth(cell).click();
    await s.page.waitForURL((url) => url.href !== before, { timeout: UI_TIMEOUT_MS });
    // The router moves in a transition: the list stays on screen until the record page renders.
    // Wait for the row clicked to go, not for "the first row" to: a record page with a list of its
    // own (a framework's areas) has one at once, and its first row never went (CI, twice).
    await s.page.waitForFunction((tr) => !tr.isConnected, clicked, { timeout: UI_TIMEOUT_MS });
    await clicked.dispose();
    await check(s, `${name} first record`);
    await walkTabs(s, `${name} record`);
  }

  for (const user of USERS) {
    const s = await open(user.role);
    try {
      await signIn(s.page, stack.adminUrl, user.email, user.password);
      const menu = s.page.locator('.RaSidebar-fixed [role="menuitem"]');
      await menu.first().waitFor({ timeout: UI_TIMEOUT_MS });
      await settle(s);
      const entries = await menu.evaluateAll((items) => items.map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
      assert.ok(entries.length > 1, `${user.role} has a menu (${JSON.stringify(entries)})`);
      console.log(`${user.role}: ${entries.map((e) => e.text).join(', ')}`);
      for (const entry of entries) {
        await s.page.locator(`.RaSidebar-fixed [role="menuitem"][href="${entry.href}"]`).click();
        await s.page.waitForURL((url) => url.hash === entry.href || url.hash.startsWith(`${entry.href}?`), { timeout: UI_TIMEOUT_MS });
        // The router moves in a transition: the entry is marked active once its screen has rendered.
        await s.page.locator(`.RaSidebar-fixed [role="menuitem"][href="${entry.href}"].RaMenuItemLink-active`).waitFor({ timeout: UI_TIMEOUT_MS });
        await check(s, entry.text);
        await openFirstRecord(s, entry.text);
      }
    } catch (e) {
      problems.push({ screen: s.state.screen, kind: 'walk stopped', text: `${String(e?.message ?? e).split('\n')[0]} ${diagnose(s.page)}` });
    } finally {
      await s.context.close();
    }
  }

  // The respondent's link: no account, the welcome step, then the first area.
  assert.ok(stack.respondentLinkPath, 'the seed printed the link of an open invitation');
  const s = await open('RESPONDENT');
  try {
    await s.page.goto(`${stack.adminUrl}${stack.respondentLinkPath}`);
    const start = s.page.getByRole('button', { name: /^(Start|Continue where you left off)$/ });
    await start.waitFor({ timeout: UI_TIMEOUT_MS });
    await check(s, 'welcome');
    await start.click();
    await s.page.getByText(/^Area 1 of \d+$/).waitFor({ timeout: UI_TIMEOUT_MS });
    await check(s, 'first area');
  } catch (e) {
    problems.push({ screen: s.state.screen, kind: 'walk stopped', text: `${String(e?.message ?? e).split('\n')[0]} ${diagnose(s.page)}` });
  } finally {
    await s.context.close();
  }

  console.log(`${shots.length} screens; screenshots in ${relative(process.cwd(), SCREENS_DIR) || '.'} (${SCREENS_DIR})`);
  // The same text twice on a screen (two rows, say) is one line with its count.
  const lines = new Map();
  for (const p of problems) {
    const line = `${p.screen} · ${p.kind} · ${p.text}`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  const report = [...lines].map(([line, n]) => `  ${line}${n > 1 ? ` (×${n})` : ''}`).join('\n');
  assert.equal(problems.length, 0, `${problems.length} problems (screenshots in ${SCREENS_DIR}):\n${report}`);
});
