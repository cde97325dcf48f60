// Real-browser test of the role pipeline board: a role made by hand with two shortlisted
// candidates (set up through the API); the recruiter drags a card to a stage the pipeline does not
// allow (it snaps back with a message), drags it to "Submitted" and fills the "Submit to client"
// form, drags the other card to "Rejected" with a reason. The ranked pool says what would change
// for every row. Fails on any console error or GraphQL error (the expected snap-back makes no request).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dragCard, failWithScreenshot, shortlistedContractor, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const ADMIN = ['admin@orchestra.local', 'orchestra-admin-demo'];
const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3316, adminPort: 4316 });
});
after(async () => {
  await stack?.stop();
});

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A role on the first demo engagement, a client contact, two shortlisted contractors. */
async function setUp() {
  const admin = (await stack.login(...ADMIN)).accessToken;
  const recruiter = (await stack.login(...RECRUITER)).accessToken;
  const { allEngagements } = await stack.gql(recruiter, `{ allEngagements(perPage: 1) { id clientId } }`);
  const [engagement] = allEngagements;
  const { createContact } = await stack.gql(
    admin,
    `mutation($clientId: ID!) { createContact(clientId: $clientId, name: "Petra Pipeline", email: "petra.pipeline@client.example", title: "Head of Platform") { id name } }`,
    { clientId: engagement.clientId },
  );
  const { createRole } = await stack.gql(
    recruiter,
    `mutation($engagementId: ID!, $startDate: String) {
       createRole(engagementId: $engagementId, title: "Pipeline board engineer", optionType: AUGMENTATION, requiredSkills: [], seniority: SENIOR,
                  startDate: $startDate, allocation: 80, budgetMaxMinor: 70000, durationWeeks: 12) { id title } }`,
    { engagementId: engagement.id, startDate: day(14) },
  );
  const people = [];
  for (const [name, rate, late] of [
    ['Barbara Liskov', 65000, 0],
    ['Edsger Dijkstra', 77000, 7],
  ]) {
    people.push(await shortlistedContractor(stack, recruiter, createRole.id, { name, rate, availableFrom: day(14 + late), domain: 'pipeline.example' }));
  }
  return { recruiter, role: createRole, contact: createContact, people };
}

test('the recruiter drags matches across the pipeline: an illegal move snaps back, submit to client, reject with a reason', async () => {
  const { recruiter, role, contact, people } = await setUp();
  const [barbara, edsger] = people;
  const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // The dashboard's "My pipeline": the two shortlisted matches are mine.
    await page.getByText('My pipeline (2)').waitFor({ timeout: UI_TIMEOUT_MS });

    await page.goto(`${stack.adminUrl}/#/Role/${role.id}/show/pool`);
    const ranking = page.getByRole('table', { name: 'Ranked candidates' });
    await ranking.waitFor({ timeout: UI_TIMEOUT_MS });
    // "What would change" is filled for every row of the first page (it said "—" for all before).
    await ranking.locator('tbody tr').first().waitFor({ timeout: UI_TIMEOUT_MS });
    const rows = await ranking.locator('tbody tr').all();
    assert.ok(rows.length > 0, 'ranked rows');
    for (const row of rows) {
      const cells = await row.getByRole('cell').allTextContents();
      assert.notEqual(cells[4].trim(), '—', `what would change for ${cells[1]}`);
      assert.match(cells[4], /: (would rank \d+(st|nd|rd|th)|score \+[\d.]+)$|^Nothing to change/, `what would change for ${cells[1]}`);
    }

    await page.getByRole('tab', { name: 'Pipeline' }).click();
    const column = (stage) => page.getByRole('region', { name: `${stage} column` });
    const handle = (name) => page.getByRole('button', { name: `Drag ${name} to another stage` });
    await column('Shortlisted').getByLabel(barbara.name, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    for (const stage of ['Suggested', 'Shortlisted', 'Submitted', 'Interviewing', 'Offered', 'Placed', 'Rejected', 'Withdrawn']) await column(stage).waitFor();

    // Shortlisted → Offered skips two stages: refused on the spot, the card stays where it was.
    await dragCard(page, handle(barbara.name), column('Offered'));
    await page.getByText(`${barbara.name}: A match cannot go from Shortlisted to Offered: next is Submitted, Rejected or Withdrawn.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await column('Shortlisted').getByLabel(barbara.name, { exact: true }).waitFor();
    assert.equal(await column('Offered').getByLabel(barbara.name, { exact: true }).count(), 0);

    // Shortlisted → Submitted: the "Submit to client" form, validated, then sent.
    await dragCard(page, handle(barbara.name), column('Submitted'));
    const dialog = page.getByRole('dialog', { name: `Submit ${barbara.name} to the client` });
    await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
    await dialog.getByRole('button', { name: 'Submit to client' }).click();
    await dialog.getByText('Pick at least one contact.').waitFor();
    await dialog.getByRole('checkbox', { name: `${contact.name} (Head of Platform)` }).check();
    await dialog.getByRole('textbox', { name: /Note to the client/ }).fill('Ran two platform migrations; free from the start date.');
    await dialog.getByRole('button', { name: 'Submit to client' }).click();
    await page.getByText(`${barbara.name}: submitted.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await dialog.waitFor({ state: 'detached' });
    await column('Submitted').getByLabel(barbara.name, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });

    // Shortlisted → Rejected asks why.
    await dragCard(page, handle(edsger.name), column('Rejected'));
    const reject = page.getByRole('dialog', { name: `Reject ${edsger.name}` });
    await reject.waitFor({ timeout: UI_TIMEOUT_MS });
    await reject.getByRole('textbox', { name: 'Reason' }).fill('Client needs someone on the start date.');
    await reject.getByRole('button', { name: 'Reject' }).click();
    await page.getByText(`${edsger.name}: rejected.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await column('Rejected').getByLabel(edsger.name, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });

    // What the API recorded.
    const { Match } = await stack.gql(recruiter, `query($id: ID!) { Match(id: $id) { stage submittedContactIds submissionNote stageChanges { toStage reason } } }`, { id: barbara.matchId });
    assert.deepEqual(Match, {
      stage: 'SUBMITTED',
      submittedContactIds: [contact.id],
      submissionNote: 'Ran two platform migrations; free from the start date.',
      stageChanges: [
        { toStage: 'SHORTLISTED', reason: null },
        { toStage: 'SUBMITTED', reason: `Submitted to ${contact.name}: Ran two platform migrations; free from the start date.` },
      ],
    });
    const rejected = await stack.gql(recruiter, `query($id: ID!) { Match(id: $id) { stage stageChanges { reason } } }`, { id: edsger.matchId });
    assert.equal(rejected.Match.stage, 'REJECTED');
    assert.equal(rejected.Match.stageChanges.at(-1).reason, 'Client needs someone on the start date.');
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    console.error(watcher.problems().join('\n'));
    await failWithScreenshot(stack, page, 'pipeline', e);
  } finally {
    await page.close();
  }
});
