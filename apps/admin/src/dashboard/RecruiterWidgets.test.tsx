import { Role } from '@orchestra/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { Dashboard } from './Dashboard';

const DASHBOARD = {
  openRolesByAge: [
    { label: '< 1 week', count: 2 },
    { label: '1–4 weeks', count: 5 },
    { label: '> 4 weeks', count: 1 },
  ],
  consentExpiring: [
    { id: 'cand1', name: 'Ada Lovelace', consentExpiresAt: '2031-03-10T00:00:00.000Z' },
    { id: 'cand2', name: 'Grace Hopper', consentExpiresAt: '2031-03-20T00:00:00.000Z' },
  ],
  placementsThisMonth: 3,
  dueForErasure: 4,
};

function renderDashboard(role: Role) {
  return render(
    <TestMemoryRouter>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(role)}>
        <Dashboard />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe('Dashboard: recruiter widgets', () => {
  // EngagementsByStage's chart measures its surface: give it a width, as in its own test.
  beforeEach(() => {
    const computed = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      const style = computed(element, pseudo);
      if (!element.classList.contains('MuiChartsSurface-root')) return style;
      return new Proxy(style, { get: (target, key) => (key === 'width' ? '480px' : Reflect.get(target, key)) });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows a RECRUITER open roles by age, expiring consent with links and the month figures, from one query', async () => {
    const api = stubGraphQL({ RecruiterDashboard: () => ok({ recruiterDashboard: DASHBOARD }), MyPipeline: () => ok({ myPipeline: { byStage: [], stuckCount: 0, stuck: [] } }) });
    renderDashboard(Role.RECRUITER);

    const ages = await screen.findByLabelText('Open roles by age');
    await waitFor(() => expect(within(ages).getAllByRole('definition').map((d) => d.textContent)).toEqual(['2', '5', '1']));
    expect(within(ages).getAllByRole('term').map((t) => t.textContent)).toEqual(['< 1 week', '1–4 weeks', '> 4 weeks']);
    expect(screen.getByText('Open roles by age (8)')).toBeTruthy();

    const consent = screen.getByRole('list', { name: 'Consent expiring' });
    const links = within(consent).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/Candidate/cand1/show', '/Candidate/cand2/show']);
    expect(within(links[0]!).getByText('Ada Lovelace')).toBeTruthy();

    expect(within(screen.getByText('Placements this month').parentElement!).getByText('3')).toBeTruthy();
    expect(within(screen.getByText('Due for erasure').parentElement!).getByText('4')).toBeTruthy();
    expect(api.of('RecruiterDashboard')).toHaveLength(1);
  });

  it('shows them to a CONSULTANT, who reads the pool', async () => {
    stubGraphQL({ RecruiterDashboard: () => ok({ recruiterDashboard: DASHBOARD }) });
    renderDashboard(Role.CONSULTANT);
    expect(await screen.findByRole('list', { name: 'Consent expiring' })).toBeTruthy();
  });

  it('does not show them to a CLIENT user', async () => {
    const api = stubGraphQL({});
    renderDashboard(Role.CLIENT);
    expect(await screen.findByText(/^Welcome/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Consent expiring')).toBeNull());
    expect(api.of('RecruiterDashboard')).toHaveLength(0);
    expect(api.of('MyPipeline')).toHaveLength(0);
  });
});
