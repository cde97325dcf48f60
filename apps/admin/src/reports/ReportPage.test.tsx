import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import type { AssessmentReport, Recommendation } from './api';
import { ReportPage } from './ReportPage';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';

const reason = (code: string, sentence: string, points: number) => ({ code, sentence, inputs: [{ name: 'points', value: String(points) }] });

function option(id: string, option: Recommendation['option'], rank: number, score: number, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    option,
    rank,
    score,
    state: 'PROPOSED',
    rulesetVersion: 'rules-2026.12.1',
    reasons: [reason('BASE', 'Every option starts at 10 points, so none is ruled out without a reason.', 10)],
    decisionNote: null,
    noteToClient: null,
    decidedAt: null,
    draftedRoles: [],
    ...overrides,
  };
}

function report(overrides: Partial<AssessmentReport> = {}): AssessmentReport {
  return {
    assessmentId: 'a1',
    title: 'Engineering baseline',
    status: 'SCORED',
    clientName: 'Northwind',
    engagementTitle: 'Route-planning data platform',
    scoredAt: '2031-03-02T09:00:00.000Z',
    publishedAt: null,
    renderedAt: '2031-03-02T09:00:00.000Z',
    changes: null,
    summary: { invited: 9, submitted: 7, capabilities: 12, scored: 11, gaps: 2, worstSeverity: 2.25, overallCurrent: 2.6, overallTarget: 3.8 },
    areas: [
      { areaId: 'ar1', name: 'Direction', current: 2.4, target: 4 },
      { areaId: 'ar2', name: 'Delivery', current: 3.1, target: 3.5 },
      { areaId: 'ar3', name: 'People', current: 2.2, target: 3.7 },
    ],
    heatmap: {
      columns: [
        { key: 'CTO', label: 'CTO', seats: ['CTO'], respondents: 1, identifiable: true },
        { key: 'ENGINEER', label: 'Engineer', seats: ['ENGINEER'], respondents: 4, identifiable: false },
      ],
      rows: [
        {
          capabilityId: 'c1',
          capabilityName: 'Technical direction',
          areaName: 'Direction',
          cells: [
            { column: 'CTO', current: 4.2, respondents: 1 },
            { column: 'ENGINEER', current: 2.1, respondents: 4 },
          ],
        },
        {
          capabilityId: 'c2',
          capabilityName: 'Release practice',
          areaName: 'Delivery',
          cells: [
            { column: 'CTO', current: 3.4, respondents: 1 },
            { column: 'ENGINEER', current: null, respondents: 0 },
          ],
        },
      ],
    },
    clientHeatmap: {
      columns: [{ key: 'OTHER_ROLES', label: 'Other roles', seats: ['CTO', 'ENGINEER'], respondents: 5, identifiable: false }],
      rows: [],
    },
    disclosure: {
      threshold: 3,
      publishable: true,
      summary: 'Breakdowns by seat show groups of at least 3: CTO (1) and Engineer (4) are shown together as Other roles.',
      seats: [
        { respondentRole: 'CTO', respondents: 1, outcome: 'MERGED', reason: '1 respondent: fewer than 3, so merged into Other roles with Engineer (4) (5 together).' },
        {
          respondentRole: 'ENGINEER',
          respondents: 4,
          outcome: 'MERGED',
          reason: "4 respondents: merged into Other roles with CTO (1) (5 together), so that the smaller seats' answers cannot be worked out from the totals.",
        },
      ],
    },
    gaps: [
      {
        id: 'g1',
        current: 2.4,
        target: 4,
        size: 1.6,
        severity: 2.25,
        status: 'OPEN',
        capability: { id: 'c1', key: 'direction', name: 'Technical direction', nature: 'JUDGEMENT' },
        evidence: [
          { questionId: 'q1', prompt: 'How well could you describe where your technology is heading?', respondentRole: 'ENGINEER', value: 2, answer: 'Only vaguely', quote: 'Nobody has written it down.' },
          { questionId: 'q1', prompt: 'How well could you describe where your technology is heading?', respondentRole: 'CTO', value: 4, answer: 'Clearly', quote: null },
        ],
        recommendations: [
          option('r1', 'REVIEW', 1, 100, {
            reasons: [reason('HIGH_DISAGREEMENT', 'Respondents disagree (spread 1.5 ≥ 1.0): understand the problem before staffing it.', 50)],
          }),
          option('r2', 'AUGMENTATION', 2, 35),
          option('r3', 'HIRE', 3, 10),
          option('r4', 'SPECIALIST_TEAM', 4, 10, { state: 'REJECTED', decisionNote: 'Too early.', decidedAt: '2031-03-02T10:00:00.000Z' }),
        ],
      },
    ],
    ...overrides,
  };
}

const decided = (id: string, state: string) => ({ id, state, decisionNote: null, decidedAt: '2031-03-03T10:00:00.000Z' });

function renderReport(role: Role = Role.CONSULTANT) {
  return render(
    <TestMemoryRouter>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(role)}>
        <ReportPage assessmentId="a1" />
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

/** Opens the gap's panel (evidence and ranked options). */
async function openGap(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(name) }));
}

describe('ReportPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the summary, the heatmap by role and a gap with its evidence and ranked options', async () => {
    const api = stubGraphQL({ AssessmentReport: () => ok({ assessmentReport: report() }) });
    renderReport();

    expect(await screen.findByRole('heading', { name: 'Engineering baseline' })).toBeTruthy();
    expect(api.of('AssessmentReport')[0]!.variables).toEqual({ assessmentId: 'a1' });
    expect(screen.getByText('7 of 9')).toBeTruthy();
    expect(screen.getByText('11 of 12')).toBeTruthy();
    expect(screen.getByText('2.6 → 3.8')).toBeTruthy();
    expect(screen.getByText('Not published: the client cannot see it yet')).toBeTruthy();

    const heatmap = screen.getByRole('table', { name: 'Capabilities by respondent role' });
    // Staff see the one-person seat, marked; they are told what the client will get instead.
    expect(within(heatmap).getByRole('columnheader', { name: 'CTO identifiable (n = 1)' })).toBeTruthy();
    expect(screen.getByText('What the client will see (anonymity threshold 3)')).toBeTruthy();
    expect(screen.getByText(/1 respondent: fewer than 3, so merged into Other roles/)).toBeTruthy();
    expect(within(heatmap).getByRole('columnheader', { name: 'Engineer' })).toBeTruthy();
    const direction = within(heatmap).getByRole('row', { name: /Technical direction/ });
    expect(within(direction).getByTitle('Technical direction, CTO: 4.2 from 1 respondent').textContent).toBe('4.2');
    expect(within(direction).getByTitle('Technical direction, Engineer: 2.1 from 4 respondents').textContent).toBe('2.1');
    // 4.2 vs 2.1: the seats disagree by ≥ 1.5; the release row has one valued role only.
    expect(within(direction).getByText('Seats disagree')).toBeTruthy();
    const release = within(heatmap).getByRole('row', { name: /Release practice/ });
    expect(within(release).queryByText('Seats disagree')).toBeNull();
    expect(within(release).getByTitle('Release practice, Engineer: no valued answer').textContent).toBe('—');

    expect(screen.getByText('Severe · 2.25')).toBeTruthy();
    await openGap('Technical direction');
    expect(screen.getByText('How well could you describe where your technology is heading?')).toBeTruthy();
    expect(screen.getByText('“Nobody has written it down.”')).toBeTruthy();
    expect(screen.getByText('(identifiable: never published)')).toBeTruthy();
    const options = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(options).toEqual(expect.arrayContaining(['1. Review', '2. Augmentation', '3. Hire', '4. Specialist team']));
    expect(screen.getByRole('progressbar', { name: 'Review: score 100 of 100' }).getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByText('Respondents disagree (spread 1.5 ≥ 1.0): understand the problem before staffing it.')).toBeTruthy();
    expect(screen.getByText('Rejected')).toBeTruthy();
    expect(screen.getByText(/Too early\./)).toBeTruthy();
    // Decided options have no buttons; proposed ones do.
    expect(screen.getByRole('button', { name: 'Accept Review' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept Specialist team' })).toBeNull();
  });

  it('shows a re-assessment’s changes first: the summary, each capability’s change against the noise and what was done', async () => {
    const changes = {
      previousTitle: 'Engineering baseline',
      baselineTitle: 'Engineering baseline',
      summary: 'Release practice rose from 1.7 to 3.9 after Ana Principal’s placement as Delivery lead in March 2031.',
      movedWithoutIntervention: [],
      capabilities: [
        {
          key: 'release-practice',
          name: 'Release practice',
          areaName: 'Delivery',
          target: 4,
          current: 3.86,
          previous: 1.71,
          baseline: 1.71,
          change: 2.15,
          changeFromBaseline: 2.15,
          noise: 0.71,
          movement: 'ROSE' as const,
          interventions: [{ kind: 'PLACEMENT' as const, label: 'Ana Principal’s placement as Delivery lead', on: '2031-03-10' }],
        },
        { key: 'testing', name: 'Testing', areaName: 'Delivery', target: 4, current: 2.3, previous: 2.2, baseline: 2.0, change: 0.1, changeFromBaseline: 0.3, noise: 0.42, movement: 'WITHIN_NOISE' as const, interventions: [] },
        { key: 'on-call', name: 'On-call', areaName: 'Operations', target: 4, current: null, previous: null, baseline: null, change: null, changeFromBaseline: null, noise: null, movement: 'NOT_SCORED' as const, interventions: [] },
      ],
    };
    stubGraphQL({ AssessmentReport: () => ok({ assessmentReport: report({ title: 'Engineering baseline — re-assessment 1', changes }) }) });
    renderReport();
    expect(await screen.findByRole('heading', { name: 'What changed' })).toBeTruthy();
    expect(screen.getByText(changes.summary)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Change by capability' });
    const release = within(table).getByRole('row', { name: /Release practice/ });
    // Change against the previous (with its noise), then since the baseline.
    expect(within(release).getAllByRole('cell').map((c) => c.textContent)).toEqual(expect.arrayContaining(['3.9', '+2.15noise ±0.71', '+2.15']));
    expect(within(release).getByText('Rose')).toBeTruthy();
    expect(within(release).getByText('10 March 2031: Ana Principal’s placement as Delivery lead')).toBeTruthy();
    const testing = within(table).getByRole('row', { name: /Testing/ });
    expect(within(testing).getByText('Within noise')).toBeTruthy();
    expect(within(testing).getByText('No intervention')).toBeTruthy();
    expect(within(table).queryByRole('row', { name: /On-call/ })).toBeNull();
    expect(screen.getByText('1 more capability was not answered enough to compare.')).toBeTruthy();
    expect(screen.queryByText(/ROSE|WITHIN_NOISE|PLACEMENT/)).toBeNull();
  });

  it('accepts an option with the note, then fetches the report again', async () => {
    const api = stubGraphQL({
      AssessmentReport: (_v, call) =>
        ok({
          assessmentReport:
            call === 1
              ? report()
              : report({
                  gaps: [
                    {
                      ...report().gaps[0]!,
                      recommendations: [option('r1', 'REVIEW', 1, 100, { state: 'ACCEPTED', decisionNote: 'Start with the review.', noteToClient: 'We begin with a two-week review.' })],
                    },
                  ],
                }),
        }),
      AcceptRecommendation: () => ok({ acceptRecommendation: decided('r1', 'ACCEPTED') }),
    });
    renderReport();
    await openGap('Technical direction');
    fireEvent.click(screen.getByRole('button', { name: 'Accept Review' }));

    const dialog = await screen.findByRole('dialog', { name: /Accept Review for “Technical direction”/ });
    // The reason is internal; the note to the client is its own field, said to be shown in the published report.
    expect(within(dialog).getByText('Why, for the decision log. Internal: the client never reads it.')).toBeTruthy();
    expect(within(dialog).getByText("Shown to the client's people in the published report, beside this decision.")).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), { target: { value: 'Start with the review.' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note to the client (optional)' }), { target: { value: ' We begin with a two-week review. ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(api.of('AcceptRecommendation')).toHaveLength(1));
    const { variables } = api.of('AcceptRecommendation')[0]!;
    expect(variables).toMatchObject({ id: 'r1', note: 'Start with the review.', noteToClient: 'We begin with a two-week review.' });
    expect(typeof variables['idempotencyKey']).toBe('string');
    await waitFor(() => expect(api.of('AssessmentReport')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Accepted')).toBeTruthy();
    expect(screen.getByText(/internal: Start with the review\./)).toBeTruthy();
    expect(screen.getByText('We begin with a two-week review.')).toBeTruthy();
  });

  it('accepting a staffing option says which role it drafted, as a draft, and links to it', async () => {
    const role = { id: 'role-1', title: 'Senior engineer — Technical direction', status: 'DRAFT' as const };
    stubGraphQL({
      AssessmentReport: (_v, call) =>
        ok({
          assessmentReport:
            call === 1
              ? report()
              : report({ gaps: [{ ...report().gaps[0]!, recommendations: [option('r2', 'AUGMENTATION', 2, 35, { state: 'ACCEPTED', draftedRoles: [role] })] }] }),
        }),
      AcceptRecommendation: () => ok({ acceptRecommendation: { ...decided('r2', 'ACCEPTED'), draftedRoles: [role] } }),
    });
    renderReport();
    await openGap('Technical direction');
    fireEvent.click(screen.getByRole('button', { name: 'Accept Augmentation' }));
    const dialog = await screen.findByRole('dialog', { name: /Accept Augmentation/ });
    expect(within(dialog).getByText(/drafted, for a recruiter to review and open for matching/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));

    const done = await screen.findByRole('dialog', { name: 'A role was drafted' });
    const link = within(done).getByRole('link', { name: 'Senior engineer — Technical direction' });
    expect(link.getAttribute('href')).toBe('/Role/role-1/show');
    expect(within(done).getByText('(draft)')).toBeTruthy();
    fireEvent.click(within(done).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The report names it on the accepted option too.
    expect((await screen.findAllByRole('link', { name: 'Senior engineer — Technical direction' })).length).toBe(1);
  });

  it('links the team builder from an accepted specialist-team option, and only from one with drafted roles', async () => {
    const drafted = [
      { id: 'role-7', title: 'Senior engineer — Technical direction', status: 'DRAFT' as const },
      { id: 'role-8', title: 'Senior engineer — Release practice', status: 'DRAFT' as const },
    ];
    stubGraphQL({
      AssessmentReport: () =>
        ok({
          assessmentReport: report({
            gaps: [{ ...report().gaps[0]!, recommendations: [option('r2', 'AUGMENTATION', 2, 35, { state: 'ACCEPTED', draftedRoles: [drafted[0]!] }), option('r4', 'SPECIALIST_TEAM', 1, 80, { state: 'ACCEPTED', draftedRoles: drafted })] }],
          }),
        }),
    });
    renderReport();
    await openGap('Technical direction');
    const links = await screen.findAllByRole('link', { name: 'Build the team' });
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('/team-builder/r4?role=role-7');
  });

  it('does not reject without a reason', async () => {
    const api = stubGraphQL({
      AssessmentReport: () => ok({ assessmentReport: report() }),
      RejectRecommendation: () => ok({ rejectRecommendation: decided('r2', 'REJECTED') }),
    });
    renderReport();
    await openGap('Technical direction');
    fireEvent.click(screen.getByRole('button', { name: 'Reject Augmentation' }));

    const dialog = await screen.findByRole('dialog', { name: /Reject Augmentation/ });
    const reject = within(dialog).getByRole('button', { name: 'Reject' }) as HTMLButtonElement;
    expect(reject.disabled).toBe(true);
    const reasonBox = within(dialog).getByRole('textbox', { name: /Reason/ });
    fireEvent.change(reasonBox, { target: { value: '   ' } });
    expect(reject.disabled).toBe(true);
    fireEvent.click(reject);
    expect(api.of('RejectRecommendation')).toHaveLength(0);

    fireEvent.change(reasonBox, { target: { value: 'The team has no room for another engineer.' } });
    expect(reject.disabled).toBe(false);
    fireEvent.click(reject);
    await waitFor(() => expect(api.of('RejectRecommendation')).toHaveLength(1));
    expect(api.of('RejectRecommendation')[0]!.variables).toMatchObject({ id: 'r2', reason: 'The team has no room for another engineer.' });
  });

  it('overrides the ranking with the chosen option and the reason', async () => {
    const api = stubGraphQL({
      AssessmentReport: () => ok({ assessmentReport: report() }),
      OverrideRecommendation: () => ok({ overrideRecommendation: decided('r3', 'OVERRIDDEN') }),
    });
    renderReport();
    await openGap('Technical direction');
    fireEvent.click(screen.getByRole('button', { name: 'Choose another option' }));

    const dialog = await screen.findByRole('dialog', { name: /Choose another option for “Technical direction”/ });
    // Only proposed options below the first: Augmentation and Hire (Specialist team is rejected, Review is first).
    const radios = within(dialog).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Augmentation — ranked 2, score 35', 'Hire — ranked 3, score 10']);
    const choose = () => within(dialog).getByRole('button', { name: /^Choose/ }) as HTMLButtonElement;
    fireEvent.click(within(dialog).getByRole('radio', { name: /Hire/ }));
    expect(choose().disabled).toBe(true); // no reason yet
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'The client wants a permanent lead.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choose Hire' }));

    await waitFor(() => expect(api.of('OverrideRecommendation')).toHaveLength(1));
    expect(api.of('OverrideRecommendation')[0]!.variables).toMatchObject({ gapId: 'g1', option: 'HIRE', reason: 'The client wants a permanent lead.' });
  });

  it('keeps the dialog open and says why when the API refuses', async () => {
    stubGraphQL({
      AssessmentReport: () => ok({ assessmentReport: report() }),
      AcceptRecommendation: () => apiError('CONFLICT', 'This recommendation is already ACCEPTED: decisions are recorded once (see the decision log).'),
    });
    renderReport();
    await openGap('Technical direction');
    fireEvent.click(screen.getByRole('button', { name: 'Accept Review' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('This recommendation is already ACCEPTED: decisions are recorded once (see the decision log).')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: /Accept Review/ })).toBeTruthy();
  });

  it('shows a CLIENT reader the report without decision buttons, seats or per-seat detail', async () => {
    const client = report({
      status: 'PUBLISHED',
      publishedAt: '2031-03-04T09:00:00.000Z',
      heatmap: report().clientHeatmap,
      disclosure: { threshold: 3, publishable: true, summary: 'No breakdown shows a group of fewer than 3 people: CTO and Engineer are shown together as Other roles.', seats: [] },
      gaps: [{ ...report().gaps[0]!, evidence: report().gaps[0]!.evidence.map((e) => ({ ...e, respondentRole: null })) }],
    });
    stubGraphQL({ AssessmentReport: () => ok({ assessmentReport: client }) });
    renderReport(Role.CLIENT);
    expect(await screen.findByText('No breakdown shows a group of fewer than 3 people: CTO and Engineer are shown together as Other roles.')).toBeTruthy();
    expect(screen.queryByText(/What the client will see/)).toBeNull();
    await openGap('Technical direction');
    expect(screen.queryByText(/^Engineer:|^CTO:/)).toBeNull();
    expect(screen.getByText(/^Published /)).toBeTruthy();
    expect(screen.getByText('1. Review')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept Review' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Choose another option' })).toBeNull();
  });

  it('prints the page', async () => {
    stubGraphQL({ AssessmentReport: () => ok({ assessmentReport: report() }) });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderReport();
    fireEvent.click(await screen.findByRole('button', { name: 'Print / save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says when the report is not available', async () => {
    stubGraphQL({ AssessmentReport: () => apiError('NOT_FOUND', 'AssessmentReport a1 not found') });
    renderReport(Role.CLIENT);
    expect(await screen.findByText(/This report is not available/)).toBeTruthy();
  });
});
