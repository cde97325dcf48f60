import { ErrorCode, Role } from '@orchestra/shared';
import { render, screen } from '@testing-library/react';
import { Admin, HttpError, Resource, TestMemoryRouter, type RaRecord } from 'react-admin';
import { describe, expect, it } from 'vitest';
import clients from '../clients';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';

let where = '';

function renderAt(path: string, answer: () => Promise<{ data: RaRecord }>) {
  const dataProvider = stubDataProvider({});
  dataProvider.getOne.mockImplementation(answer);
  render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (where = l.pathname)}>
      <Admin disableTelemetry dataProvider={dataProvider} authProvider={stubAuthProvider(Role.CONSULTANT)}>
        <Resource name="Client" {...clients} />
      </Admin>
    </TestMemoryRouter>,
  );
  return dataProvider;
}

describe('a record page for a record that cannot be read', () => {
  it('says "Not found or no access" where it is, with a way back, and asks for nothing else', async () => {
    const api = renderAt('/Client/c404/show', () => Promise.reject(new HttpError('Client c404 not found', 404, { code: ErrorCode.NOT_FOUND })));
    expect(await screen.findByRole('heading', { name: 'Not found or no access' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to clients' }).getAttribute('href')).toBe('/Client');
    expect(where).toBe('/Client/c404/show'); // no redirect to the list
    expect(screen.queryByRole('alert')).toBeNull(); // no toast
    expect(api.getManyReference).not.toHaveBeenCalled(); // the page's panels never query
    expect(api.getList).not.toHaveBeenCalled();
  });

  it('offers to try again when the server did not answer, on the edit page too', async () => {
    renderAt('/Client/c1', () => Promise.reject(new HttpError('Failed to fetch', 0, { code: 'NETWORK_ERROR' })));
    expect(await screen.findByRole('heading', { name: 'This page could not be loaded' })).toBeTruthy();
    expect(screen.getByText('The server did not answer. Check your connection and try again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
