import { fireEvent, render, screen } from '@testing-library/react';
import { TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { ForgotPasswordPage } from './ForgotPasswordPage';

function renderPage() {
  render(
    <TestMemoryRouter initialEntries={['/forgot-password']}>
      <ForgotPasswordPage />
    </TestMemoryRouter>,
  );
}

const send = (email: string) => {
  fireEvent.change(screen.getByLabelText(/^e-mail/i), { target: { value: email } });
  fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
};

describe('ForgotPasswordPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for an address before calling the API', async () => {
    const api = stubGraphQL({});
    renderPage();
    send('not an address');
    expect(await screen.findByText('Type the e-mail address you sign in with, such as name@example.com.')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  it('sends the address (trimmed) and says the same whether or not it has an account', async () => {
    const api = stubGraphQL({ RequestPasswordReset: () => ok({ requestPasswordReset: true }) });
    renderPage();
    send('  rita@example.com ');
    expect(
      await screen.findByText(
        'If rita@example.com belongs to an active account, an e-mail with a link to choose a new password is on its way. The link works once, within an hour.',
      ),
    ).toBeTruthy();
    expect(api.of('RequestPasswordReset')).toEqual([{ operation: 'RequestPasswordReset', variables: { email: 'rita@example.com' } }]);
    expect(screen.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toBe('/login');
  });

  it("shows the API's throttling message and keeps the form", async () => {
    stubGraphQL({ RequestPasswordReset: () => apiError('RATE_LIMITED', 'Too many requests from your network: wait 15 minutes before trying again.') });
    renderPage();
    send('rita@example.com');
    expect(await screen.findByText('Too many requests from your network: wait 15 minutes before trying again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send the link' })).toBeTruthy();
  });
});
