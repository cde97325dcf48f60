import '../test/utcTimeZone';
import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type RaRecord } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { solvedPlan } from '../test/staffingPlanFixture';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import staffingPlans from '.';
import type { StaffingPlanRecord } from './api';

function renderPlan(plan: StaffingPlanRecord, role: Role = Role.RECRUITER) {
  window.scrollTo = () => undefined;
  const dataProvider = stubDataProvider({ StaffingPlan: [plan as unknown as RaRecord], Role: [], Candidate: [] });
  render(
    <TestMemoryRouter initialEntries={[`/StaffingPlan/${plan.id}/show`]}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="StaffingPlan" {...staffingPlans} />
        <Resource name="Role" recordRepresentation="title" />
        <Resource name="Candidate" recordRepresentation="name" />
        <Resource name="WorkflowRun" />
      </Admin>
    </TestMemoryRouter>,
  );
  return { dataProvider };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('StaffingPlanShow', () => {
  it('shows the plan beside greedy, each role’s picks and the reasons, and makes differing rows stand out', async () => {
    renderPlan(solvedPlan());
    const planSide = await screen.findByRole('region', { name: 'The plan' });
    expect(within(planSide).getByText('151.2')).toBeTruthy();
    expect(within(planSide).getByText('2 of 2')).toBeTruthy();
    expect(within(planSide).getByText(/1,300/)).toBeTruthy();
    const greedySide = screen.getByRole('region', { name: 'Greedy' });
    expect(within(greedySide).getByText('88.5')).toBeTruthy();
    expect(within(greedySide).getByText('1 of 2')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Picks per role' });
    const airflow = within(table).getByRole('link', { name: 'Airflow engineer' }).closest('tr')!;
    expect(within(airflow).getByText('Bo Basic')).toBeTruthy();
    expect(within(airflow).getByText('Ana Airflow')).toBeTruthy();
    expect(within(airflow).getByText(/loses only 17\.2 points here/)).toBeTruthy();
    expect(airflow.getAttribute('data-differs')).toBe('true');
    expect(within(table).getByText(/Greedy had nobody left for this role/)).toBeTruthy();
    expect(within(table).getAllByText('Differs from greedy')).toHaveLength(2);
    // Words, never codes or versions.
    expect(screen.getByText(/by the Hungarian method/)).toBeTruthy();
    expect(screen.getByText('Ready to review')).toBeTruthy();
    expect(screen.queryByText(/HUNGARIAN|SOLVED/)).toBeNull();
  });

  it('sends the pins, exclusions and cap as the rerun’s variables, then shows the plan being solved', async () => {
    const api = stubGraphQL({ RerunStaffingPlan: () => ok({ rerunStaffingPlan: { id: 'p1', status: 'PENDING' } }) });
    const { dataProvider } = renderPlan(solvedPlan());
    await screen.findByRole('table', { name: 'Picks per role' });

    // Pin Ana to the Airflow role and exclude Bo (the Airflow role's pick).
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Pin someone to Airflow engineer' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Ana Airflow (88.5)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Exclude Bo Basic' }));
    expect(screen.getByLabelText('Excluded: Bo Basic')).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Budget cap' }), { target: { value: '1500.5' } });

    dataProvider.getOne.mockResolvedValue({ data: solvedPlan({ status: 'PENDING', plan: null, greedy: null, roles: [] }) as unknown as RaRecord });
    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(api.of('RerunStaffingPlan')).toHaveLength(1));
    expect(api.of('RerunStaffingPlan')[0]!.variables).toEqual({
      id: 'p1',
      pins: [{ roleId: 'r1', candidateId: 'ana' }],
      excludedCandidateIds: ['bo'],
      budgetCapMinor: 150050,
    });
    expect(await screen.findByRole('progressbar', { name: 'Solving progress' })).toBeTruthy();
    expect(screen.getByText('Solving')).toBeTruthy();
  });

  it('excluding a pinned person lifts the pin; no pin and no cap are sent as empty', async () => {
    const api = stubGraphQL({ RerunStaffingPlan: () => ok({ rerunStaffingPlan: { id: 'p1', status: 'PENDING' } }) });
    renderPlan(solvedPlan({ pins: [{ roleId: 'r2', candidateId: 'ana' }], budgetCapMinor: 200000 }));
    await screen.findByRole('table', { name: 'Picks per role' });
    expect(((await screen.findByRole('spinbutton', { name: 'Budget cap' })) as HTMLInputElement).value).toBe('2000');
    fireEvent.click(screen.getByRole('button', { name: 'Exclude Ana Airflow' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Budget cap' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(api.of('RerunStaffingPlan')).toHaveLength(1));
    expect(api.of('RerunStaffingPlan')[0]!.variables).toEqual({ id: 'p1', pins: [], excludedCandidateIds: ['ana'], budgetCapMinor: null });
  });

  it('asks for confirmation, saying what accepting does, before accepting', async () => {
    const api = stubGraphQL({ AcceptStaffingPlan: () => ok({ acceptStaffingPlan: { id: 'p1', status: 'ACCEPTED', acceptedAt: '2031-03-02T10:00:00.000Z' } }) });
    const { dataProvider } = renderPlan(solvedPlan());
    fireEvent.click(await screen.findByRole('button', { name: 'Accept plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept this staffing plan?' });
    expect(within(dialog).getByText('Shortlists 2 candidates across 2 roles; recorded as a decision on each engagement.')).toBeTruthy();
    expect(api.of('AcceptStaffingPlan')).toHaveLength(0);

    dataProvider.getOne.mockResolvedValue({ data: solvedPlan({ status: 'ACCEPTED', acceptedAt: '2031-03-02T10:00:00.000Z' }) as unknown as RaRecord });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept plan' }));
    await waitFor(() => expect(api.of('AcceptStaffingPlan')).toHaveLength(1));
    expect(api.of('AcceptStaffingPlan')[0]!.variables).toEqual({ id: 'p1' });
    expect(await screen.findByText(/^Accepted 2 March 2031 at 10:00/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept plan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run again' })).toBeNull();
  });

  it('shows a failed solve in words, and runs it again without its pins when asked', async () => {
    const api = stubGraphQL({ RerunStaffingPlan: () => ok({ rerunStaffingPlan: { id: 'p1', status: 'PENDING' } }) });
    const failed = { status: 'FAILED' as const, plan: null, greedy: null, roles: [], error: 'Bo Basic is pinned to Python engineer but is not eligible for it.' };
    renderPlan(solvedPlan({ ...failed, pins: [{ roleId: 'r2', candidateId: 'bo' }], excludedCandidateIds: ['x'] }));
    expect(await screen.findByText('Bo Basic is pinned to Python engineer but is not eligible for it.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Run again' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run again without pins' }));
    await waitFor(() => expect(api.of('RerunStaffingPlan')).toHaveLength(1));
    expect(api.of('RerunStaffingPlan')[0]!.variables).toEqual({ id: 'p1', pins: [], excludedCandidateIds: ['x'], budgetCapMinor: null });
  });

  it('offers a CONSULTANT (read only) no pin, exclude, run or accept', async () => {
    renderPlan(solvedPlan(), Role.CONSULTANT);
    await screen.findByRole('table', { name: 'Picks per role' });
    await permissionAnswered('StaffingPlan', 'edit');
    expect(screen.queryByRole('button', { name: 'Accept plan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run again' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Exclude/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: /^Pin someone/ })).toBeNull();
  });
});
