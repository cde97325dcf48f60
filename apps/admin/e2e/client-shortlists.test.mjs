// Client shortlists in a real browser: the recruiter submits two candidates (one through the
// pipeline's "Submit to client" form with a summary for the client, one through the API); the
// CLIENT user opens Shortlists, sees both under aliases with nothing that names them, requests an
// interview for one and declines the other on budget; the recruiter sees both outcomes on the
// role's pipeline and gets the e-mails. Fails on any console error or GraphQL error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dragCard, failWithScreenshot, shortlistedContractor, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const ADMIN = ['admin@orchestra.local', 'orchestra-admin-demo'];
const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];
const CLIENT = ['cto@northwind.example', 'orchestra-client-demo'];

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3323, adminPort: 4323, worker: true });
});
after(async () => {
  await stack?.stop();
});

const fail = (page, name, e) => failWithScreenshot(stack, page, name, e);
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A datetime-local value `days` from now at `hour`:00, the browser's local time. */
const localSlot = (days, hour) => `${day(days)}T${String(hour).padStart(2, '0')}:00`;

/** A role on a Northwind engagement with a budget band, a client contact, two shortlisted contractors. */
async function setUp() {
  const admin = (await stack.login(...ADMIN)).accessToken;
  const recruiter = (await stack.login(...RECRUITER)).accessToken;
  const { allEngagements } = await stack.gql(recruiter, `{ allEngagements(perPage: 1, filter: { q: "Platform team rescue" }) { id clientId } }`);
  const [engagement] = allEngagements;
  const { createContact } = await stack.gql(
    admin,
    `mutation($clientId: ID!) { createContact(clientId: $clientId, name: "Sam Shortlist", email: "sam.shortlist@northwind.example", title: "Head of Platform") { id name } }`,
    { clientId: engagement.clientId },
  );
  const { createRole } = await stack.gql(
    recruiter,
    `mutation($engagementId: ID!, $startDate: String) {
       createRole(engagementId: $engagementId, title: "Shortlist platform engineer", optionType: AUGMENTATION, requiredSkills: [], seniority: SENIOR,
                  startDate: $startDate, allocation: 80, budgetMinMinor: 55000, budgetMaxMinor: 70000, durationWeeks: 12) { id title } }`,
    { engagementId: engagement.id, startDate: day(14) },
  );
  const people = [];
  for (const [name, rate, phone] of [
    ['Radia Perlman', 65000, '+44 20 7946 0101'],
    ['Butler Lampson', 82000, '+44 20 7946 0102'],
  ]) {
    people.push(await shortlistedContractor(stack, recruiter, createRole.id, { name, rate, phone, availableFrom: day(14), cvText: 'Ten years at Initech', domain: 'shortlist.example' }));
  }
  return { recruiter, role: createRole, contact: createContact, people };
}

test('the recruiter submits two candidates; the client requests an interview for one and declines the other on budget; the recruiter sees both', async () => {
  const { recruiter, role, contact, people } = await setUp();
  const [radia, butler] = people;

  // The recruiter submits Radia through the pipeline form, with a summary for the client; Butler through the API.
  const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
  const recruiterWatch = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/Role/${role.id}/show/pipeline`);
    const column = (stage) => page.getByRole('region', { name: `${stage} column` });
    await column('Shortlisted').getByLabel(radia.name, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    await dragCard(page, page.getByRole('button', { name: `Drag ${radia.name} to another stage` }), column('Submitted'));
    const dialog = page.getByRole('dialog', { name: `Submit ${radia.name} to the client` });
    await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
    await dialog.getByRole('checkbox', { name: `${contact.name} (Head of Platform)` }).check();
    await dialog.getByRole('textbox', { name: /Note to the client/ }).fill('Radia ran two platform migrations.');
    await dialog.getByRole('textbox', { name: "Summary for the client's shortlist" }).fill('Led two platform migrations to Kubernetes; calm with incidents; free from the start date.');
    await dialog.getByRole('button', { name: 'Submit to client' }).click();
    await page.getByText(`${radia.name}: submitted.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await column('Submitted').getByLabel(radia.name, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.deepEqual(recruiterWatch.problems(), []);
  } catch (e) {
    await fail(page, 'shortlists-submit', e);
  }
  await stack.gql(recruiter, `mutation($id: ID!, $c: [ID!]!) { submitToClient(id: $id, contactIds: $c, note: "Strong on delivery", summary: "Delivery lead for three product teams.") { id } }`, {
    id: butler.matchId,
    c: [contact.id],
  });
  const { allShortlistProfiles } = await stack.gql(recruiter, `query($r: ID!) { allShortlistProfiles(filter: { roleId: $r }) { id alias } }`, { r: role.id });
  const aliasOf = Object.fromEntries(allShortlistProfiles.map((p) => [p.id, p.alias]));
  const radiaAlias = aliasOf[radia.matchId];
  const butlerAlias = aliasOf[butler.matchId];
  assert.match(radiaAlias, /^Candidate [A-Z]-10$/);
  assert.match(butlerAlias, /^Candidate [A-Z]-11$/);

  // The client: Shortlists from the menu, both profiles, no names, no contact details, no CV.
  const client = await stack.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const clientWatch = watchPage(client);
  const slots = [localSlot(5, 10), localSlot(6, 14)];
  try {
    await signIn(client, stack.adminUrl, ...CLIENT);
    await client.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByRole('menuitem', { name: 'Shortlists' }).click();
    const row = (alias) => client.getByRole('row').filter({ hasText: alias });
    await row(radiaAlias).waitFor({ timeout: UI_TIMEOUT_MS });
    await row(butlerAlias).waitFor();
    assert.match(await row(radiaAlias).textContent(), /Shortlist platform engineer.*€650\/day, within the €550–€700 budget.*Not answered yet/);
    assert.match(await row(butlerAlias).textContent(), /€820\/day, 17% above the €550–€700 budget/);

    // Radia's profile: the summary, the reasons in words; an interview request with two times.
    await row(radiaAlias).click();
    await client.getByRole('heading', { name: radiaAlias, level: 1 }).waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByText('Led two platform migrations to Kubernetes; calm with incidents; free from the start date.').waitFor();
    await client.getByRole('region', { name: 'Why this candidate' }).getByText('Within budget at €650/day (budget €700)').waitFor();
    const body = await client.locator('body').textContent();
    for (const secret of ['Radia', 'Perlman', 'Butler', 'Lampson', 'shortlist.example', '+44', 'Initech']) assert.ok(!body.includes(secret), `the client's page shows "${secret}"`);
    await client.getByRole('button', { name: 'Request an interview' }).click();
    const interview = client.getByRole('dialog', { name: `Request an interview with ${radiaAlias}` });
    await interview.waitFor();
    await interview.getByLabel('Time 1', { exact: true }).fill(slots[0]);
    await interview.getByRole('button', { name: 'Add another time' }).click();
    await interview.getByRole('button', { name: 'Request interview' }).click();
    await interview.getByText('Fill in or remove the empty time.').waitFor();
    await interview.getByLabel('Time 2', { exact: true }).fill(slots[1]);
    await interview.getByRole('textbox', { name: /Note for the recruiter/ }).fill('Keen to meet her.');
    await interview.getByRole('button', { name: 'Request interview' }).click();
    await client.getByText(`${radiaAlias}: interview requested.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByRole('region', { name: 'Your answer' }).getByText(/^Interview requested · .* · Keen to meet her\./).waitFor({ timeout: UI_TIMEOUT_MS });

    // Butler's: declined on budget, with a note.
    await client.getByRole('menuitem', { name: 'Shortlists' }).click();
    await row(butlerAlias).click();
    await client.getByRole('heading', { name: butlerAlias, level: 1 }).waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByRole('button', { name: 'No', exact: true }).click();
    const decline = client.getByRole('dialog', { name: `Decline ${butlerAlias}` });
    await decline.getByRole('button', { name: 'Decline' }).click();
    await decline.getByText('Pick the closest reason.').waitFor();
    await decline.getByRole('radio', { name: 'Budget' }).check();
    await decline.getByRole('textbox', { name: /Note for the recruiter/ }).fill('Above our band.');
    await decline.getByRole('button', { name: 'Decline' }).click();
    await client.getByText(`${butlerAlias}: declined.`).waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByRole('region', { name: 'Your answer' }).getByText('Declined: Budget — Above our band.').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await client.getByRole('button', { name: 'Request an interview' }).count(), 0, 'a declined profile cannot be answered again');
    assert.deepEqual(clientWatch.problems(), []);
  } catch (e) {
    await fail(client, 'shortlists-client', e);
  } finally {
    await client.close();
  }

  // The recruiter: both outcomes on the pipeline, the reasons counted, and an e-mail per answer.
  try {
    await page.goto(`${stack.adminUrl}/#/Role/${role.id}/show/pipeline`);
    await page.reload();
    await page.getByRole('alert', { name: 'Client answers' }).getByText('Client answers: 1 of 2 declined on budget; 1 asked for an interview.').waitFor({ timeout: UI_TIMEOUT_MS });
    const column = (stage) => page.getByRole('region', { name: `${stage} column` });
    const radiaCard = column('Interviewing').getByLabel(radia.name, { exact: true });
    await radiaCard.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match(await radiaCard.getByTestId('client-answer').textContent(), new RegExp(`^As ${radiaAlias} · client: interview requested · .* · Keen to meet her\\.$`));
    const butlerCard = column('Rejected').getByLabel(butler.name, { exact: true });
    await butlerCard.waitFor();
    assert.equal(await butlerCard.getByTestId('client-answer').textContent(), `As ${butlerAlias} · client: declined: Budget — Above our band.`);
    assert.deepEqual(recruiterWatch.problems(), []);
  } catch (e) {
    await fail(page, 'shortlists-recruiter', e);
  } finally {
    await page.close();
  }
  const mails = await stack.mailsTo('recruiter@orchestra.local', 2, (m) => m.subject.startsWith('Northwind'));
  assert.deepEqual(mails.map((m) => m.subject).sort(), [
    `Northwind Logistics: declined for ${butler.name} (${role.title})`,
    `Northwind Logistics: interview requested for ${radia.name} (${role.title})`,
  ]);
});
