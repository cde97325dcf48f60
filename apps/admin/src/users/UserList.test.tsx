import { Role } from '@orchestra/shared';
import { render, screen, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { UserList } from './UserList';

const USERS = [
  { id: 'u1', name: 'Ada Admin', email: 'admin@orchestra.local', role: 'ADMIN', clientId: null, active: true, lastLoginAt: null },
  { id: 'u2', name: 'Nora Northwind', email: 'cto@northwind.example', role: 'CLIENT', clientId: 'c1', active: true, lastLoginAt: null },
];

describe('UserList', () => {
  it('asks for the first page sorted by name and shows each user with role and client', async () => {
    const dataProvider = stubDataProvider({ User: USERS, Client: [{ id: 'c1', name: 'Northwind Logistics' }] });
    render(
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(Role.ADMIN)}>
        <ResourceContextProvider value="User">
          <UserList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    const nora = (await screen.findByText('Nora Northwind')).closest('tr')!;
    expect(within(nora).getByText('cto@northwind.example')).toBeTruthy();
    expect(within(nora).getByText('Client')).toBeTruthy();
    expect(await within(nora).findByText('Northwind Logistics')).toBeTruthy();
    const ada = screen.getByText('Ada Admin').closest('tr')!;
    expect(within(ada).getByText('—')).toBeTruthy();
    expect(within(ada).getByText('Never (invited)')).toBeTruthy();

    expect(dataProvider.getList).toHaveBeenCalledWith(
      'User',
      expect.objectContaining({ pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' } }),
    );
    // One batched lookup for the clients of the whole page.
    expect(dataProvider.getMany).toHaveBeenCalledTimes(1);
    expect(dataProvider.getMany).toHaveBeenCalledWith('Client', expect.objectContaining({ ids: ['c1'] }));
  });
});
