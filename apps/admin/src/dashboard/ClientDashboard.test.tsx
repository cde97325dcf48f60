import { Role } from '@orchestra/shared';
import { render, screen, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { Dashboard } from './Dashboard';

function renderDashboard() {
  const dataProvider = stubDataProvider({});
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(Role.CLIENT)}>
        <Dashboard />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

const dashboard = {
  reports: [{ assessmentId: 'a1', title: 'Release baseline', engagementTitle: 'Platform rescue', publishedAt: '2026-12-04T10:00:00.000Z' }],
  invitations: [
    { id: 'i1', status: 'SUBMITTED', assessmentStatus: 'PUBLISHED', assessmentTitle: 'Release baseline', engagementTitle: 'Platform rescue', dueDate: '2026-12-01', closedNote: null },
    {
      id: 'i2',
      status: 'EXPIRED',
      assessmentStatus: 'CLOSED',
      assessmentTitle: 'Data baseline',
      engagementTitle: 'Data build-out',
      dueDate: '2026-12-10',
      closedNote: 'Closed on 4 December 2026 before your draft was submitted: it was not counted.',
    },
  ],
  engagements: [{ id: 'e1', title: 'Platform rescue', stage: 'ASSESSING', startDate: '2026-11-02', endDate: null }],
};

describe('The CLIENT dashboard', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows reports ready with links, their assessments with status and due dates, and engagements — not the sales funnel', async () => {
    const api = stubGraphQL({ ClientDashboard: () => ok({ clientDashboard: dashboard }) });
    const dataProvider = renderDashboard();
    const reports = await screen.findByRole('list', { name: 'Reports ready' });
    expect(within(reports).getByText('Release baseline')).toBeTruthy();
    expect(within(reports).getByRole('link', { name: 'Read the report “Release baseline”' }).getAttribute('href')).toBe('/reports/a1');
    const mine = screen.getByRole('list', { name: 'Your assessments' });
    expect(within(mine).getByText('Assessment published')).toBeTruthy();
    expect(within(mine).getByText('You: submitted')).toBeTruthy();
    expect(within(mine).getByText('Platform rescue · due 1 December 2026')).toBeTruthy();
    expect(within(mine).getByText('Closed on 4 December 2026 before your draft was submitted: it was not counted.')).toBeTruthy();
    const engagements = screen.getByRole('list', { name: 'Your engagements' });
    expect(within(engagements).getByText('Assessing')).toBeTruthy();
    expect(within(engagements).getByText('2 November 2026')).toBeTruthy();
    // One query for the three widgets; the consultancy's engagement stats are never asked for.
    expect(api.of('ClientDashboard')).toHaveLength(1);
    expect(dataProvider.getEngagementStats).not.toHaveBeenCalled();
    expect(screen.queryByText(/by stage/i)).toBeNull();
  });

  it('says so when there is nothing yet', async () => {
    stubGraphQL({ ClientDashboard: () => ok({ clientDashboard: { reports: [], invitations: [], engagements: [] } }) });
    renderDashboard();
    expect(await screen.findByText('No report is published yet. When one is, it appears here and you are told by e-mail.')).toBeTruthy();
    expect(screen.getByText('You are not invited to any assessment yet.')).toBeTruthy();
    expect(screen.getByText('No engagement yet.')).toBeTruthy();
  });

  it('shows an error in each widget when the dashboard cannot load', async () => {
    stubGraphQL({ ClientDashboard: () => apiError('FORBIDDEN', 'Not allowed.') });
    renderDashboard();
    expect(await screen.findByText(/Could not load reports ready/)).toBeTruthy();
  });
});
