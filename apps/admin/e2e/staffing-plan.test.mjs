// Real-browser test of a staffing plan: an engagement with two open roles and two candidates where
// staffing role by role (greedy) leaves a role empty and the plan does not. The recruiter starts the
// plan from the engagement's Roles tab, waits for the worker to solve it, reads both sides and the
// reasons, accepts after the confirmation, finds it in the plan list, and the API shows both picks
// shortlisted. The skills (Elixir, Rust) are ones no demo candidate has, so the seeded pool cannot
// change the picks.
// Fails on any console error or GraphQL error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const CONSULTANT = ['consultant@orchestra.local', 'orchestra-consultant-demo'];
const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3320, adminPort: 4320, worker: true });
});
after(async () => {
  await stack?.stop();
});

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Ana knows Elixir (5) and Rust (4), Bo only Elixir (3). The Elixir role starts first, so greedy
 * gives it Ana and has nobody left for the Rust role; the plan puts Bo on Elixir and Ana on Rust.
 */
async function setUp() {
  // Engagements are the consultants' (a recruiter may not create one, and the owner is a consultant).
  const consultantLogin = await stack.login(...CONSULTANT);
  const consultant = consultantLogin.accessToken;
  const recruiter = (await stack.login(...RECRUITER)).accessToken;
  const { allClients } = await stack.gql(consultant, `{ allClients(perPage: 1, sortField: "name", sortOrder: "ASC") { id } }`);
  const { createEngagement } = await stack.gql(
    consultant,
    `mutation($c: ID!, $o: ID!) { createEngagement(clientId: $c, ownerId: $o, title: "Staffing plan journey", businessNeed: "Two services need owners.") { id } }`,
    { c: allClients[0].id, o: consultantLogin.user.id },
  );
  const skill = async (name) => {
    const { allSkills } = await stack.gql(recruiter, `query($q: String) { allSkills(filter: { q: $q }, perPage: 20) { id name } }`, { q: name });
    const found = allSkills.find((s) => s.name === name);
    assert.ok(found, `skill ${name}`);
    return found.id;
  };
  const [elixir, rust] = [await skill('Elixir'), await skill('Rust')];
  const candidate = async (name, skills) => {
    const { createCandidate } = await stack.gql(
      recruiter,
      `mutation($name: String!, $email: String!, $availableFrom: String!, $skills: [CandidateSkillInput!], $given: String, $expires: String) {
         createCandidate(kind: CONTRACTOR, name: $name, email: $email, timeZone: "Europe/Berlin", seniority: SENIOR, availableFrom: $availableFrom, skills: $skills,
                         allocation: 100, dayRateMinor: 60000, currency: "EUR", consentBasis: CONSENT, consentGivenAt: $given, consentExpiresAt: $expires, allowDuplicate: true) { id name } }`,
      {
        name,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}@staffing.example`,
        availableFrom: day(0),
        skills,
        given: new Date(Date.now() - 86_400_000).toISOString(),
        expires: new Date(Date.now() + 700 * 86_400_000).toISOString(),
      },
    );
    return createCandidate;
  };
  const ana = await candidate('Ana Polyglot', [
    { skillId: elixir, level: 5 },
    { skillId: rust, level: 4 },
  ]);
  const bo = await candidate('Bo Basic', [{ skillId: elixir, level: 3 }]);
  const role = async (title, skillId, start) => {
    const { createRole } = await stack.gql(
      recruiter,
      `mutation($e: ID!, $t: String!, $s: [RequiredSkillInput!]!, $start: String) {
         createRole(engagementId: $e, title: $t, optionType: AUGMENTATION, requiredSkills: $s, seniority: SENIOR, startDate: $start, currency: "EUR") { id title status } }`,
      { e: createEngagement.id, t: title, s: [{ skillId, minLevel: 3, mustHave: true, weight: 1 }], start },
    );
    assert.equal(createRole.status, 'OPEN');
    return createRole;
  };
  const elixirRole = await role('Elixir engineer', elixir, day(7));
  const rustRole = await role('Rust engineer', rust, day(8));
  return { recruiter, engagementId: createEngagement.id, ana, bo, elixirRole, rustRole };
}

test('the recruiter plans staffing from the engagement’s Roles tab, reads plan beside greedy, and accepts', async () => {
  const { recruiter, engagementId, ana, bo, elixirRole, rustRole } = await setUp();
  const page = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/Engagement/${engagementId}/show/roles`);
    await page.getByRole('cell', { name: 'Rust engineer' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Staffing plan' }).click();

    // The plan's page: solving, then both sides once the worker is done.
    await page.waitForURL(/#\/StaffingPlan\/[^/]+\/show/, { timeout: UI_TIMEOUT_MS });
    const planSide = page.getByRole('region', { name: 'The plan' });
    await planSide.waitFor({ timeout: UI_TIMEOUT_MS });
    await planSide.getByText('2 of 2').waitFor();
    await page.getByRole('region', { name: 'Greedy' }).getByText('1 of 2').waitFor();
    await page.getByText('Ready to review').first().waitFor();

    const table = page.getByRole('table', { name: 'Picks per role' });
    const row = (title) => table.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    const elixirCells = await row('Elixir engineer').getByRole('cell').allTextContents();
    assert.match(elixirCells[1], /^Bo Basic \(\d+\.\d\)$/, 'the plan puts Bo on Elixir');
    assert.match(elixirCells[2], /^Ana Polyglot \(\d+\.\d\)$/, 'greedy puts Ana on Elixir');
    assert.match(elixirCells[3], /Ana Polyglot goes to Rust engineer instead/);
    const rustCells = await row('Rust engineer').getByRole('cell').allTextContents();
    assert.match(rustCells[1], /^Ana Polyglot \(\d+\.\d\)$/);
    assert.equal(rustCells[2], 'Nobody');
    assert.match(rustCells[3], /Greedy had nobody left for this role/);

    // Accepting says what it will do first.
    await page.getByRole('button', { name: 'Accept plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept this staffing plan?' });
    await dialog.getByText('Shortlists 2 candidates across 2 roles; recorded as a decision on each engagement.').waitFor({ timeout: UI_TIMEOUT_MS });
    await dialog.getByRole('button', { name: 'Accept plan' }).click();
    await page.getByText('Plan accepted: its picks are shortlisted.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByText(/^Accepted .*: the plan’s picks are shortlisted on their roles\.$/).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await page.getByRole('button', { name: 'Accept plan' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Run again' }).count(), 0);

    // The list (from the menu) shows the plan accepted, with both sides' roles filled.
    await page.getByRole('menuitem', { name: 'Staffing plans' }).click();
    const listRow = page.locator('tbody tr').filter({ hasText: 'Accepted' }).first();
    await listRow.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match(await listRow.innerText(), /2 \/ 1/);

    // What the API recorded.
    const stageOf = async (roleId, candidateId) => {
      const { allMatches } = await stack.gql(recruiter, `query($r: ID!, $c: ID!) { allMatches(filter: { roleId: $r, candidateId: $c }) { stage } }`, { r: roleId, c: candidateId });
      return allMatches[0]?.stage;
    };
    assert.equal(await stageOf(elixirRole.id, bo.id), 'SHORTLISTED');
    assert.equal(await stageOf(rustRole.id, ana.id), 'SHORTLISTED');
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    console.error(watcher.problems().join('\n'));
    await failWithScreenshot(stack, page, 'staffing-plan', e);
  } finally {
    await page.close();
  }
});
