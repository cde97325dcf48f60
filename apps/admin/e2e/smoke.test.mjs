// Real-browser smoke test: the built admin against the running API logs an ADMIN in and shows users.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, UI_TIMEOUT_MS } from './support.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

test('an ADMIN signs in through the admin and sees the Users list', async () => {
  const page = await stack.browser.newPage();
  try {
    await signIn(page, stack.adminUrl, 'admin@orchestra.local', 'orchestra-admin-demo');
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    await page.goto(`${stack.adminUrl}/#/User`);
    const emails = ['admin@orchestra.local', 'consultant@orchestra.local', 'recruiter@orchestra.local', 'cto@northwind.example'];
    for (const email of emails) await page.getByText(email, { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });

    // A reload loses the in-memory access token; the HttpOnly refresh cookie restores the session.
    await page.reload();
    await page.getByText('recruiter@orchestra.local', { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await page.locator('input[name="password"]').count(), 0);
  } catch (e) {
    await failWithScreenshot(stack, page, 'smoke', e);
  } finally {
    await page.close();
  }
});

test('a wrong password shows the API message and stays on the login page', async () => {
  const page = await stack.browser.newPage();
  try {
    await signIn(page, stack.adminUrl, 'admin@orchestra.local', 'not-the-password');
    await page.getByText('E-mail or password is incorrect.').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await page.locator('input[name="password"]').count(), 1);
  } finally {
    await page.close();
  }
});
