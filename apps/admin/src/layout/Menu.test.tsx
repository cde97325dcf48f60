import { Role } from '@orchestra/shared';
import { render, screen } from '@testing-library/react';
import { Admin, Resource } from 'react-admin';
import { describe, expect, it } from 'vitest';
import clients from '../clients';
import { Dashboard } from '../dashboard/Dashboard';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import users from '../users';
import { Layout } from './Layout';

function renderAdminAs(role: Role) {
  return render(
    <Admin disableTelemetry dashboard={Dashboard} layout={Layout} authProvider={stubAuthProvider(role)} dataProvider={stubDataProvider({})}>
      <Resource name="User" {...users} />
      <Resource name="Client" {...clients} />
    </Admin>,
  );
}

describe('Menu', () => {
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
});
