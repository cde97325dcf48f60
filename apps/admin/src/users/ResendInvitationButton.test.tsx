import { Role } from '@orchestra/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { AdminContext, Notification, RecordContextProvider, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { ResendInvitationButton } from './ResendInvitationButton';

const INVITED = { id: 'u9', name: 'Ines Invited', email: 'ines@example.com', role: 'CONSULTANT', clientId: null, active: true, lastLoginAt: null };

function renderButton(record: typeof INVITED | (Omit<typeof INVITED, 'lastLoginAt'> & { lastLoginAt: string }), role: Role = Role.ADMIN) {
  render(
    <AdminContext dataProvider={stubDataProvider({ User: [record] })} authProvider={stubAuthProvider(role)}>
      <ResourceContextProvider value="User">
        <RecordContextProvider value={record}>
          <ResendInvitationButton />
        </RecordContextProvider>
      </ResourceContextProvider>
      <Notification />
    </AdminContext>,
  );
}

describe('ResendInvitationButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resends the invitation of a user who never signed in and says where it went', async () => {
    const api = stubGraphQL({
      ResendUserInvitation: () => ok({ resendUserInvitation: { user: { id: 'u9', name: 'Ines Invited', email: 'ines@example.com' }, sentAt: '2026-12-02T10:00:00.000Z', repeated: false } }),
    });
    renderButton(INVITED);
    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation' }));
    expect(await screen.findByText('A new invitation is on its way to ines@example.com. Earlier links no longer work.')).toBeTruthy();
    expect(api.of('ResendUserInvitation')).toEqual([{ operation: 'ResendUserInvitation', variables: { id: 'u9' } }]);
  });

  it('says when a repeat within the window sent nothing new', async () => {
    stubGraphQL({
      ResendUserInvitation: () => ok({ resendUserInvitation: { user: { id: 'u9', name: 'Ines Invited', email: 'ines@example.com' }, sentAt: '2026-12-02T10:00:00.000Z', repeated: true } }),
    });
    renderButton(INVITED);
    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation' }));
    expect(await screen.findByText(/^An invitation went to ines@example\.com at .+: nothing new was sent\./)).toBeTruthy();
  });

  it("shows the API's refusal in words", async () => {
    const message = 'Ines Invited has already set a password, so there is no invitation to resend: they can use "Forgot password?" on the sign-in page.';
    stubGraphQL({ ResendUserInvitation: () => apiError('CONFLICT', message) });
    renderButton(INVITED);
    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('is not offered for a user who has signed in, nor to a non-admin', async () => {
    renderButton({ ...INVITED, lastLoginAt: '2026-12-01T09:00:00.000Z' });
    renderButton(INVITED, Role.CONSULTANT);
    await permissionAnswered('User', 'edit');
    expect(screen.queryByRole('button', { name: 'Resend invitation' })).toBeNull();
  });
});
