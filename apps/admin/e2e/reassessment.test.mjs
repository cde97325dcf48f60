// Re-assessment in a real browser, with the real worker: a scored assessment whose weakest
// capability got an accepted option and a placement; the consultant schedules re-assessment every
// 90 days on the engagement page; the test moves time through the job's delay (promotes the delayed
// BullMQ job); the next assessment is drafted, opened from its page, answered and scored; its
// report shows what changed, attributed to the placement. Fails on any console or GraphQL error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Queue } from 'bullmq';
import { failWithScreenshot, signIn, startStack, watchPage, UI_TIMEOUT_MS } from './support.mjs';

const CONSULTANT = ['consultant@orchestra.local', 'orchestra-consultant-demo'];
const RECRUITER = ['recruiter@orchestra.local', 'orchestra-recruiter-demo'];
const RESPONDENTS = [
  ['rhea.reassess@northwind.example', 'CTO'],
  ['sol.reassess@northwind.example', 'ENGINEER'],
];

let stack;
before(async () => {
  stack = await startStack({ apiPort: 3324, adminPort: 4324, worker: true });
});
after(async () => {
  await stack?.stop();
});

const fail = (page, name, e) => failWithScreenshot(stack, page, name, e);
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (link) => decodeURIComponent(link.split('/respond/')[1]);

/** Polls `probe` until it answers something (60 s). */
async function until(probe, what) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Each respondent answers by their e-mailed link (the `nth` e-mail to them): every question of
 * `target` at its lowest (`low`) or highest score, every question of `steady` in the middle.
 */
async function answer(nth, target, steady, low) {
  for (const [email] of RESPONDENTS) {
    const mails = await stack.mailsTo(email, nth);
    const token = tokenOf(mails[nth - 1].link);
    const { invitationByToken } = await stack.gql(null, `query($t: String!) { invitationByToken(token: $t) { areas { questions { id type capabilityId options { key score } } } } }`, { t: token });
    const questions = invitationByToken.areas.flatMap((a) => a.questions);
    const pick = (q, where) => {
      const sorted = [...q.options].sort((a, b) => a.score - b.score);
      const option = where === 'low' ? sorted[0] : where === 'high' ? sorted.at(-1) : sorted[Math.floor(sorted.length / 2)];
      if (q.type === 'SCALE') return { scale: where === 'low' ? 1 : where === 'high' ? 5 : 3 };
      return { choices: [option.key] };
    };
    const answers = questions
      .filter((q) => q.type !== 'TEXT' && (q.capabilityId === target || q.capabilityId === steady))
      .map((q) => ({ questionId: q.id, ...pick(q, q.capabilityId === steady ? 'middle' : low ? 'low' : 'high') }));
    await stack.gql(null, `mutation($t: String!, $a: [AnswerInput!]!) { submitResponse(token: $t, answers: $a, idempotencyKey: "e2e") { status } }`, { t: token, a: answers });
  }
}

const status = async (token, id) => (await stack.gql(token, `query($id: ID!) { Assessment(id: $id) { status } }`, { id })).Assessment.status;

test('scheduled every 90 days: the job drafts the next assessment; opened, answered and scored, its report ties the change to the placement', async () => {
  const consultantLogin = await stack.login(...CONSULTANT);
  const consultant = consultantLogin.accessToken;
  const recruiter = (await stack.login(...RECRUITER)).accessToken;
  const { allClients } = await stack.gql(consultant, `{ allClients(filter: { q: "Northwind" }) { id } }`);
  const { createEngagement } = await stack.gql(
    consultant,
    `mutation($c: ID!, $o: ID!) { createEngagement(clientId: $c, ownerId: $o, title: "Release reliability", businessNeed: "Releases fail every other week.") { id } }`,
    { c: allClients[0].id, o: consultantLogin.user.id },
  );
  const engagementId = createEngagement.id;
  await stack.gql(consultant, `mutation($id: ID!) { moveEngagementStage(id: $id, stage: DISCOVERY) { stage } }`, { id: engagementId });
  const { allAssessmentTemplates } = await stack.gql(consultant, `{ allAssessmentTemplates(perPage: 1) { id } }`);
  const { createAssessment } = await stack.gql(
    consultant,
    `mutation($e: ID!, $t: ID!, $due: String!) { createAssessment(engagementId: $e, templateId: $t, title: "Release baseline", dueDate: $due, minRespondents: 2, anonymityThreshold: 2) { id } }`,
    { e: engagementId, t: allAssessmentTemplates[0].id, due: day(10) },
  );
  const baselineId = createAssessment.id;
  for (const [email, role] of RESPONDENTS) {
    await stack.gql(consultant, `mutation($a: ID!, $e: String!, $r: RespondentRole!) { createInvitation(assessmentId: $a, email: $e, respondentRole: $r) { id } }`, { a: baselineId, e: email, r: role });
  }
  await stack.gql(consultant, `mutation($id: ID!) { openAssessment(id: $id) { status } }`, { id: baselineId });
  // The first capability of the questionnaire is the weak one; the second is answered the same both times.
  const [first] = await stack.mailsTo(RESPONDENTS[0][0]);
  const { invitationByToken } = await stack.gql(null, `query($t: String!) { invitationByToken(token: $t) { areas { capabilities { id name } } } }`, { t: tokenOf(first.link) });
  const [target, steady] = invitationByToken.areas.flatMap((a) => a.capabilities);
  await answer(1, target.id, steady.id, true);
  await stack.gql(consultant, `mutation($id: ID!) { closeAssessment(id: $id, reason: "Both answered") { status } }`, { id: baselineId });
  await until(async () => (await status(consultant, baselineId)) === 'SCORED', 'the baseline to be scored');

  // In between: the augmentation for the weak capability accepted, its role filled by Ana.
  const { assessmentReport } = await stack.gql(consultant, `query($id: ID!) { assessmentReport(assessmentId: $id) { gaps { capability { id } recommendations { id option } } } }`, { id: baselineId });
  const gap = assessmentReport.gaps.find((g) => g.capability.id === target.id);
  const rec = gap.recommendations.find((r) => r.option === 'AUGMENTATION');
  await stack.gql(consultant, `mutation($id: ID!) { acceptRecommendation(id: $id) { state } }`, { id: rec.id });
  const { allRoles } = await stack.gql(recruiter, `query($e: ID!) { allRoles(filter: { engagementId: $e }) { id title startDate requiredSkills { skillId minLevel } } }`, { e: engagementId });
  const [role] = allRoles;
  await stack.gql(recruiter, `mutation($id: ID!) { updateRole(id: $id, status: OPEN) { status } }`, { id: role.id });
  const { createCandidate } = await stack.gql(
    recruiter,
    `mutation($from: String!, $skills: [CandidateSkillInput!], $given: String, $expires: String) {
       createCandidate(kind: ASSOCIATE, name: "Ana Reliability", email: "ana.reliability@talent.example", timeZone: "Europe/Berlin", seniority: LEAD, availableFrom: $from,
                       allocation: 100, consentBasis: CONSENT, consentGivenAt: $given, consentExpiresAt: $expires, skills: $skills) { id } }`,
    {
      from: role.startDate ?? day(0),
      skills: role.requiredSkills.map((s) => ({ skillId: s.skillId, level: Math.max(s.minLevel, 4) })),
      given: new Date(Date.now() - 86_400_000).toISOString(),
      expires: new Date(Date.now() + 700 * 86_400_000).toISOString(),
    },
  );
  const { shortlistCandidate } = await stack.gql(recruiter, `mutation($r: ID!, $c: ID!) { shortlistCandidate(roleId: $r, candidateId: $c) { id } }`, { r: role.id, c: createCandidate.id });
  const { createContact } = await stack.gql(consultant, `mutation($c: ID!) { createContact(clientId: $c, name: "Rex Reviewer", email: "rex.reviewer@northwind.example") { id } }`, { c: allClients[0].id });
  await stack.gql(recruiter, `mutation($id: ID!, $c: [ID!]!) { submitToClient(id: $id, contactIds: $c, note: "Ran release trains") { id } }`, { id: shortlistCandidate.id, c: [createContact.id] });
  for (const stage of ['INTERVIEWING', 'OFFERED']) await stack.gql(recruiter, `mutation($id: ID!, $s: MatchStage!) { moveMatchStage(id: $id, stage: $s) { stage } }`, { id: shortlistCandidate.id, s: stage });
  await stack.gql(recruiter, `mutation($id: ID!, $p: PlacementInput) { moveMatchStage(id: $id, stage: PLACED, placement: $p) { stage } }`, {
    id: shortlistCandidate.id,
    p: { startDate: role.startDate ?? day(0), rateMinor: 70000, currency: 'EUR' },
  });

  const page = await stack.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const watcher = watchPage(page);
  let draftId;
  try {
    // The consultant schedules re-assessment every 90 days on the engagement's page.
    await signIn(page, stack.adminUrl, ...CONSULTANT);
    await page.getByText('Welcome', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.goto(`${stack.adminUrl}/#/Engagement/${engagementId}/show`);
    const section = page.getByRole('region', { name: 'Re-assessment' });
    await section.getByText('Not scheduled').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await section.getByLabel('Every (days)').inputValue(), '90');
    await section.getByRole('button', { name: 'Schedule re-assessment' }).click();
    await page.getByText('Re-assessment scheduled.').waitFor({ timeout: UI_TIMEOUT_MS });
    await section.getByText(/^Every 90 days \(next drafted on \d+ \w+ \d{4}\)$/).waitFor({ timeout: UI_TIMEOUT_MS });

    // Ninety days pass: the delayed job is promoted and the worker drafts the next assessment.
    const queue = new Queue('maintenance', { connection: { url: stack.redisUrl }, prefix: stack.queuePrefix });
    try {
      const job = await until(async () => (await queue.getJobs(['delayed'])).find((j) => j.name === 'draft-reassessment' && j.data.engagementId === engagementId), 'the delayed draft job');
      assert.ok(job.delay > 89 * 86_400_000, `the job waits about 90 days (${job.delay} ms)`);
      await job.promote();
    } finally {
      await queue.close();
    }
    const draft = await until(
      async () => (await stack.gql(consultant, `query($e: ID!) { allAssessments(filter: { engagementId: $e, status: DRAFT }) { id title previousAssessmentId } }`, { e: engagementId })).allAssessments[0],
      'the drafted re-assessment',
    );
    draftId = draft.id;
    assert.deepEqual(draft, { id: draft.id, title: 'Release baseline — re-assessment 1', previousAssessmentId: baselineId });
    // The owner's bell says so; it leads to the draft, which the consultant opens from its page.
    await page.reload();
    await page.getByRole('button', { name: /notification/i }).first().click();
    await page.getByText('Re-assessment drafted: "Release baseline — re-assessment 1"').click();
    await page.getByRole('button', { name: 'Open and send invitations' }).click();
    await page.getByText('Assessment opened: the invitations are on their way.').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    await fail(page, 'reassessment-schedule', e);
  }

  // The same people answer again, the weak capability now at its best; closed and scored.
  await answer(2, target.id, steady.id, false);
  await stack.gql(consultant, `mutation($id: ID!) { closeAssessment(id: $id, reason: "Both answered") { status } }`, { id: draftId });
  await until(async () => (await status(consultant, draftId)) === 'SCORED', 'the re-assessment to be scored');

  try {
    await page.goto(`${stack.adminUrl}/#/reports/${draftId}`);
    const changed = page.getByRole('region', { name: 'What changed' });
    await changed.waitFor({ timeout: UI_TIMEOUT_MS });
    const summary = await changed.getByRole('alert', { name: 'What changed in words' }).textContent();
    assert.match(summary, new RegExp(`^${target.name} rose from 1\\.0 to 5\\.0 after the decision ".+" and Ana Reliability's placement as ${role.title.replace(/[—()]/g, '.')} in \\w+ \\d{4}; ${steady.name} did not move and had no intervention\\.$`));
    const row = changed.getByRole('row', { name: new RegExp(target.name) });
    await row.getByText('Rose').waitFor();
    await row.getByText(`Ana Reliability's placement as ${role.title}`, { exact: false }).waitFor();
    await changed.getByRole('row', { name: new RegExp(steady.name) }).getByText('Within noise').waitFor();
    assert.deepEqual(watcher.problems(), []);
  } catch (e) {
    await fail(page, 'reassessment-report', e);
  } finally {
    await page.close();
  }
});
