import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Admin, RecordContextProvider, Resource, TestMemoryRouter, type RaRecord } from 'react-admin';
import type { Location } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTalentScreen } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import staffingPlans from '.';
import { EngagementStaffingPlanButton } from './StaffingPlanButton';

const OPEN_ROLES: RaRecord[] = [
  { id: 'r1', title: 'Airflow engineer', status: 'OPEN', currency: 'EUR' },
  { id: 'r2', title: 'Python engineer', status: 'OPEN', currency: 'EUR' },
];

function renderCreate(path: string) {
  window.scrollTo = () => undefined;
  const dataProvider = stubDataProvider({ Role: OPEN_ROLES, StaffingPlan: [] });
  let location: Location | undefined;
  const view = render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location = l)}>
      <Admin disableTelemetry authProvider={stubAuthProvider(Role.RECRUITER)} dataProvider={dataProvider}>
        <Resource name="StaffingPlan" {...staffingPlans} />
        <Resource name="Role" recordRepresentation="title" />
      </Admin>
    </TestMemoryRouter>,
  );
  return { ...view, dataProvider, location: () => location };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('New staffing plan', () => {
  it('starts from the roles preset by the Roles list, sends the cap in minor units, and opens the plan', async () => {
    const api = stubGraphQL({ CreateStaffingPlan: () => ok({ createStaffingPlan: { id: 'p9', status: 'PENDING' } }) });
    const source = encodeURIComponent(JSON.stringify({ roleIds: ['r1', 'r2'] }));
    const { container, dataProvider, location } = renderCreate(`/StaffingPlan/create?source=${source}`);
    expect(await screen.findByText('Airflow engineer')).toBeTruthy();
    expect(screen.getByText('Python engineer')).toBeTruthy();
    // Only open roles are offered.
    expect(dataProvider.getList).toHaveBeenCalledWith('Role', expect.objectContaining({ filter: { status: 'OPEN' } }));
    await screen.findByLabelText('Budget cap (EUR)');
    fireEvent.change(container.querySelector('[name="budgetCapMinor"]')!, { target: { value: '1500.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.of('CreateStaffingPlan')).toHaveLength(1));
    expect(api.of('CreateStaffingPlan')[0]!.variables).toEqual({ roleIds: ['r1', 'r2'], candidatesPerRole: 50, budgetCapMinor: 150050 });
    await waitFor(() => expect(location()?.pathname).toBe('/StaffingPlan/p9/show'));
  });

  it('shows the API’s refusal by field, in its words', async () => {
    stubGraphQL({
      CreateStaffingPlan: () => ({
        errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { roleIds: '“Airflow engineer” is draft: a plan staffs open roles only' } } }],
      }),
    });
    const source = encodeURIComponent(JSON.stringify({ roleIds: ['r1'] }));
    renderCreate(`/StaffingPlan/create?source=${source}`);
    expect(await screen.findByText('Airflow engineer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText(/“Airflow engineer” is draft: a plan staffs open roles only/)).length).toBeGreaterThan(0);
  });
});

describe('Staffing plan on the engagement’s Roles tab', () => {
  it('plans all the engagement’s open roles and opens the plan', async () => {
    const api = stubGraphQL({ CreateStaffingPlan: () => ok({ createStaffingPlan: { id: 'p7', status: 'PENDING' } }) });
    const { location } = renderTalentScreen(
      <RecordContextProvider value={{ id: 'e1', title: 'Data platform' }}>
        <EngagementStaffingPlanButton />
      </RecordContextProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Staffing plan' }));
    await waitFor(() => expect(api.of('CreateStaffingPlan')).toHaveLength(1));
    expect(api.of('CreateStaffingPlan')[0]!.variables).toEqual({ engagementId: 'e1' });
    await waitFor(() => expect(location()?.pathname).toBe('/StaffingPlan/p7/show'));
  });

  it('is not offered to a CONSULTANT', async () => {
    renderTalentScreen(
      <RecordContextProvider value={{ id: 'e1', title: 'Data platform' }}>
        <EngagementStaffingPlanButton />
      </RecordContextProvider>,
      { role: Role.CONSULTANT },
    );
    await permissionAnswered('StaffingPlan', 'create');
    expect(screen.queryByRole('button', { name: 'Staffing plan' })).toBeNull();
  });
});
