import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, RecordContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { AssessmentActions } from './AssessmentActions';

function renderActions(record: Record<string, unknown>) {
  const dataProvider = Object.assign(stubDataProvider({}), {
    closeAssessment: vi.fn(() => Promise.resolve({ data: { id: 'a1', status: 'CLOSED' } })),
  });
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(Role.CONSULTANT)}>
        <RecordContextProvider value={{ id: 'a1', title: 'Baseline', publishedAt: null, ...record }}>
          <AssessmentActions />
        </RecordContextProvider>
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

describe('AssessmentActions: closing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('confirms what is outstanding and needs a reason before closing', async () => {
    // 5 invited: 2 submitted, 2 drafts in progress, so 1 never started.
    const dataProvider = renderActions({ status: 'OPEN', progress: { invited: 5, started: 2, submitted: 2 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Close assessment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the assessment?' });
    expect(within(dialog).getByText(/2 of 5 invited people submitted/)).toBeTruthy();
    expect(within(dialog).getByText('2 drafts in progress will not be counted. 1 invitation was not started.')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Close assessment' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: '   ' } });
    expect(confirm.disabled).toBe(true);
    expect(dataProvider.closeAssessment).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: ' Enough to score. ' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(dataProvider.closeAssessment).toHaveBeenCalledTimes(1));
    expect(dataProvider.closeAssessment).toHaveBeenCalledWith(expect.objectContaining({ id: 'a1', force: false, reason: 'Enough to score.' }));
    expect(await screen.findByText('Assessment closed: no more answers are accepted.')).toBeTruthy();
  });

  it('with nobody submitted, closes only with force and says so', async () => {
    const dataProvider = renderActions({ status: 'OPEN', progress: { invited: 1, started: 0, submitted: 0 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Close assessment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close with no submitted response?' });
    expect(within(dialog).getByText('1 invitation was not started.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Client paused' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(dataProvider.closeAssessment).toHaveBeenCalledWith(expect.objectContaining({ force: true, reason: 'Client paused' })));
  });
});

describe('AssessmentActions: publishing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says who will be told before publishing', async () => {
    const api = stubGraphQL({
      ReportRecipients: () =>
        ok({
          reportRecipients: [
            { id: 'u1', name: 'Nora Northwind', email: 'cto@northwind.example' },
            { id: 'u2', name: 'Otto Ops', email: 'ops@northwind.example' },
          ],
        }),
      ReportDisclosure: () => ok({ assessmentReport: { assessmentId: 'a1', disclosure: { threshold: 3, publishable: true, summary: 'Every seat has at least 3 respondents, so each is shown on its own.', seats: [] } } }),
      PublishAssessmentReport: () => ok({ publishAssessmentReport: { id: 'a1', status: 'PUBLISHED', publishedAt: '2031-03-04T09:00:00.000Z' } }),
    });
    renderActions({ status: 'SCORED' });
    fireEvent.click(await screen.findByRole('button', { name: 'Publish to the client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the report to the client?' });
    expect(await within(dialog).findByText('2 people at the client will get an e-mail and a notification: Nora Northwind, Otto Ops.')).toBeTruthy();
    expect(api.of('ReportRecipients')[0]!.variables).toEqual({ assessmentId: 'a1' });
    expect(api.of('PublishAssessmentReport')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(api.of('PublishAssessmentReport')).toHaveLength(1));
  });
});
