// Real-browser journey of the candidate CSV import: the recruiter downloads the template, imports a
// file in readable columns with good and bad rows (the good ones are written, the bad ones come back
// as a CSV with a Reason column), and imports a row that duplicates someone in the pool to merge the
// two. Fails on any console error or failed GraphQL request.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];
const HEADERS =
  'Name,E-mail,Kind,Seniority,Time zone,Available from,Allocation (%),Day rate,Salary,Currency,Phone,Profile URL,Location,Skills,Consent basis,Consent given,Consent expires,Last contact,Tags,CV text';

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3317, adminPort: 4317 });
});
after(async () => {
  await stack?.stop();
});

/** Clicks `button` and answers the downloaded file's name and text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a recruiter imports the good rows of a file, downloads the rejected ones with their reasons, and merges a duplicate', async () => {
  const token = (await stack.login(...RECRUITER)).accessToken;
  const { allCandidates } = await stack.gql(token, `{ allCandidates(perPage: 1, sortField: "name", sortOrder: "ASC") { id name email location } }`);
  const existing = allCandidates[0];
  assert.ok(existing, 'the demo pool has a candidate');

  const page = await stack.browser.newPage();
  const watcher = watchPage(page);
  try {
    await signIn(page, stack.adminUrl, ...RECRUITER);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/Candidate`);
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByText('Import candidates from CSV').waitFor({ timeout: UI_TIMEOUT_MS });

    const template = await download(page, page.getByRole('button', { name: 'Download template' }));
    assert.equal(template.name, 'candidates-template.csv');
    assert.equal(template.text.split('\n')[0], HEADERS);

    const file = [
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Day rate,Currency,Skills,Consent basis',
      'Katherine Johnson,katherine.johnson@e2e.example,Permanent seeker,Mid-level,Europe/Paris,2031-01-06,650.50,EUR,Kubernetes:4;Go:3,Legitimate interest',
      'Dorothy Vaughan,dorothy.vaughan@e2e.example,CONTRACTOR,SENIOR,America/New_York,2031-01-06,,,Python:4,CONSENT',
      'Mary Jackson,mary.jackson@e2e.example,Contractor,Senior,Europe/Paris,2031-01-06,abc,EUR,,Consent',
      `"${existing.name}",${existing.email},Bench,Senior,UTC,2031-01-06,,,,Consent`,
    ].join('\n');
    await page.getByLabel('CSV file').setInputFiles({ name: 'hidden-figures.csv', mimeType: 'text/csv', buffer: Buffer.from(`${file}\n`) });
    await page.getByText('Preview: 2 accepted, 2 rejected.').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.getByText("Day rate: 'abc' is not a number").waitFor();
    await page.getByText(`duplicate of ${existing.name} (same e-mail`, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Import 2 candidates' }).click();
    await page.getByText('Imported 2 candidates. 2 rows rejected', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    const rejected = await download(page, page.getByRole('button', { name: 'Download rejected rows' }));
    assert.equal(rejected.name, 'hidden-figures-rejected.csv');
    const rejectedLines = rejected.text.trimEnd().split('\n');
    assert.deepEqual(rejectedLines.slice(0, 2), [
      'Name,E-mail,Kind,Seniority,Time zone,Available from,Day rate,Currency,Skills,Consent basis,Reason',
      "Mary Jackson,mary.jackson@e2e.example,Contractor,Senior,Europe/Paris,2031-01-06,abc,EUR,,Consent,Day rate: 'abc' is not a number",
    ]);
    assert.match(rejectedLines[2], new RegExp(`^"?${existing.name}"?,${existing.email.replace(/[.+]/g, '\\$&')},Bench,Senior,UTC,2031-01-06,,,,Consent,"?duplicate of `));

    const written = [];
    for (const q of ['Dorothy Vaughan', 'Katherine Johnson', 'Mary Jackson']) {
      written.push(...(await stack.gql(token, `query($q: String) { allCandidates(filter: { q: $q }) { name kind seniority dayRateMinor consentBasis } }`, { q })).allCandidates);
    }
    assert.deepEqual(written, [
      { name: 'Dorothy Vaughan', kind: 'CONTRACTOR', seniority: 'SENIOR', dayRateMinor: null, consentBasis: 'CONSENT' },
      { name: 'Katherine Johnson', kind: 'PERMANENT_SEEKER', seniority: 'MID', dayRateMinor: 65050, consentBasis: 'LEGITIMATE_INTEREST' },
    ]);

    // The duplicate: imported on request as a second record, then the merge screen shows both.
    await page.getByRole('button', { name: 'Import line 5 and merge' }).click();
    await page.getByText('Merge duplicate candidates').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match(page.url(), new RegExp(`#/Candidate/${existing.id}/merge/[0-9a-f-]{36}$`));
    const keep = page.getByRole('button', { name: `Keep ${existing.name}`, exact: true });
    await keep.first().waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await keep.count(), 2);
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    console.error(watcher.problems().join('\n'));
    await failWithScreenshot(stack, page, 'candidate-import', e);
  } finally {
    await page.close();
  }
});
