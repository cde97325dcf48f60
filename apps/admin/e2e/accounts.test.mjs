// Real-browser journeys of accounts: "Forgot password?" from the sign-in page → the e-mailed link
// → a new password → signing in with it; an ADMIN resends the invitation of a user who never
// signed in. One stack (with the worker, for the e-mails) for both.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3318, adminPort: 4318, worker: true });
});
after(async () => {
  await stack?.stop();
});

const fail = (page, name, e) => failWithScreenshot(stack, page, name, e);

test('forgot password: the sign-in page sends a link, the link sets a new password, which then signs in', async () => {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watcher = watchPage(page);
  try {
    await page.goto(stack.adminUrl);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByLabel('E-mail').fill('recruiter@orchestra.local');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If recruiter@orchestra.local belongs to an active account, an e-mail with a link to choose a new password is on its way.', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });

    const [mail] = await stack.mailsTo('recruiter@orchestra.local');
    assert.match(mail.link, /\/#\/set-password\?token=[A-Za-z0-9_-]{43}&reset=1$/);
    await page.goto(mail.link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByLabel(/^New password/).fill('a fresh recruiter passphrase');
    await page.getByLabel(/^Repeat the password/).fill('a fresh recruiter passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your new password is set, and any other sign-ins have ended.', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });

    // The old password no longer works; the new one does.
    const old = await stack.gqlBody(null, `mutation { login(email: "recruiter@orchestra.local", password: "orchestra-recruiter-demo") { accessToken } }`);
    assert.equal(old.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await signIn(page, stack.adminUrl, 'recruiter@orchestra.local', 'a fresh recruiter passphrase');
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    // The link worked once.
    await page.goto(mail.link);
    await page.getByLabel(/^New password/).fill('yet another passphrase');
    await page.getByLabel(/^Repeat the password/).fill('yet another passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('This link is invalid, already used or expired', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    // That refusal is the one expected answer with errors.
    assert.deepEqual(
      watcher.problems().filter((p) => !/^graphql: .*\bSetPassword\b.*: BAD_USER_INPUT /.test(p)),
      [],
    );
  } catch (e) {
    await fail(page, 'forgot-password', e);
  } finally {
    await page.close();
  }
});

test('an ADMIN resends the invitation of a user who never signed in', async () => {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watcher = watchPage(page);
  try {
    const { accessToken } = await stack.login('admin@orchestra.local', 'orchestra-admin-demo');
    const created = await stack.gql(accessToken, `mutation { createUser(email: "ines@example.com", name: "Ines Invited", role: CONSULTANT) { id } }`);
    const id = created.createUser.id;
    await stack.mailsTo('ines@example.com');

    await signIn(page, stack.adminUrl, 'admin@orchestra.local', 'orchestra-admin-demo');
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/User`);
    const row = page.getByRole('row', { name: /Ines Invited/ });
    await row.getByText('Never (invited)').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/User/${id}`);
    await page.getByText('Edit user Ines Invited').first().waitFor({ timeout: UI_TIMEOUT_MS });
    // Invited moments ago: the repeat sends nothing and says so.
    await page.getByRole('button', { name: 'Resend invitation' }).click();
    await page.getByText('An invitation went to ines@example.com at', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal((await stack.mailsTo('ines@example.com')).length, 1);
    // A user who has signed in is offered no resend.
    const recruiter = await stack.gql(accessToken, `{ allUsers(filter: { q: "recruiter" }) { id } }`);
    await page.goto(`${stack.adminUrl}/#/User/${recruiter.allUsers[0].id}`);
    await page.getByText('Edit user Rita Recruiter').first().waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await page.getByRole('button', { name: 'Resend invitation' }).count(), 0);
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    await fail(page, 'resend-invitation', e);
  } finally {
    await page.close();
  }
});
