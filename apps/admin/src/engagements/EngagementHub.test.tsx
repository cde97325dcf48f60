import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, Notification, RecordContextProvider, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import { illegalMoveMessage } from './EngagementBoard';
import { EngagementGaps, gapDecision, latestScored } from './EngagementGaps';
import { EngagementRoles } from './EngagementRoles';
import { formatDate } from '../reports/format';
import type { EngagementGap } from './api';
import { MoveStageButtons } from './MoveStageButtons';

const ENGAGEMENT = { id: 'e1', title: 'Release rescue', stage: 'DISCOVERY', allowedNextStages: ['ASSESSING', 'LOST'], canReopen: false };

function renderIn(node: ReactNode, { role = Role.CONSULTANT as Role, record = ENGAGEMENT as Record<string, unknown>, dataProvider = stubDataProvider({}) }: { role?: Role; record?: Record<string, unknown>; dataProvider?: ReturnType<typeof stubDataProvider> } = {}) {
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(role)}>
        <ResourceContextProvider value="Engagement">
          <RecordContextProvider value={record}>{node}</RecordContextProvider>
        </ResourceContextProvider>
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

type Option = EngagementGap['recommendations'][number];

const option = (id: string, opt: Option['option'], rank: number, state: Option['state'] = 'PROPOSED', extra: Partial<Option> = {}): Option => ({
  id,
  option: opt,
  rank,
  state,
  decisionNote: null,
  decidedAt: null,
  draftedRoles: [],
  ...extra,
});

const gap = (id: string, name: string, severity: number, recommendations: Option[]) => ({
  id,
  current: 1.5,
  target: 4,
  size: 2.5,
  severity,
  status: 'OPEN',
  capability: { id: `c-${id}`, name },
  recommendations,
});

describe('engagement hub: pure parts', () => {
  it('picks the most recently scored assessment, scored or published', () => {
    const found = latestScored([
      { id: 'a3', status: 'OPEN', scoredAt: null },
      { id: 'a2', status: 'PUBLISHED', scoredAt: '2031-01-10T09:00:00.000Z' },
      { id: 'a1', status: 'SCORED', scoredAt: '2031-02-01T09:00:00.000Z' },
      { id: 'a0', status: 'CLOSED', scoredAt: null },
    ]);
    expect(found?.id).toBe('a1');
    expect(latestScored([{ id: 'a', status: 'DRAFT', scoredAt: null }])).toBeUndefined();
  });

  it('says the decision on a gap in words', () => {
    expect(gapDecision({ recommendations: [option('r1', 'REVIEW', 1), option('r2', 'HIRE', 2, 'ACCEPTED')] }).text).toBe('Hire accepted');
    expect(gapDecision({ recommendations: [option('r1', 'REVIEW', 1, 'PROPOSED'), option('r2', 'HIRE', 2, 'OVERRIDDEN')] }).text).toBe('Hire chosen over the ranking');
    expect(gapDecision({ recommendations: [option('r2', 'HIRE', 2), option('r1', 'REVIEW', 1, 'REJECTED'), option('r3', 'AUGMENTATION', 3)] }).text).toBe('Open: Hire ranked first');
  });

  it('explains an illegal drop in words', () => {
    expect(illegalMoveMessage({ title: 'Release rescue', stage: 'DISCOVERY', allowedNextStages: ['ASSESSING', 'LOST'] }, 'ACTIVE')).toBe(
      '“Release rescue” cannot go from discovery to active: it can only move to assessing or lost.',
    );
    expect(illegalMoveMessage({ title: 'Old deal', stage: 'LOST', allowedNextStages: [] }, 'LEAD')).toBe('“Old deal” is lost and cannot move: reopen it from its page first.');
  });
});

describe('Gaps tab', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("lists the latest scored assessment's gaps worst first, each with its decision and drafted role, and links the report", async () => {
    const api = stubGraphQL({
      EngagementScoredAssessments: () =>
        ok({
          allAssessments: [
            { id: 'a-new', title: 'Re-assessment', status: 'OPEN', scoredAt: null },
            { id: 'a-base', title: 'Baseline', status: 'SCORED', scoredAt: '2031-03-02T09:00:00.000Z' },
          ],
        }),
      EngagementGaps: () =>
        ok({
          allCapabilityGaps: [
            gap('g1', 'Delivery predictability', 2.25, [
              option('r1', 'REVIEW', 1),
              option('r2', 'AUGMENTATION', 2, 'OVERRIDDEN', {
                decisionNote: 'They need hands now.',
                draftedRoles: [{ id: 'role-1', title: 'Senior engineer — Delivery predictability', status: 'DRAFT' }],
              }),
            ]),
            gap('g2', 'Technical direction', 0.6, [option('r3', 'REVIEW', 1), option('r4', 'HIRE', 2)]),
          ],
        }),
    });
    renderIn(<EngagementGaps />);

    const rows = await screen.findAllByTestId('gap-row');
    expect(api.of('EngagementScoredAssessments')[0]!.variables).toEqual({ engagementId: 'e1' });
    expect(api.of('EngagementGaps')[0]!.variables).toEqual({ assessmentId: 'a-base' });
    // The house date format, in the reader's locale.
    expect(screen.getByText(`From “Baseline”, scored ${formatDate('2031-03-02T09:00:00.000Z')}`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the report' }).getAttribute('href')).toBe('/Assessment/a-base/show/report');

    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Delivery predictability', 'Technical direction']);
    const [worst, next] = rows as [HTMLElement, HTMLElement];
    expect(within(worst).getByText('Severe · 2.25')).toBeTruthy();
    expect(within(worst).getByText('1.5 → 4')).toBeTruthy();
    expect(within(worst).getByText('Augmentation chosen over the ranking')).toBeTruthy();
    expect(within(worst).getByText('They need hands now.')).toBeTruthy();
    expect(within(worst).getByRole('link', { name: 'Senior engineer — Delivery predictability' }).getAttribute('href')).toBe('/Role/role-1/show');
    expect(within(worst).getByText('Draft')).toBeTruthy();
    expect(within(next).getByText('Minor · 0.60')).toBeTruthy();
    expect(within(next).getByText('Open: Review ranked first')).toBeTruthy();
    expect(within(next).getByText('—')).toBeTruthy();
  });

  it('says so when no assessment is scored yet (and asks for no gaps)', async () => {
    const api = stubGraphQL({ EngagementScoredAssessments: () => ok({ allAssessments: [{ id: 'a1', title: 'Baseline', status: 'OPEN', scoredAt: null }] }) });
    renderIn(<EngagementGaps />);
    expect(await screen.findByText('No scored assessment yet: gaps appear here once an assessment is closed and scored.')).toBeTruthy();
    expect(api.of('EngagementGaps')).toHaveLength(0);
  });

  it('says so when the scored assessment has no gaps', async () => {
    stubGraphQL({
      EngagementScoredAssessments: () => ok({ allAssessments: [{ id: 'a1', title: 'Baseline', status: 'PUBLISHED', scoredAt: '2031-03-02T09:00:00.000Z' }] }),
      EngagementGaps: () => ok({ allCapabilityGaps: [] }),
    });
    renderIn(<EngagementGaps />);
    expect(await screen.findByText('No gaps: every scored capability meets its target.')).toBeTruthy();
  });

  it('shows an error with a way to try again', async () => {
    let broken = true;
    stubGraphQL({ EngagementScoredAssessments: () => (broken ? apiError('INTERNAL', 'Something broke') : ok({ allAssessments: [] })) });
    renderIn(<EngagementGaps />);
    expect(await screen.findByText(/The gaps could not be loaded: Something broke/)).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No scored assessment yet/)).toBeTruthy();
  });
});

describe('Roles tab', () => {
  const ROLES = [
    { id: 'role-1', title: 'Senior engineer — Delivery predictability', optionType: 'AUGMENTATION', status: 'DRAFT', matchCounts: [] },
    {
      id: 'role-2',
      title: 'Lead engineer, permanent hire — Technical direction',
      optionType: 'HIRE',
      status: 'OPEN',
      matchCounts: [
        { stage: 'SHORTLISTED', count: 2 },
        { stage: 'SUGGESTED', count: 5 },
      ],
    },
  ];

  function withRoles() {
    const dataProvider = stubDataProvider({ Role: ROLES });
    dataProvider.getManyReference.mockImplementation((resource) => Promise.resolve(resource === 'Role' ? { data: ROLES, total: 2 } : { data: [], total: 0 }));
    dataProvider.update.mockImplementation((_resource, { id, data }) => Promise.resolve({ data: { ...ROLES.find((r) => r.id === id)!, ...data } }));
    return dataProvider;
  }

  it("lists the engagement's roles with status and pipeline counts; a recruiter opens a draft", async () => {
    const dataProvider = renderIn(<EngagementRoles />, { role: Role.RECRUITER, dataProvider: withRoles() });
    const draft = (await screen.findByText('Senior engineer — Delivery predictability')).closest('tr')!;
    expect(dataProvider.getManyReference).toHaveBeenCalledWith('Role', expect.objectContaining({ target: 'engagementId', id: 'e1' }));
    expect(within(draft).getByText('Augmentation')).toBeTruthy();
    expect(within(draft).getByText('Draft')).toBeTruthy();
    const open = screen.getByText('Lead engineer, permanent hire — Technical direction').closest('tr')!;
    expect(within(open).getByText('Open')).toBeTruthy();
    // Pipeline order, not the API's order.
    expect(within(open).getAllByText(/^(Suggested|Shortlisted) \d$/).map((c) => c.textContent)).toEqual(['Suggested 5', 'Shortlisted 2']);
    expect(within(open).queryByRole('button', { name: /Open .* for matching/ })).toBeNull();

    fireEvent.click(within(draft).getByRole('button', { name: 'Open Senior engineer — Delivery predictability for matching' }));
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalledWith('Role', expect.objectContaining({ id: 'role-1', data: { status: 'OPEN' } })));
    expect(await screen.findByText('“Senior engineer — Delivery predictability” is open: candidates are being matched.')).toBeTruthy();
  });

  it('links the team builder once per specialist-team option, and not for other roles', async () => {
    const TEAM_ROLES = [
      ...ROLES,
      { id: 'team-1', title: 'Specialist team — Platform', optionType: 'SPECIALIST_TEAM', recommendationId: 'rec-team', status: 'DRAFT', matchCounts: [] },
      { id: 'team-2', title: 'Specialist team — Delivery', optionType: 'SPECIALIST_TEAM', recommendationId: 'rec-team', status: 'DRAFT', matchCounts: [] },
    ];
    const dataProvider = stubDataProvider({ Role: TEAM_ROLES });
    dataProvider.getManyReference.mockImplementation((resource) => Promise.resolve(resource === 'Role' ? { data: TEAM_ROLES, total: 4 } : { data: [], total: 0 }));
    renderIn(<EngagementRoles />, { role: Role.RECRUITER, dataProvider });
    const first = (await screen.findByText('Specialist team — Platform')).closest('tr')!;
    const links = await screen.findAllByRole('link', { name: 'Team builder' });
    expect(links).toHaveLength(1);
    expect(within(first).getByRole('link', { name: 'Team builder' }).getAttribute('href')).toBe('/team-builder/rec-team?role=team-1');
    expect(screen.getByRole('columnheader', { name: 'Team' })).toBeTruthy();
  });

  it('has no Team column without a specialist-team option', async () => {
    renderIn(<EngagementRoles />, { role: Role.RECRUITER, dataProvider: withRoles() });
    await screen.findByText('Senior engineer — Delivery predictability');
    expect(screen.queryByRole('columnheader', { name: 'Team' })).toBeNull();
  });

  it('says how roles come when there are none', async () => {
    renderIn(<EngagementRoles />);
    expect(await screen.findByText(/No roles yet: accepting a staffing option on the Gaps tab drafts them/)).toBeTruthy();
  });
});

describe('stage moves: mark lost and reopen ask first', () => {
  function withMoves(record: Record<string, unknown> = ENGAGEMENT) {
    const dataProvider = Object.assign(stubDataProvider({}), {
      moveEngagementStage: vi.fn((params: { stage: string }) => Promise.resolve({ data: { id: 'e1', stage: params.stage } })),
      reopenEngagement: vi.fn(() => Promise.resolve({ data: { id: 'e1', stage: 'DISCOVERY' } })),
    });
    renderIn(<MoveStageButtons />, { record, dataProvider });
    return dataProvider;
  }

  it('marking lost needs a reason, says it is final, and sends the reason as the note', async () => {
    const dataProvider = withMoves();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark lost…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark “Release rescue” lost?' });
    expect(within(dialog).getByText(/Lost ends the engagement/)).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Mark lost' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: '   ' } });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: ' Budget frozen until Q3 ' } });
    fireEvent.click(confirm);

    await waitFor(() => expect(dataProvider.moveEngagementStage).toHaveBeenCalledTimes(1));
    expect(dataProvider.moveEngagementStage).toHaveBeenCalledWith({ id: 'e1', stage: 'LOST', note: 'Budget frozen until Q3', idempotencyKey: expect.any(String) });
    expect(await screen.findByText('“Release rescue” marked lost.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('cancelling sends nothing', async () => {
    const dataProvider = withMoves();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark lost…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(dataProvider.moveEngagementStage).not.toHaveBeenCalled();
  });

  it('a forward move takes an optional note', async () => {
    const dataProvider = withMoves();
    fireEvent.click(await screen.findByRole('button', { name: 'Move to assessing…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move “Release rescue” to assessing?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(dataProvider.moveEngagementStage).toHaveBeenCalledWith({ id: 'e1', stage: 'ASSESSING', note: null, idempotencyKey: expect.any(String) }));
  });

  it('reopening a lost engagement needs a reason and says where it went', async () => {
    const dataProvider = withMoves({ ...ENGAGEMENT, stage: 'LOST', allowedNextStages: [], canReopen: true });
    expect(screen.queryByRole('button', { name: /Move to/ })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen “Release rescue”?' });
    expect((within(dialog).getByRole('button', { name: 'Reopen' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Budget approved after all' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(dataProvider.reopenEngagement).toHaveBeenCalledWith({ id: 'e1', reason: 'Budget approved after all', idempotencyKey: expect.any(String) }));
    expect(await screen.findByText('“Release rescue” reopened: back to discovery.')).toBeTruthy();
  });

  it('offers no Reopen when the API says the reader may not', async () => {
    withMoves({ ...ENGAGEMENT, stage: 'LOST', allowedNextStages: [], canReopen: false });
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  });

  it('offers no move at all to a RECRUITER (who may not change engagements)', async () => {
    renderIn(<MoveStageButtons />, { role: Role.RECRUITER });
    await permissionAnswered('Engagement', 'edit');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
