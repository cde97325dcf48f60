import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { QueuesPage } from './QueuesPage';

const STATS = [
  { name: 'assessment', waiting: 1, active: 2, delayed: 3, failed: 2, completed: 40 },
  { name: 'notification', waiting: 0, active: 0, delayed: 5, failed: 0, completed: 12 },
];

const ROLE_ID = '660241b5-3d1e-4c7a-9f10-ab12cd34ef56';
const NO_SUBJECT = { subjectType: null, subjectId: null, subjectLabel: null };

const JOBS = [
  { queue: 'assessment', id: 'evt-1', name: 'recommend-and-report', failedReason: 'Report template missing', attemptsMade: 5, failedAt: '2031-03-02T09:00:00.000Z', ...NO_SUBJECT },
  { queue: 'assessment', id: 'evt-2', name: 'compute-gaps', failedReason: 'Deadlock detected', attemptsMade: 3, failedAt: '2031-03-02T08:00:00.000Z', ...NO_SUBJECT },
];

function renderPage(role: Role = Role.ADMIN) {
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(role)}>
        <QueuesPage />
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe('QueuesPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists every queue with its counts, and the failed jobs of the failing ones', async () => {
    const api = stubGraphQL({ QueueStats: () => ok({ queueStats: STATS }), FailedJobs: () => ok({ failedJobs: JOBS }) });
    renderPage();

    const table = await screen.findByRole('table', { name: 'Queues' });
    const assessment = within(table).getByRole('row', { name: /^Assessments and scoring/ });
    expect(within(assessment).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2', '3', '2', '40']);
    const notification = within(table).getByRole('row', { name: /^E-mails/ });
    expect(within(notification).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '5', '0', '12']);

    const failed = await screen.findByRole('table', { name: 'Failed jobs in Assessments and scoring' });
    expect(within(failed).getByText('Report template missing')).toBeTruthy();
    // Jobs in words, not their queue names.
    expect(within(failed).getByText('Recommending options and writing the report')).toBeTruthy();
    // A job of the earlier five-step flow, by the step that now does its work.
    expect(within(failed).getByText('Scoring and finding gaps')).toBeTruthy();
    expect(within(failed).getByText('evt-2')).toBeTruthy();
    // Only the queue with failures is asked for its failed jobs.
    expect(api.of('FailedJobs').map((c) => c.variables)).toEqual([{ queue: 'assessment', page: 0 }]);
  });

  it("names each failed job's subject, linking to it while it exists", async () => {
    const jobs = [
      { ...JOBS[0]!, name: 'recompute-role-matches', subjectType: 'Role', subjectId: ROLE_ID, subjectLabel: 'Senior platform engineer' },
      { ...JOBS[1]!, name: 'recompute-role-matches', subjectType: 'Role', subjectId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', subjectLabel: null },
    ];
    stubGraphQL({ QueueStats: () => ok({ queueStats: STATS }), FailedJobs: () => ok({ failedJobs: jobs }) });
    renderPage();

    const failed = await screen.findByRole('table', { name: 'Failed jobs in Assessments and scoring' });
    const link = within(failed).getByRole('link', { name: 'Role: Senior platform engineer' });
    expect(link.getAttribute('href')).toBe(`/Role/${ROLE_ID}/show`);
    // A deleted subject is named by its id, without a link to nowhere.
    expect(within(failed).getByText('Role: 7c9e6679-7425-40de-944b-e07fc1f90ae7 (deleted)').closest('a')).toBeNull();
  });

  it('retries a failed job and refreshes the counts', async () => {
    const api = stubGraphQL({
      QueueStats: () => ok({ queueStats: STATS }),
      FailedJobs: () => ok({ failedJobs: JOBS }),
      RetryFailedJob: () => ok({ retryFailedJob: { queue: 'assessment', id: 'evt-1', name: 'recommend-and-report' } }),
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Retry Recommending options and writing the report evt-1' }));

    await waitFor(() => expect(api.of('RetryFailedJob')).toHaveLength(1));
    expect(api.of('RetryFailedJob')[0]!.variables).toEqual({ queue: 'assessment', jobId: 'evt-1' });
    expect(await screen.findByText('“Recommending options and writing the report” (evt-1) is queued again.')).toBeTruthy();
    await waitFor(() => expect(api.of('QueueStats').length).toBeGreaterThanOrEqual(2));
  });

  it('tells anyone but an administrator that the queues are not theirs', async () => {
    const api = stubGraphQL({});
    renderPage(Role.CONSULTANT);
    expect(await screen.findByText('Only administrators see the queues.')).toBeTruthy();
    expect(api.calls).toHaveLength(0);
  });
});
