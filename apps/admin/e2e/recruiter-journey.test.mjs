// Real-browser journey of the talent pool: a consultant's accepted recommendation drafts a role
// (set up through the API); the recruiter opens it, reads the breakdown of the top candidate,
// shortlists them and moves them through the pipeline to placed: the role is FILLED and its gap
// ADDRESSED. A second test walks the recruiter's other screens (candidates, a candidate, the
// import, the dashboard) and fails on any console error or failed GraphQL request.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { failWithScreenshot, searchList, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const CONSULTANT = ['consultant@orchestra.local', 'orchestra-consultant-demo'];
const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];
const FACTOR_LABELS = ['Skills', 'Seniority', 'Availability', 'Budget', 'Time zone'];

let stack;
/** What the setup made: the drafted role and the candidate tailored to it. */
const made = {};

before(async () => {
  stack = await startStack({ apiPort: 3313, adminPort: 4313, worker: true });
});
after(async () => {
  await stack?.stop();
});

/** With E2E_SHOTS=dir, a full-page screenshot at each step (to look at the screens). */
let shot = 0;
async function snap(page, name) {
  if (!process.env.E2E_SHOTS) return;
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${process.env.E2E_SHOTS}/${String(++shot).padStart(2, '0')}-${name}.png`, fullPage: true });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const fail = (page, name, e) => failWithScreenshot(stack, page, name, e);

/**
 * As the consultant (API): close the demo's open assessment with submitted responses, wait for
 * the worker to score it, accept the Augmentation (or Hire) option of a gap: a role is drafted.
 * As the recruiter (API): one candidate tailored to that role.
 */
async function setUp() {
  const consultant = (await stack.login(...CONSULTANT)).accessToken;
  const { allAssessments } = await stack.gql(consultant, `{ allAssessments(filter: { status: OPEN }, perPage: 50) { id title engagementId clientId progress { submitted } } }`);
  const assessment = allAssessments.find((a) => a.progress.submitted > 0);
  assert.ok(assessment, `an OPEN demo assessment with submitted responses (${JSON.stringify(allAssessments)})`);
  await stack.gql(consultant, `mutation($id: ID!, $k: String) { closeAssessment(id: $id, reason: "Enough responses to score", idempotencyKey: $k) { id status } }`, { id: assessment.id, k: randomUUID() });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { Assessment } = await stack.gql(consultant, `query($id: ID!) { Assessment(id: $id) { status } }`, { id: assessment.id });
    if (Assessment.status === 'SCORED') break;
    if (Date.now() > deadline) throw new Error(`assessment ${assessment.title} still ${Assessment.status} after 60 s`);
    await sleep(250);
  }
  const { assessmentReport } = await stack.gql(
    consultant,
    `query($id: ID!) { assessmentReport(assessmentId: $id) { gaps { id status capability { name } recommendations { id option rank state } } } }`,
    { id: assessment.id },
  );
  const pick = (option) =>
    assessmentReport.gaps.flatMap((g) => g.recommendations.filter((r) => r.option === option && r.state === 'PROPOSED').map((r) => ({ gap: g, recommendation: r })))[0];
  const chosen = pick('AUGMENTATION') ?? pick('HIRE');
  assert.ok(chosen, `a gap with an Augmentation or Hire option (${JSON.stringify(assessmentReport.gaps.map((g) => g.recommendations.map((r) => r.option)))})`);
  await stack.gql(consultant, `mutation($id: ID!, $k: String) { acceptRecommendation(id: $id, idempotencyKey: $k, note: "Staff it for a quarter.") { id state } }`, {
    id: chosen.recommendation.id,
    k: randomUUID(),
  });
  const { allRoles } = await stack.gql(
    consultant,
    `query($gapId: ID) { allRoles(filter: { gapId: $gapId }) { id title clientId optionType seniority startDate permanent durationWeeks allocation budgetMinMinor budgetMaxMinor currency minOverlapHours status gapStatus requiredSkills { skillId skill minLevel mustHave weight } } }`,
    { gapId: chosen.gap.id },
  );
  assert.equal(allRoles.length, 1, 'one role drafted for the gap');
  const role = allRoles[0];
  // Drafted roles start as DRAFT: the recruiter reviews the draft and opens it, and only then is it matched.
  assert.equal(role.status, 'DRAFT');
  assert.equal(role.gapStatus, 'OPEN');
  const { Client } = await stack.gql(consultant, `query($id: ID!) { Client(id: $id) { name timeZone } }`, { id: role.clientId });

  const recruiter = (await stack.login(...RECRUITER)).accessToken;
  const { updateRole } = await stack.gql(recruiter, `mutation($id: ID!) { updateRole(id: $id, status: OPEN) { status } }`, { id: role.id });
  assert.equal(updateRole.status, 'OPEN');
  role.status = 'OPEN';
  const permanent = role.permanent;
  const dayRate = role.budgetMinMinor != null && role.budgetMaxMinor != null ? Math.round((role.budgetMinMinor + role.budgetMaxMinor) / 2) : (role.budgetMinMinor ?? 65_000);
  const { createCandidate } = await stack.gql(
    recruiter,
    `mutation($kind: CandidateKind!, $name: String!, $email: String!, $timeZone: String!, $seniority: Seniority!, $skills: [CandidateSkillInput!],
              $availableFrom: String!, $allocation: Int, $dayRateMinor: Int, $salaryMinor: Int, $currency: String, $consentBasis: ConsentBasis!,
              $consentGivenAt: String, $consentExpiresAt: String, $lastContactAt: String, $location: String, $cvText: String, $tags: [String!]) {
       createCandidate(kind: $kind, name: $name, email: $email, timeZone: $timeZone, seniority: $seniority, skills: $skills, availableFrom: $availableFrom,
                       allocation: $allocation, dayRateMinor: $dayRateMinor, salaryMinor: $salaryMinor, currency: $currency, consentBasis: $consentBasis,
                       consentGivenAt: $consentGivenAt, consentExpiresAt: $consentExpiresAt, lastContactAt: $lastContactAt, location: $location, cvText: $cvText, tags: $tags) {
         id name consentValid
       }
     }`,
    {
      kind: permanent ? 'PERMANENT_SEEKER' : 'CONTRACTOR',
      name: 'Margaret Hamilton',
      email: 'margaret.hamilton@e2e.example',
      timeZone: Client.timeZone ?? 'Europe/Berlin',
      seniority: role.seniority,
      skills: role.requiredSkills.map((s) => ({ skillId: s.skillId, level: Math.min(5, s.minLevel + 1), evidence: 'Led it on two engagements.' })),
      availableFrom: role.startDate ?? day(0),
      allocation: 100,
      dayRateMinor: permanent ? null : dayRate,
      salaryMinor: permanent ? (role.budgetMinMinor ?? 9_000_000) : null,
      currency: role.currency,
      consentBasis: 'CONSENT',
      consentGivenAt: new Date(Date.now() - 86_400_000).toISOString(),
      consentExpiresAt: new Date(Date.now() + 700 * 86_400_000).toISOString(),
      lastContactAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      location: 'Berlin',
      cvText: `Independent ${role.requiredSkills.map((s) => s.skill).join(', ')} engineer.`,
      tags: ['e2e'],
    },
  );
  assert.equal(createCandidate.consentValid, true);
  Object.assign(made, { role, candidate: createCandidate, client: Client, gap: chosen.gap, option: chosen.recommendation.option });
}

test('a recruiter fills a role drafted by an accepted recommendation: breakdown, shortlist, submit, interview, offer, place', async () => {
  const t0 = performance.now();
  await setUp();
  const tSetup = performance.now();
  console.log(`setup: role “${made.role.title}” (${made.option}) for gap ${made.gap.capability.name}, candidate ${made.candidate.name} — ${(tSetup - t0).toFixed(0)} ms`);

  const page = await stack.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    // Roles → the drafted role (open roles first; search by title as a user would).
    await page.getByRole('menuitem', { name: 'Roles' }).click();
    await searchList(page, page.getByPlaceholder('Search'), made.role.title);
    await page.getByRole('cell', { name: made.role.title }).first().click();
    await page.getByRole('heading', { name: made.role.title, exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByTestId('role-status').getByText('Open').waitFor();
    await page.getByTestId('gap-status').getByText('Open').waitFor();
    await snap(page, 'role-open');

    // The ranked pool: the top candidate's breakdown, factor by factor.
    await page.getByRole('tab', { name: 'Ranked pool' }).click();
    const ranking = page.getByRole('table', { name: 'Ranked candidates' });
    await ranking.waitFor({ timeout: UI_TIMEOUT_MS });
    const top = ranking.getByRole('row', { name: /^1\. / });
    const topName = (await top.getAttribute('aria-label')).replace(/^1\. /, '');
    console.log(`top candidate: ${topName}, score ${await top.getByLabel(/^Score \d/).textContent()}`);
    await ranking.getByRole('row', { name: /\. Margaret Hamilton$/ }).waitFor();
    await snap(page, 'ranked-pool');
    for (const label of FACTOR_LABELS) {
      const meter = top.getByRole('meter', { name: label });
      await meter.waitFor();
      const now = Number(await meter.getAttribute('aria-valuenow'));
      const max = Number(await meter.getAttribute('aria-valuemax'));
      assert.ok(now >= 0 && now <= max && max > 0, `${label}: ${now} of ${max} points`);
      assert.match(await meter.getAttribute('aria-valuetext'), new RegExp(`^${label}: [\\d.]+ of [\\d.]+ points`));
    }
    const breakdown = top.getByRole('list', { name: 'Score breakdown' });
    for (const label of FACTOR_LABELS) await breakdown.getByText(label, { exact: true }).waitFor();
    assert.ok((await breakdown.getByText(/^\d+\.\d \/ \d+\.\d$/).count()) >= FACTOR_LABELS.length, 'each factor shows its points');

    // Shortlist the top candidate.
    await top.getByRole('button', { name: `Shortlist ${topName}` }).click();
    await page.getByText(`${topName} is shortlisted.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await ranking.getByRole('row', { name: `1. ${topName}` }).getByText('Shortlisted').waitFor({ timeout: UI_TIMEOUT_MS });

    // The pipeline: Submit → Interviewing → Offered → Placed.
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    const column = (stage) => page.getByRole('region', { name: `${stage} column` });
    const card = (stage) => column(stage).locator(`[aria-label="${topName}"]`);
    await card('Shortlisted').waitFor({ timeout: UI_TIMEOUT_MS });
    await snap(page, 'pipeline');
    // Submitting asks whom (contacts of the role's client) and with what note.
    await page.getByRole('button', { name: `Submit ${topName}` }).click();
    const submit = page.getByRole('dialog', { name: `Submit ${topName} to the client` });
    await submit.waitFor();
    await submit.getByRole('checkbox').first().check({ timeout: UI_TIMEOUT_MS });
    await submit.getByRole('textbox', { name: /Note to the client/ }).fill('Strongest fit on every factor.');
    await submit.getByRole('button', { name: 'Submit to client' }).click();
    await page.getByText(`${topName}: submitted.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await card('Submitted').waitFor({ timeout: UI_TIMEOUT_MS });
    for (const [button, stage] of [
      ['Interview', 'Interviewing'],
      ['Offer', 'Offered'],
    ]) {
      const from = performance.now();
      await page.getByRole('button', { name: `${button} ${topName}` }).click();
      await page.getByText(`${topName}: ${stage.toLowerCase()}.`).waitFor({ timeout: UI_TIMEOUT_MS });
      await card(stage).waitFor({ timeout: UI_TIMEOUT_MS });
      console.log(`move to ${stage}: ${(performance.now() - from).toFixed(0)} ms`);
    }
    await card('Offered').getByRole('button', { name: `Place ${topName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Place ${topName}` });
    await dialog.waitFor();
    await snap(page, 'place-dialog');
    const start = dialog.getByLabel('Start date');
    assert.equal(await start.inputValue(), made.role.startDate ?? day(0), 'the placement starts when the role does');
    const rate = dialog.getByLabel('Rate');
    if (!(await rate.inputValue())) await rate.fill('650');
    assert.equal(await dialog.getByLabel('Currency').inputValue(), made.role.currency);
    await dialog.getByRole('button', { name: 'Place' }).click();
    await page.getByText(`${topName}: placed.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await dialog.waitFor({ state: 'detached' });
    await card('Placed').waitFor({ timeout: UI_TIMEOUT_MS });

    // The outcome on the role page.
    await page.getByTestId('role-status').getByText('Filled').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByTestId('gap-status').getByText('Addressed').waitFor({ timeout: UI_TIMEOUT_MS });
    // …and after a reload, from the API.
    await page.reload();
    await page.getByTestId('role-status').getByText('Filled').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByTestId('gap-status').getByText('Addressed').waitFor();
    await snap(page, 'role-filled');
    made.placed = topName;
    console.log(`journey in the browser: ${(performance.now() - tSetup).toFixed(0)} ms (total ${(performance.now() - t0).toFixed(0)} ms)`);
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    console.error(watcher.problems().join('\n'));
    await fail(page, 'recruiter-journey', e);
  } finally {
    await page.close();
  }
});

test('the recruiter’s other screens answer without errors: candidates, a candidate, the import, the dashboard', async () => {
  const page = await stack.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    // The dashboard's recruiter widgets.
    await page.getByText('Open roles by age').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByText('Consent expiring').first().waitFor();
    await page.getByText('Placements and retention').first().waitFor();
    await snap(page, 'dashboard');

    // Candidates: the list, then one candidate, each tab.
    await page.getByRole('menuitem', { name: 'Candidates' }).click();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await searchList(page, page.getByPlaceholder('Name or e-mail'), 'Hamilton');
    await page.getByRole('cell', { name: 'Margaret Hamilton' }).click();
    await page.getByRole('heading', { name: 'Margaret Hamilton', exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByText('margaret.hamilton@e2e.example').waitFor();
    await snap(page, 'candidate-profile');
    await page.getByRole('tab', { name: 'Availability' }).click();
    if (made.placed === 'Margaret Hamilton') {
      // The placement of the journey, on the role it filled.
      const placements = page.getByRole('table', { name: 'Placements' });
      await placements.getByRole('link', { name: made.role.title }).waitFor({ timeout: UI_TIMEOUT_MS });
      await placements.getByRole('cell', { name: made.role.startDate }).waitFor();
    }
    await snap(page, 'candidate-availability');
    await page.getByRole('tab', { name: 'Matches' }).click();
    if (made.placed === 'Margaret Hamilton') await page.getByRole('row', { name: new RegExp(`${made.role.title.replace(/[()]/g, '\\$&')}.*Placed`) }).waitFor({ timeout: UI_TIMEOUT_MS });
    await snap(page, 'candidate-matches');
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('New note').fill('Placed through the e2e journey; check in after the first week.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('list', { name: 'Notes' }).getByText('Placed through the e2e journey', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    await snap(page, 'candidate-notes');

    // The import: a file with one good and one bad row is reported row by row; the good one alone imports.
    await page.goto(`${stack.adminUrl}/#/Candidate`);
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByText('Import candidates from CSV').waitFor({ timeout: UI_TIMEOUT_MS });
    const header = 'name,email,kind,seniority,timeZone,availableFrom,allocation,dayRateMinor,currency,skills,consentBasis,consentGivenAt,consentExpiresAt';
    const good = `Katherine Johnson,katherine.johnson@e2e.example,CONTRACTOR,SENIOR,Europe/Paris,${day(10)},100,70000,EUR,Kubernetes:4;Go:3,CONSENT,${day(-1)},${day(600)}`;
    const bad = `Nobody,not-an-email,ROBOT,SENIOR,Mars/Olympus,someday,100,70000,EUR,Kubernetes:9,CONSENT,${day(-1)},${day(600)}`;
    await page.getByLabel('CSV file').setInputFiles({ name: 'two.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${good}\n${bad}\n`) });
    await page.getByText('1 row rejected: the import leaves them out', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    await snap(page, 'import-rejected');
    await page.getByLabel('CSV file').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${good}\n`) });
    await page.getByRole('button', { name: 'Import 1 candidate' }).click();
    await page.getByText('Imported 1 candidate.').waitFor({ timeout: UI_TIMEOUT_MS });
    await snap(page, 'import-done');
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    console.error(watcher.problems().join('\n'));
    await fail(page, 'recruiter-screens', e);
  } finally {
    await page.close();
  }
});
