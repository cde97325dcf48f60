// Real-browser journey on the engagement hub: a CONSULTANT drags a card to its next stage on the
// board, sees an illegal drop snap back with a message, drops it on Lost (which asks for a reason),
// reopens it from its page with a reason, and reads both reasons on the timeline. Fails on any
// console error or GraphQL error. One stack for the file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dragCard, failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3314, adminPort: 4314 });
});
after(async () => {
  await stack?.stop();
});

const CONSULTANT = ['consultant@orchestra.local', 'orchestra-consultant-demo'];

test('drag to the next stage, an illegal drop snaps back, lost with a reason, reopened with a reason, both on the timeline', async () => {
  const login = await stack.login(...CONSULTANT);
  const token = login.accessToken;
  const { allClients } = await stack.gql(token, `{ allClients(perPage: 1, sortField: "name", sortOrder: "ASC") { id } }`);
  const { createEngagement } = await stack.gql(
    token,
    `mutation($c: ID!, $o: ID!) { createEngagement(clientId: $c, ownerId: $o, title: "Hub journey rescue", businessNeed: "Deploys stall for days.") { id } }`,
    { c: allClients[0].id, o: login.user.id },
  );
  const engagementId = createEngagement.id;

  // Wide enough for all seven columns.
  const page = await stack.browser.newPage({ viewport: { width: 1900, height: 1000 } });
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...CONSULTANT);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });

    await page.goto(`${stack.adminUrl}/#/Engagement/board`);
    const column = (name) => page.getByRole('region', { name: `${name} column` });
    const card = (name) => column(name).locator(`[data-engagement-id="${engagementId}"]`);
    await card('Lead').waitFor({ timeout: UI_TIMEOUT_MS });
    // No one-click "Lost" on the cards any more.
    assert.equal(await card('Lead').getByRole('button', { name: /lost/i }).count(), 0);

    // Drag to the next stage.
    await dragCard(page, card('Lead').locator('[data-drag-handle]'), column('Discovery'));
    await page.getByText('“Hub journey rescue” moved to discovery.').waitFor({ timeout: UI_TIMEOUT_MS });
    await card('Discovery').waitFor({ timeout: UI_TIMEOUT_MS });

    // An illegal drop (two stages ahead) snaps back with a message, and nothing moves.
    await dragCard(page, card('Discovery').locator('[data-drag-handle]'), column('Proposing'));
    await page.getByText('“Hub journey rescue” cannot go from discovery to proposing: it can only move to assessing or lost.').waitFor({ timeout: UI_TIMEOUT_MS });
    await card('Discovery').waitFor();
    assert.equal(await card('Proposing').count(), 0);

    // A drop on Lost asks first: the reason is required.
    await dragCard(page, card('Discovery').locator('[data-drag-handle]'), column('Lost'));
    const lost = page.getByRole('dialog', { name: 'Mark “Hub journey rescue” lost?' });
    await lost.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await lost.getByRole('button', { name: 'Mark lost' }).isDisabled(), true);
    await lost.getByLabel('Reason').fill('Budget frozen until Q3');
    await lost.getByRole('button', { name: 'Mark lost' }).click();
    await page.getByText('“Hub journey rescue” marked lost.').waitFor({ timeout: UI_TIMEOUT_MS });
    await card('Lost').waitFor({ timeout: UI_TIMEOUT_MS });

    // Reopened from its page, with a reason: back to the stage it was lost from.
    await card('Lost').getByRole('link', { name: 'Hub journey rescue' }).click();
    await page.getByRole('button', { name: 'Reopen…' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen “Hub journey rescue”?' });
    await reopen.getByLabel('Reason').fill('Budget approved after all');
    await reopen.getByRole('button', { name: 'Reopen' }).click();
    await page.getByText('“Hub journey rescue” reopened: back to discovery.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Move to assessing…' }).waitFor({ timeout: UI_TIMEOUT_MS });

    // Both reasons are on the timeline, with the stages in words.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('cell', { name: 'Budget frozen until Q3' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('cell', { name: 'Budget approved after all' }).waitFor();
    const rows = await page.locator('tbody tr').allInnerTexts();
    assert.equal(rows.length, 4, rows.join('\n'));
    assert.match(rows[2], /Discovery\s+Lost[\s\S]*Budget frozen until Q3/);
    assert.match(rows[3], /Lost\s+Discovery[\s\S]*Budget approved after all/);

    // The hub's other tabs say what is missing rather than staying blank.
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByText('No scored assessment yet', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('tab', { name: 'Roles' }).click();
    await page.getByText('No roles yet', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });

    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    await failWithScreenshot(stack, page, 'engagement-hub', e);
  } finally {
    await page.close();
  }
});
