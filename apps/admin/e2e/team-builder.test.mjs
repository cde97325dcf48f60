// Real-browser journey of the team builder: the demo assessment is closed and scored, a consultant
// accepts a gap's specialist-team option (through the API), and the drafted roles are set to four
// skills nobody in the demo pool has. Three candidates make greedy and exact differ: Xavi covers
// two skills at level 5 (greedy takes him first, then one more: 3 of 4), Uma and Vic two each at
// level 3 (together: all 4). A RECRUITER opens the team builder from the engagement's Roles tab,
// sees both teams with their coverage, accepts the exact team after the confirmation and follows
// a link to a role it created. Fails on any console error or GraphQL error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3322, adminPort: 4322, worker: true });
});
after(async () => {
  await stack?.stop();
});

const CONSULTANT = ['consultant@orchestra.local', 'orchestra-consultant-demo'];
const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];
/** In the taxonomy, in no demo candidate's profile. */
const SKILLS = ['PHP', 'Rust', 'Elixir', 'Django'];

const isoDay = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Polls `check` (an async function answering a value or null) until it answers, or fails after `timeoutMs`. */
async function eventually(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Closes the demo assessment, waits for its scoring, accepts a specialist-team option with drafted roles; answers the option and its roles. */
async function acceptSpecialistTeam(token) {
  const { allAssessments } = await stack.gql(token, `{ allAssessments(perPage: 100) { id title status } }`);
  const assessment = allAssessments.find((a) => a.title === 'Platform baseline');
  assert.ok(assessment, 'the demo has the "Platform baseline" assessment');
  await stack.gql(token, `mutation($id: ID!) { closeAssessment(id: $id, reason: "Enough answers for the team builder's journey") { status } }`, { id: assessment.id });
  await eventually('the assessment is scored', async () => {
    const { Assessment } = await stack.gql(token, `query($id: ID!) { Assessment(id: $id) { status } }`, { id: assessment.id });
    return Assessment.status === 'SCORED';
  });
  const { allCapabilityGaps } = await stack.gql(
    token,
    `query($a: ID!) { allCapabilityGaps(filter: { assessmentId: $a }, perPage: 100, sortField: "severity", sortOrder: "DESC") { id severity recommendations { id option state } } }`,
    { a: assessment.id },
  );
  for (const gap of allCapabilityGaps) {
    const option = gap.recommendations.find((r) => r.option === 'SPECIALIST_TEAM' && r.state === 'PROPOSED');
    if (!option || gap.severity < 1.5) continue;
    const { acceptRecommendation } = await stack.gql(
      token,
      `mutation($id: ID!) { acceptRecommendation(id: $id, note: "A team covers the area's gaps together") { id draftedRoles { id engagementId title } } }`,
      { id: option.id },
    );
    if (acceptRecommendation.draftedRoles.length) return acceptRecommendation;
  }
  throw new Error('no severe gap of the demo assessment drafted specialist-team roles');
}

test('a recruiter builds the team from the Roles tab, sees exact beside greedy, accepts the exact team and opens a role it created', async () => {
  const consultant = await stack.login(...CONSULTANT);
  const option = await acceptSpecialistTeam(consultant.accessToken);
  const drafted = option.draftedRoles;
  const engagementId = drafted[0].engagementId;

  const recruiter = (await stack.login(...RECRUITER)).accessToken;
  const ids = {};
  for (const name of SKILLS) {
    const { allSkills } = await stack.gql(recruiter, `query($q: String) { allSkills(filter: { q: $q }, perPage: 20) { id name } }`, { q: name });
    ids[name] = allSkills.find((s) => s.name === name)?.id;
    assert.ok(ids[name], `the taxonomy has ${name}`);
  }
  // The request: four skills at level 3, weight 1, over the drafted roles (two each when there are two or more).
  const skill = (name) => ({ skillId: ids[name], minLevel: 3, mustHave: true, weight: 1 });
  const halves = drafted.length > 1 ? [SKILLS.slice(0, 2), SKILLS.slice(2)] : [SKILLS];
  for (const [i, role] of drafted.entries()) {
    await stack.gql(
      recruiter,
      `mutation($id: ID!, $skills: [RequiredSkillInput!]) { updateRole(id: $id, requiredSkills: $skills, startDate: "${isoDay(7)}", minOverlapHours: 0, budgetMaxMinor: 100000, currency: "EUR") { id } }`,
      { id: role.id, skills: (halves[i] ?? []).map(skill) },
    );
  }
  const CREATE = `mutation($name: String!, $email: String!, $skills: [CandidateSkillInput!]) {
    createCandidate(kind: CONTRACTOR, name: $name, email: $email, timeZone: "Europe/Berlin", seniority: SENIOR, skills: $skills, availableFrom: "${isoDay(0)}",
      allocation: 100, dayRateMinor: 70000, currency: "EUR", consentBasis: CONSENT, consentGivenAt: "${new Date(Date.now() - 30 * 86_400_000).toISOString()}",
      consentExpiresAt: "${new Date(Date.now() + 300 * 86_400_000).toISOString()}", allowDuplicate: true) { id } }`;
  for (const [name, levels] of [
    ['Xavi Wide', { Rust: 5, Elixir: 5 }],
    ['Uma Left', { PHP: 3, Rust: 3 }],
    ['Vic Right', { Elixir: 3, Django: 3 }],
  ]) {
    const email = `${name.toLowerCase().replace(' ', '.')}@talent.example`;
    await stack.gql(recruiter, CREATE, { name, email, skills: Object.entries(levels).map(([s, level]) => ({ skillId: ids[s], level })) });
  }

  const page = await stack.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    // From the engagement's Roles tab: one link per specialist-team option.
    await page.goto(`${stack.adminUrl}/#/Engagement/${engagementId}/show`);
    await page.getByRole('tab', { name: 'Roles' }).click();
    const link = page.getByRole('link', { name: 'Team builder' });
    await link.first().waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await link.count(), 1);
    await link.click();
    await page.getByRole('heading', { name: 'Team builder', level: 1 }).waitFor({ timeout: UI_TIMEOUT_MS });

    // A team of exactly two.
    const exact = page.getByRole('region', { name: 'Exact team' });
    const greedy = page.getByRole('region', { name: 'Greedy team' });
    await exact.waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByLabel('Smallest team').fill('2');
    await page.getByLabel('Largest team').fill('2');
    await page.getByRole('button', { name: 'Build again' }).click();
    await exact.getByText('Uma Left, Vic Right').waitFor({ timeout: UI_TIMEOUT_MS });
    await exact.getByText('100%').waitFor({ timeout: UI_TIMEOUT_MS });
    await greedy.getByText('75%').waitFor({ timeout: UI_TIMEOUT_MS });
    await greedy.getByText(/^Xavi Wide, /).waitFor();
    await page.getByText(/^Greedy covers at least 63% of the best possible weighted coverage for a team of 2/).waitFor();

    // The matrix of the exact team: a level where a member covers a skill.
    const matrix = page.getByRole('table', { name: 'Coverage matrix: exact team' });
    await matrix.getByRole('cell', { name: 'Uma Left: PHP at level 3' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await matrix.getByRole('cell', { name: 'Vic Right: Django at level 3' }).waitFor();
    assert.equal(await matrix.getByText('Uncovered').count(), 0);
    // The greedy team leaves a skill uncovered, flagged in its matrix.
    await page.getByRole('button', { name: 'Greedy team', exact: true }).click();
    await page.getByRole('table', { name: 'Coverage matrix: greedy team' }).getByText('Uncovered').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Exact team', exact: true }).click();
    await matrix.waitFor({ timeout: UI_TIMEOUT_MS });

    // Accept the exact team, after the confirmation.
    await page.getByRole('button', { name: 'Accept the exact team' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept the exact team?' });
    await dialog.getByText(/The roles this option drafted for the request are cancelled/).waitFor({ timeout: UI_TIMEOUT_MS });
    await dialog.getByRole('button', { name: 'Accept the team' }).click();
    const roles = page.getByRole('alert', { name: "The team's roles" });
    const created = roles.getByRole('link', { name: 'Specialist team member — PHP and Rust' });
    await created.waitFor({ timeout: UI_TIMEOUT_MS });
    await roles.getByRole('link', { name: 'Specialist team member — Elixir and Django' }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });

    // Follow a link to a role it created: open, with Uma shortlisted in its pipeline. (The builder's
    // own page names Uma too, so the check is on the role's Pipeline tab, not on any text.)
    await created.click();
    await page.waitForURL(/#\/Role\/[^/]+\/show$/, { timeout: UI_TIMEOUT_MS });
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await page.waitForURL(/#\/Role\/[^/]+\/show\/pipeline$/, { timeout: UI_TIMEOUT_MS });
    await page.getByRole('region', { name: 'Shortlisted column' }).getByLabel('Uma Left', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });

    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    await failWithScreenshot(stack, page, 'team-builder', e);
  } finally {
    await page.close();
  }
});
