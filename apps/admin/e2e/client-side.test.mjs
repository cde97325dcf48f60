// The client's side in a real browser: the consultant closes the demo assessment (the confirmation
// says what is outstanding and asks why), publishes its report (the confirmation names who is
// told); the CLIENT user gets the e-mail and finds the report on her dashboard. Fails on any
// console error or GraphQL error in either page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3315, adminPort: 4315, worker: true });
});
after(async () => {
  await stack?.stop();
});

const fail = (page, name, e) => failWithScreenshot(stack, page, name, e);

test('the consultant closes and publishes with confirmation; the client user gets the e-mail and reads the report from her dashboard', async () => {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consultantWatch = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, 'consultant@orchestra.local', 'orchestra-consultant-demo');
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/Assessment`);
    await page.getByRole('cell', { name: 'Platform baseline' }).click();

    // Close: the demo has three submitted, the CTO's draft and one person who never started.
    await page.getByRole('button', { name: 'Close assessment' }).click();
    const closing = page.getByRole('dialog', { name: 'Close the assessment?' });
    await closing.getByText('1 draft in progress will not be counted. 1 invitation was not started.').waitFor({ timeout: UI_TIMEOUT_MS });
    await closing.getByLabel('Reason').fill('Three of five answered; the steering meeting needs the report.');
    await closing.getByRole('button', { name: 'Close assessment' }).click();
    await page.getByText('Assessment closed: no more answers are accepted.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('link', { name: 'Open the report' }).waitFor({ timeout: UI_TIMEOUT_MS });

    // Publish: the confirmation names who is told and what the anonymity rule does.
    await page.reload();
    await page.getByRole('button', { name: 'Publish to the client' }).click();
    const publishing = page.getByRole('dialog', { name: 'Publish the report to the client?' });
    await publishing.getByText('1 person at the client will get an e-mail and a notification: Nora Northwind (CTO).').waitFor({ timeout: UI_TIMEOUT_MS });
    await publishing.getByText(/What the client will see \(anonymity threshold 3\)/).waitFor({ timeout: UI_TIMEOUT_MS });
    await publishing.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/^Published on/).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.deepEqual(consultantWatch.problems(), []);
  } catch (e) {
    await fail(page, 'client-side-consultant', e);
  } finally {
    await page.close();
  }

  // The e-mail reaches the client user (and only once).
  const isReport = (m) => m.subject.includes('the report') && m.subject.includes('Platform baseline');
  const reportMails = await stack.mailsTo('cto@northwind.example', 1, isReport);
  assert.equal(reportMails.length, 1, 'one report e-mail to cto@northwind.example');

  const client = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const clientWatch = watchPage(client);
  try {
    await signIn(client, stack.adminUrl, 'cto@northwind.example', 'orchestra-client-demo');
    await client.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    // Her dashboard: the report ready, her own assessment (closed before her draft was submitted), the engagements.
    const reports = client.getByRole('list', { name: 'Reports ready' });
    await reports.getByText('Platform baseline').waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByRole('list', { name: 'Your assessments' }).getByText(/before your draft was submitted/).waitFor();
    await client.getByRole('list', { name: 'Your engagements' }).getByText('Platform team rescue').waitFor();
    assert.equal(await client.getByText('Engagements by stage').count(), 0, 'no sales funnel on the client dashboard');
    await reports.getByRole('link', { name: 'Read the report “Platform baseline”' }).click();
    await client.locator('.report-gap').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await client.getByRole('heading', { name: 'Platform baseline' }).first().waitFor();
    assert.deepEqual(clientWatch.problems(), []);
  } catch (e) {
    await fail(client, 'client-side-client', e);
  } finally {
    await client.close();
  }
});
