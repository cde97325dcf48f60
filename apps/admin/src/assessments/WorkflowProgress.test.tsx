import { Role } from '@orchestra/shared';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, RecordContextProvider, TestMemoryRouter } from 'react-admin';
import type { Location } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import { AssessmentActions } from './AssessmentActions';
import { WorkflowProgress, type WorkflowRunRecord } from './WorkflowProgress';

function run(overrides: Partial<WorkflowRunRecord> = {}): WorkflowRunRecord {
  return {
    id: 'run-1',
    status: 'RUNNING',
    currentStep: 'score-and-find-gaps',
    progress: 0,
    attempts: 1,
    error: null,
    startedAt: '2031-03-02T09:00:00.000Z',
    finishedAt: null,
    createdAt: '2031-03-02T09:00:00.000Z',
    ...overrides,
  };
}

function renderWith(ui: React.ReactNode, { status, runs = [], role = Role.CONSULTANT }: { status: string; runs?: WorkflowRunRecord[]; role?: Role }) {
  const dataProvider = stubDataProvider({ WorkflowRun: runs });
  let location: Location | undefined;
  render(
    <TestMemoryRouter locationCallback={(l) => (location = l)}>
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(role)}>
        <RecordContextProvider value={{ id: 'a1', title: 'Baseline', status, publishedAt: status === 'PUBLISHED' ? '2031-03-04T09:00:00.000Z' : null }}>
          {ui}
        </RecordContextProvider>
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { dataProvider, location: () => location };
}

describe('WorkflowProgress', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the current step by its label and the progress, and polls while it runs', async () => {
    const { dataProvider } = renderWith(<WorkflowProgress />, { status: 'CLOSED', runs: [run()] });
    expect(await screen.findByText('Scoring and finding gaps · step 1 of 2')).toBeTruthy();
    expect(screen.getByText('0%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Scoring progress' }).getAttribute('aria-valuenow')).toBe('0');
    expect(dataProvider.getList).toHaveBeenCalledWith('WorkflowRun', expect.objectContaining({ filter: { subjectId: 'a1' }, sort: { field: 'createdAt', order: 'DESC' } }));

    // The next poll (about a second later) sees the run move on.
    dataProvider.getList.mockResolvedValue({ data: [run({ currentStep: 'recommend-and-report', progress: 50 })], total: 1 });
    expect(await screen.findByText('Recommending options and writing the report · step 2 of 2')).toBeTruthy();
    expect(screen.getByText('50%')).toBeTruthy();
  });

  it('names a run of the earlier five- and three-step flows by the step that now does its work', async () => {
    renderWith(<WorkflowProgress />, { status: 'CLOSED', runs: [run({ currentStep: 'render-report', progress: 75 })] });
    expect(await screen.findByText('Recommending options and writing the report · step 2 of 2')).toBeTruthy();
    cleanup();
    renderWith(<WorkflowProgress />, { status: 'CLOSED', runs: [run({ currentStep: 'finalise-assessment', progress: 90 })] });
    expect(await screen.findByText('Recommending options and writing the report · step 2 of 2')).toBeTruthy();
  });

  it('shows the error of a FAILED run and retries it', async () => {
    const api = stubGraphQL({ RetryWorkflowRun: () => ok({ retryWorkflowRun: { id: 'run-1', status: 'PENDING' } }) });
    const failed = run({ status: 'FAILED', currentStep: 'recommend-and-report', progress: 50, attempts: 2, error: 'Report template missing' });
    const { dataProvider } = renderWith(<WorkflowProgress />, { status: 'CLOSED', runs: [failed] });

    expect(await screen.findByText('Report template missing')).toBeTruthy();
    expect(screen.getByText('Scoring stopped at Recommending options and writing the report · step 2 of 2')).toBeTruthy();
    expect(screen.getByText(/2 attempts\./)).toBeTruthy();

    dataProvider.getList.mockResolvedValue({ data: [run({ status: 'PENDING', currentStep: 'recommend-and-report', progress: 50, attempts: 3 })], total: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(api.of('RetryWorkflowRun')).toHaveLength(1));
    expect(api.of('RetryWorkflowRun')[0]!.variables).toEqual({ id: 'run-1' });
    expect(await screen.findByText('Scoring runs again: steps already done are not repeated.')).toBeTruthy();
    expect(await screen.findByText('Recommending options and writing the report · step 2 of 2')).toBeTruthy();
  });

  it('offers no Retry to those who may not edit assessments', async () => {
    renderWith(<WorkflowProgress />, { status: 'CLOSED', runs: [run({ status: 'FAILED', error: 'Boom' })], role: Role.RECRUITER });
    expect(await screen.findByText('Boom')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('leads to the report once scored', async () => {
    const { location } = renderWith(<WorkflowProgress />, {
      status: 'SCORED',
      runs: [run({ status: 'SUCCEEDED', currentStep: 'recommend-and-report', progress: 100, finishedAt: '2031-03-02T09:00:12.000Z' })],
    });
    expect(await screen.findByText('Scored in 12 s: scores, gaps and ranked options are ready.')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Open the report' }));
    await waitFor(() => expect(location()?.pathname).toBe('/Assessment/a1/show/report'));
  });

  it('shows nothing before the assessment is closed', async () => {
    const { dataProvider } = renderWith(<WorkflowProgress />, { status: 'OPEN' });
    await permissionAnswered('Assessment', 'edit');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(dataProvider.getList).not.toHaveBeenCalled();
  });
});

describe('AssessmentActions: publishing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('publishes a SCORED assessment to the client after confirming, saying what the anonymity rule merges', async () => {
    const api = stubGraphQL({
      PublishAssessmentReport: () => ok({ publishAssessmentReport: { id: 'a1', status: 'PUBLISHED', publishedAt: '2031-03-04T09:00:00.000Z' } }),
      ReportRecipients: () => ok({ reportRecipients: [] }),
      ReportDisclosure: () =>
        ok({
          assessmentReport: {
            assessmentId: 'a1',
            disclosure: {
              threshold: 3,
              publishable: true,
              summary: 'Breakdowns by seat show groups of at least 3: CTO (1) and Product (2) are shown together as Other roles.',
              seats: [
                { respondentRole: 'CTO', respondents: 1, outcome: 'MERGED', reason: '1 respondent: fewer than 3, so merged into Other roles with Product (2) (3 together).' },
                { respondentRole: 'ENGINEER', respondents: 5, outcome: 'SHOWN', reason: '5 respondents: shown on its own.' },
              ],
            },
          },
        }),
    });
    renderWith(<AssessmentActions />, { status: 'SCORED' });
    fireEvent.click(await screen.findByRole('button', { name: 'Publish to the client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the report to the client?' });
    expect(await within(dialog).findByText(/CTO \(1\) and Product \(2\) are shown together as Other roles/)).toBeTruthy();
    expect(within(dialog).getByText(/1 respondent: fewer than 3, so merged/)).toBeTruthy();
    expect(api.of('ReportDisclosure')[0]!.variables).toEqual({ assessmentId: 'a1' });
    expect(await within(dialog).findByText(/^Nobody is notified: the client has no signed-in users yet/)).toBeTruthy();
    expect(api.of('PublishAssessmentReport')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(api.of('PublishAssessmentReport')).toHaveLength(1));
    expect(api.of('PublishAssessmentReport')[0]!.variables).toMatchObject({ id: 'a1' });
    expect(await screen.findByText("Published: the client's people can now read the report.")).toBeTruthy();
  });

  it('says when a PUBLISHED assessment was published', async () => {
    renderWith(<AssessmentActions />, { status: 'PUBLISHED' });
    expect(await screen.findByText(/^Published on .*2031/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish to the client' })).toBeNull();
  });
});
