// Real-browser journey: a CONSULTANT creates a client and an engagement, moves it to DISCOVERY,
// logs a decision, finds it on the engagement page and edits it in place.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, UI_TIMEOUT_MS } from './support.mjs';

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3311, adminPort: 4311 });
});
after(async () => {
  await stack?.stop();
});

test('a consultant opens an engagement, moves it on and logs a decision', async () => {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await signIn(page, stack.adminUrl, 'consultant@orchestra.local', 'orchestra-consultant-demo');
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    await page.goto(`${stack.adminUrl}/#/Client/create`);
    await page.locator('input[name="name"]').fill('Initech');
    await page.locator('input[name="industry"]').fill('Enterprise software');
    await page.getByRole('button', { name: /save/i }).click();
    await page.getByText('Enterprise software').waitFor({ timeout: UI_TIMEOUT_MS });

    await page.goto(`${stack.adminUrl}/#/Engagement/create`);
    await page.getByLabel('Client').fill('Init');
    await page.getByRole('option', { name: 'Initech' }).click();
    await page.locator('input[name="title"]').fill('Release rescue');
    await page.locator('textarea[name="businessNeed"]').fill('Every Friday release breaks production; nobody owns the pipeline.');
    await page.getByRole('button', { name: /save/i }).click();

    // The show page opens after saving; the move happens on the board.
    await page.getByRole('button', { name: /move to discovery/i }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/Engagement/board`);
    const card = page.getByRole('region', { name: 'Lead column' }).locator('[aria-label="Release rescue"]');
    await card.getByRole('button', { name: '→ Discovery' }).click();
    await page.getByText('“Release rescue” moved to discovery.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('region', { name: 'Discovery column' }).locator('[aria-label="Release rescue"]').waitFor();
    await page.getByRole('region', { name: 'Discovery column' }).getByRole('link', { name: 'Release rescue' }).click();
    await page.getByRole('button', { name: /move to assessing/i }).waitFor({ timeout: UI_TIMEOUT_MS });

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('cell', { name: 'Discovery' }).waitFor();

    await page.getByRole('tab', { name: 'Decision log' }).click();
    await page.getByRole('button', { name: 'Log a decision' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="title"]').fill('Freeze Friday releases');
    await dialog.locator('textarea[name="context"]').fill('Three incidents in a month, all on Fridays.');
    await dialog.locator('textarea[name="decision"]').fill('No production releases on Fridays until the pipeline has an owner.');
    await dialog.getByRole('button', { name: /save/i }).click();
    await page.getByText('Decision logged.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('cell', { name: 'Freeze Friday releases' }).waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0);

    // Edited in place: the row opens the same dialog, filled in.
    await page.getByRole('cell', { name: 'Freeze Friday releases' }).click();
    const editor = page.getByRole('dialog');
    assert.equal(await editor.locator('input[name="title"]').inputValue(), 'Freeze Friday releases');
    await editor.locator('input[name="title"]').fill('Freeze Friday releases for a month');
    await editor.getByRole('button', { name: /save/i }).click();
    await page.getByText('Decision updated.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('cell', { name: 'Freeze Friday releases for a month' }).waitFor();
    // Who decided, and the owner on the overview, come from the user directory.
    await page.getByRole('cell', { name: 'Colin Consultant' }).waitFor();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByText('Colin Consultant').first().waitFor();
  } catch (e) {
    await failWithScreenshot(stack, page, 'consultant', e);
  } finally {
    await page.close();
  }
});
