import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, RecordContextProvider, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import { ReassessmentSchedule, scheduleText } from './ReassessmentSchedule';

const ENGAGEMENT = { id: 'e1', title: 'Release rescue', reassessEveryDays: null, reassessOnClose: false, reassessNextDueAt: null };

function renderSchedule(record: Record<string, unknown> = ENGAGEMENT, role: Role = Role.CONSULTANT) {
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(role)}>
        <ResourceContextProvider value="Engagement">
          <RecordContextProvider value={record}>
            <ReassessmentSchedule />
          </RecordContextProvider>
        </ResourceContextProvider>
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ReassessmentSchedule', () => {
  it('says the schedule in words', () => {
    expect(scheduleText(ENGAGEMENT)).toBe('Not scheduled');
    expect(scheduleText({ ...ENGAGEMENT, reassessEveryDays: 90, reassessNextDueAt: '2031-06-01T09:00:00.000Z' })).toBe('Every 90 days (next drafted on 1 June 2031)');
    expect(scheduleText({ ...ENGAGEMENT, reassessEveryDays: 30, reassessOnClose: true })).toBe('Every 30 days and when the engagement closes');
    expect(scheduleText({ ...ENGAGEMENT, reassessOnClose: true })).toBe('When the engagement closes');
  });

  it('schedules every 90 days by default, refuses a period out of range, and shows the API’s refusal', async () => {
    const api = stubGraphQL({
      SetReassessmentSchedule: (_v, call) =>
        call === 1 ? apiError('CONFLICT', '"Release rescue" has no scored assessment yet: a re-assessment repeats the last one, so score one first.') : ok({ setReassessmentSchedule: { id: 'e1', reassessEveryDays: 90, reassessOnClose: true, reassessNextDueAt: null } }),
    });
    renderSchedule();
    const section = await screen.findByRole('region', { name: 'Re-assessment' });
    expect(within(section).getByText('Not scheduled')).toBeTruthy();
    const days = (await within(section).findByLabelText('Every (days)')) as HTMLInputElement;
    expect(days.value).toBe('90');
    fireEvent.change(days, { target: { value: '3' } });
    expect(within(section).getByText('From 7 to 730 days, or empty for only on close.')).toBeTruthy();
    expect((within(section).getByRole('button', { name: 'Schedule re-assessment' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(days, { target: { value: '90' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Schedule re-assessment' }));
    expect(await within(section).findByText(/has no scored assessment yet/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('checkbox', { name: 'Also when the engagement closes' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Schedule re-assessment' }));
    await waitFor(() => expect(api.of('SetReassessmentSchedule')).toHaveLength(2));
    expect(api.of('SetReassessmentSchedule')[1]!.variables).toEqual({ engagementId: 'e1', everyDays: 90, onClose: true, idempotencyKey: expect.any(String) });
    expect(await screen.findByText('Re-assessment scheduled.')).toBeTruthy();
  });

  it('stops re-assessing only after confirmation', async () => {
    const api = stubGraphQL({ ClearReassessmentSchedule: () => ok({ clearReassessmentSchedule: { id: 'e1', reassessEveryDays: null, reassessOnClose: false, reassessNextDueAt: null } }) });
    renderSchedule({ ...ENGAGEMENT, reassessEveryDays: 90, reassessNextDueAt: '2031-06-01T09:00:00.000Z' });
    fireEvent.click(await screen.findByRole('button', { name: 'Stop re-assessing' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('The next draft will not be made. Assessments already drafted stay as they are.')).toBeTruthy();
    expect(api.of('ClearReassessmentSchedule')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop re-assessing' }));
    await waitFor(() => expect(api.of('ClearReassessmentSchedule')).toHaveLength(1));
    expect(await screen.findByText('Re-assessment schedule removed.')).toBeTruthy();
  });

  it('shows a client user the schedule without the form', async () => {
    renderSchedule({ ...ENGAGEMENT, reassessEveryDays: 90 }, Role.CLIENT);
    await screen.findByText('Every 90 days');
    await permissionAnswered('Engagement', 'edit');
    expect(screen.queryByRole('button', { name: /Save schedule|Schedule re-assessment/ })).toBeNull();
  });
});
