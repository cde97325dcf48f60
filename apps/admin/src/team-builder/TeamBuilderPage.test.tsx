import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL, type GqlReply } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import type { SpecialistTeam, TeamChoice } from './api';
import { TeamBuilderPage } from './TeamBuilderPage';

const member = (candidateId: string, candidateName: string, score: number, costMinor: number, uniqueSkills: string[], explanation: string, alternative: TeamChoice['members'][number]['alternative'] = null) => ({
  candidateId,
  candidateName,
  score,
  costMinor,
  uniqueSkills,
  explanation,
  alternative,
});

const covered = (skillId: string, name: string, coveredBy: { candidateId: string; candidateName: string; level: number }[]) => ({ skillId, name, minLevel: 3, coveredBy });

const UMA = { candidateId: 'uma', candidateName: 'Uma Left' };
const VIC = { candidateId: 'vic', candidateName: 'Vic Right' };
const XAVI = { candidateId: 'xavi', candidateName: 'Xavi Wide' };

/** The API's answer for four skills and a team of two: exact (Uma and Vic) covers all four, greedy (Xavi first) three. */
const TEAM: SpecialistTeam = {
  recommendationId: 'rec-team',
  minSize: 2,
  maxSize: 2,
  budgetMinor: 400000,
  candidatesConsidered: 3,
  bound: 'Greedy covers at least 63% of the best possible weighted coverage for a team of 2 (without a budget); the exact team is the best within the budget.',
  skills: [
    { skillId: 'go', name: 'Go', minLevel: 3, weight: 1 },
    { skillId: 'rust', name: 'Rust', minLevel: 3, weight: 1 },
    { skillId: 'kotlin', name: 'Kotlin', minLevel: 3, weight: 1 },
    { skillId: 'scala', name: 'Scala', minLevel: 3, weight: 1 },
  ],
  exact: {
    coverage: 1,
    totalScore: 123.4,
    totalCostMinor: 130000,
    availableFrom: '2031-04-01',
    sharedHours: 8,
    uncovered: [],
    members: [
      member('uma', 'Uma Left', 61.2, 65000, ['Go', 'Rust'], 'Uma Left alone covers Go and Rust. Xavi Wide would replace them with 25% less coverage.', { ...XAVI, coverageLoss: 0.25, scoreLoss: -8.1 }),
      member('vic', 'Vic Right', 62.2, 65000, ['Kotlin', 'Scala'], 'Vic Right alone covers Kotlin and Scala. Xavi Wide would replace them with 25% less coverage.', { ...XAVI, coverageLoss: 0.25, scoreLoss: -7.1 }),
    ],
    skills: [
      covered('go', 'Go', [{ ...UMA, level: 3 }]),
      covered('rust', 'Rust', [{ ...UMA, level: 3 }]),
      covered('kotlin', 'Kotlin', [{ ...VIC, level: 3 }]),
      covered('scala', 'Scala', [{ ...VIC, level: 3 }]),
    ],
  },
  greedy: {
    coverage: 0.75,
    totalScore: 131.5,
    totalCostMinor: 150000,
    availableFrom: '2031-04-08',
    sharedHours: 6.5,
    uncovered: ['Scala'],
    members: [
      member('xavi', 'Xavi Wide', 69.3, 85000, ['Kotlin'], 'Xavi Wide covers Rust and Kotlin at level 5.'),
      member('uma', 'Uma Left', 61.2, 65000, ['Go'], 'Uma Left alone covers Go.', { ...VIC, coverageLoss: 0, scoreLoss: -1 }),
    ],
    skills: [
      covered('go', 'Go', [{ ...UMA, level: 3 }]),
      covered('rust', 'Rust', [{ ...XAVI, level: 5 }, { ...UMA, level: 3 }]),
      covered('kotlin', 'Kotlin', [{ ...XAVI, level: 5 }]),
      covered('scala', 'Scala', []),
    ],
  },
};

/** BAD_USER_INPUT with the API's problems by field (the kit's `apiError` carries a code only). */
const badInput = (fields: Record<string, string>): GqlReply => {
  const reply = { errors: [{ message: `Invalid input: ${Object.entries(fields).map(([f, p]) => `${f} ${p}`).join('; ')}.`, extensions: { code: 'BAD_USER_INPUT', fields } }] };
  return reply;
};

const ROLE = { id: 'drafted-1', title: 'Specialist team — Platform', status: 'DRAFT', currency: 'EUR', engagementId: 'e1', recommendationId: 'rec-team' };

function stubApi(handlers: { team?: (variables: Record<string, unknown>, call: number) => GqlReply; accept?: (variables: Record<string, unknown>) => GqlReply } = {}) {
  return stubGraphQL({
    TeamBuilderRole: () => ok({ Role: ROLE }),
    SpecialistTeam: handlers.team ?? (() => ok({ specialistTeam: TEAM })),
    AcceptSpecialistTeam:
      handlers.accept ??
      (() =>
        ok({
          acceptSpecialistTeam: [
            { id: 'new-1', title: 'Specialist team member — Go and Rust', status: 'OPEN' },
            { id: 'new-2', title: 'Specialist team member — Kotlin and Scala', status: 'OPEN' },
          ],
        })),
  });
}

function renderPage(role: Role = Role.RECRUITER) {
  window.scrollTo = () => undefined;
  return render(
    <TestMemoryRouter>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(role)}>
        <TeamBuilderPage recommendationId="rec-team" roleId="drafted-1" />
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

const matrix = (team: 'exact team' | 'greedy team') => screen.findByRole('table', { name: `Coverage matrix: ${team}` });

describe('TeamBuilderPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the exact and greedy teams side by side, the bound, and the matrix of the exact team (greedy on the toggle)', async () => {
    const api = stubApi();
    renderPage();

    const exact = await screen.findByRole('region', { name: 'Exact team' });
    expect(api.of('SpecialistTeam')[0]!.variables).toEqual({ recommendationId: 'rec-team', minSize: null, maxSize: null, budgetMinor: null });
    expect(within(exact).getByText('100%')).toBeTruthy();
    expect(within(exact).getByText('123.4')).toBeTruthy();
    await within(exact).findByText(/€1,300(\.00)?/);
    expect(within(exact).getByText('1 April 2031')).toBeTruthy();
    expect(within(exact).getByText('8 hours')).toBeTruthy();
    const greedy = screen.getByRole('region', { name: 'Greedy team' });
    expect(within(greedy).getByText('75%')).toBeTruthy();
    expect(within(greedy).getByText('131.5')).toBeTruthy();
    expect(within(greedy).getByText('6.5 hours')).toBeTruthy();
    expect(within(greedy).getByText('Uncovered: Scala')).toBeTruthy();
    expect(screen.getByText(TEAM.bound)).toBeTruthy();
    // The sizes and budget the teams were built within, the budget in euros.
    expect((screen.getByLabelText('Smallest team') as HTMLInputElement).value).toBe('2');
    expect((screen.getByLabelText('Largest team') as HTMLInputElement).value).toBe('2');
    expect((screen.getByLabelText('Budget (EUR)') as HTMLInputElement).value).toBe('4000');

    const exactMatrix = await matrix('exact team');
    expect(within(exactMatrix).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Skill', 'Minimum level', 'Uma Left', 'Vic Right']);
    expect(within(exactMatrix).getByRole('cell', { name: 'Uma Left: Go at level 3' }).textContent).toBe('3');
    expect(within(exactMatrix).getByRole('cell', { name: 'Vic Right does not cover Go' }).textContent).toBe('');
    expect(within(exactMatrix).queryByText('Uncovered')).toBeNull();
    const why = screen.getByRole('list', { name: 'Why each member: exact team' });
    expect(within(why).getByText('Uma Left alone covers Go and Rust. Xavi Wide would replace them with 25% less coverage.')).toBeTruthy();
    expect(within(why).getAllByText(/^Score 61\.2 · cost €650(\.00)?$/)).toHaveLength(1);
    // The explanation names the replacement already: not said twice.
    expect(within(why).queryByText(/Best replacement/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Greedy team' }));
    const greedyMatrix = await matrix('greedy team');
    expect(within(greedyMatrix).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Skill', 'Minimum level', 'Xavi Wide', 'Uma Left']);
    expect(within(greedyMatrix).getByRole('cell', { name: 'Xavi Wide: Rust at level 5' }).textContent).toBe('5');
    const scala = within(greedyMatrix).getByRole('rowheader', { name: /Scala/ }).closest('tr')!;
    expect(within(scala).getByText('Uncovered')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Accept the greedy team' })).toBeTruthy();
    // A replacement the explanation does not name is added.
    expect(within(screen.getByRole('list', { name: 'Why each member: greedy team' })).getByText('Best replacement: Vic Right: the same coverage, 1.0 points more score')).toBeTruthy();
  });

  it('builds again with the sizes and budget typed (the budget sent in cents)', async () => {
    const api = stubApi();
    renderPage();
    await screen.findByRole('region', { name: 'Exact team' });
    fireEvent.change(screen.getByLabelText('Largest team'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Budget (EUR)'), { target: { value: '2500.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build again' }));
    await waitFor(() => expect(api.of('SpecialistTeam')).toHaveLength(2));
    expect(api.of('SpecialistTeam')[1]!.variables).toEqual({ recommendationId: 'rec-team', minSize: 2, maxSize: 3, budgetMinor: 250050 });

    // A smallest team above the largest is refused before asking.
    fireEvent.change(screen.getByLabelText('Smallest team'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build again' }));
    expect(await screen.findByText('Not below the smallest team')).toBeTruthy();
    expect(api.of('SpecialistTeam')).toHaveLength(2);
  });

  it('accepts the shown team after a confirmation that says what happens, then links the roles it created', async () => {
    const api = stubApi();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the exact team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the exact team?' });
    expect(within(dialog).getByText(/An open role is drafted for each of the 2 members.*each member is shortlisted.*The roles this option drafted for the request are cancelled/)).toBeTruthy();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Uma Left', 'Vic Right']);
    expect(api.of('AcceptSpecialistTeam')).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept the team' }));
    await waitFor(() => expect(api.of('AcceptSpecialistTeam')).toHaveLength(1));
    expect(api.of('AcceptSpecialistTeam')[0]!.variables).toEqual({ recommendationId: 'rec-team', candidateIds: ['uma', 'vic'], minSize: 2, maxSize: 2, budgetMinor: 400000 });
    const roles = await screen.findByRole('alert', { name: "The team's roles" });
    expect(within(roles).getByRole('link', { name: 'Specialist team member — Go and Rust' }).getAttribute('href')).toBe('/Role/new-1/show');
    expect(within(roles).getByRole('link', { name: 'Specialist team member — Kotlin and Scala' }).getAttribute('href')).toBe('/Role/new-2/show');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('sends the greedy team when the greedy team is shown', async () => {
    const api = stubApi();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Greedy team' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the greedy team' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Accept the greedy team?' })).getByRole('button', { name: 'Accept the team' }));
    await waitFor(() => expect(api.of('AcceptSpecialistTeam')).toHaveLength(1));
    expect(api.of('AcceptSpecialistTeam')[0]!.variables).toMatchObject({ candidateIds: ['xavi', 'uma'] });
  });

  it("keeps the dialog open with the API's words when accepting is refused", async () => {
    stubApi({ accept: () => badInput({ candidateIds: 'a team of 2 to 2 people, not 1' }) });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the exact team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the exact team?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept the team' }));
    expect(await within(dialog).findByText('The team: a team of 2 to 2 people, not 1.')).toBeTruthy();
  });

  it("shows the API's words when the option has no team to build", async () => {
    stubApi({ team: () => badInput({ recommendationId: 'has no drafted specialist-team roles: accept the specialist-team option on the report first' }) });
    renderPage();
    expect(await screen.findByText('The option: has no drafted specialist-team roles: accept the specialist-team option on the report first.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
  });

  it('shows a refusal without fields as the message (CONFLICT)', async () => {
    stubApi({ team: () => apiError('CONFLICT', 'The pool is being rebuilt: try again in a minute.') });
    renderPage();
    expect(await screen.findByText('The pool is being rebuilt: try again in a minute.')).toBeTruthy();
  });

  it('says so when nobody can form a team', async () => {
    const empty: TeamChoice = { ...TEAM.exact, coverage: 0, totalScore: 0, totalCostMinor: 0, availableFrom: null, sharedHours: 0, members: [], uncovered: TEAM.skills.map((s) => s.name), skills: TEAM.exact.skills.map((s) => ({ ...s, coveredBy: [] })) };
    stubApi({ team: () => ok({ specialistTeam: { ...TEAM, candidatesConsidered: 0, exact: empty, greedy: empty } }) });
    renderPage();
    expect(await screen.findByText(/Nobody in the pool can form a team within these bounds/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Accept the exact team' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers a CONSULTANT (who may not manage matches) no accept', async () => {
    stubApi();
    renderPage(Role.CONSULTANT);
    await matrix('exact team');
    // canAccess answers asynchronously: give it the time to (not) show the button.
    await waitFor(() => expect(screen.queryByRole('button', { name: /Accept the/ })).toBeNull());
    expect(screen.getByRole('region', { name: 'Greedy team' })).toBeTruthy();
  });
});
