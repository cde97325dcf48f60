import { Role } from '@orchestra/shared';
import { render, screen } from '@testing-library/react';
import { Admin, Resource } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import candidates from '../candidates';
import clients from '../clients';
import { Dashboard } from '../dashboard/Dashboard';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import roles from '../roles';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import users from '../users';
import { Layout } from './Layout';

function renderAdminAs(role: Role) {
  return render(
    <Admin disableTelemetry dashboard={Dashboard} layout={Layout} authProvider={stubAuthProvider(role)} dataProvider={stubDataProvider({})}>
      <Resource name="User" {...users} />
      <Resource name="Client" {...clients} />
      <Resource name="Role" {...roles} />
      <Resource name="Candidate" {...candidates} />
    </Admin>,
  );
}

describe('Menu', () => {
  // The dashboard's recruiter widgets (ADMIN, CONSULTANT, RECRUITER) ask the API for their figures.
  beforeEach(() => {
    stubGraphQL({ RecruiterDashboard: () => ok({ recruiterDashboard: { openRolesByAge: [], consentExpiring: [], placementsThisMonth: 0, dueForErasure: 0 } }) });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows an ADMIN every resource', async () => {
    renderAdminAs(Role.ADMIN);
    expect(await screen.findByRole('menuitem', { name: /users/i })).toBeTruthy();
    expect(await screen.findByRole('menuitem', { name: /clients/i })).toBeTruthy();
  });

  it('hides Users from a CLIENT user, who still sees Clients', async () => {
    renderAdminAs(Role.CLIENT);
    expect(await screen.findByRole('menuitem', { name: /clients/i })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /users/i })).toBeNull();
    expect(await screen.findByRole('menuitem', { name: /my assessments/i })).toBeTruthy();
  });

  it('gives "My assessments" only to those who answer them', async () => {
    renderAdminAs(Role.CONSULTANT);
    expect(await screen.findByRole('menuitem', { name: /clients/i })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /my assessments/i })).toBeNull();
  });

  it('gives a RECRUITER Roles and Candidates, and a CLIENT user neither', async () => {
    const { unmount } = renderAdminAs(Role.RECRUITER);
    expect(await screen.findByRole('menuitem', { name: /roles/i })).toBeTruthy();
    expect(await screen.findByRole('menuitem', { name: /candidates/i })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /users/i })).toBeNull();
    unmount();

    renderAdminAs(Role.CLIENT);
    expect(await screen.findByRole('menuitem', { name: /clients/i })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /roles/i })).toBeNull();
    expect(screen.queryByRole('menuitem', { name: /candidates/i })).toBeNull();
  });
});
