import { Role } from '@orchestra/shared';
import { render, screen } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter } from 'react-admin';
import { describe, expect, it } from 'vitest';
import clients from '../clients';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import userSummaries from '../user-summaries';
import contacts from '.';

const CONTACT = {
  id: 'ct1',
  clientId: 'c1',
  name: 'Nora Northwind',
  email: 'cto@northwind.example',
  title: 'CTO',
  userId: 'u2',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-02-10T15:30:00.000Z',
};

function renderShow(role: Role) {
  const dataProvider = stubDataProvider({
    Contact: [CONTACT],
    Client: [{ id: 'c1', name: 'Northwind Logistics' }],
    UserSummary: [{ id: 'u2', name: 'Nora (client login)', email: 'cto@northwind.example', role: 'CLIENT', clientId: 'c1', active: true }],
  });
  render(
    <TestMemoryRouter initialEntries={['/Contact/ct1/show']}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="Contact" {...contacts} />
        <Resource name="Client" {...clients} />
        <Resource name="UserSummary" {...userSummaries} />
      </Admin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

describe('ContactShow', () => {
  it('shows the contact with its client, linked user and an Edit button for a consultant', async () => {
    const dataProvider = renderShow(Role.CONSULTANT);
    expect(await screen.findByText('cto@northwind.example')).toBeTruthy();
    expect(screen.getByText('CTO')).toBeTruthy();
    expect(await screen.findByText('Nora (client login)')).toBeTruthy();
    const client = await screen.findByRole('link', { name: 'Northwind Logistics' });
    expect(client.getAttribute('href')).toBe('/Client/c1/show');
    expect((await screen.findByRole('link', { name: /edit/i })).getAttribute('href')).toBe('/Contact/ct1');
    expect(dataProvider.getOne).toHaveBeenCalledWith('Contact', expect.objectContaining({ id: 'ct1' }));
  });

  it('has no Edit button for a CLIENT user, who may only read contacts (and no linked user)', async () => {
    const dataProvider = renderShow(Role.CLIENT);
    await screen.findByRole('link', { name: 'Northwind Logistics' });
    expect(screen.getByText('cto@northwind.example')).toBeTruthy();
    expect(screen.queryByText('u2')).toBeNull();
    expect(screen.queryByText('Signs in as')).toBeNull();
    expect(screen.queryByRole('link', { name: /edit/i })).toBeNull();
    // The user directory is not theirs to read.
    expect(dataProvider.getMany).not.toHaveBeenCalledWith('UserSummary', expect.anything());
  });
});
