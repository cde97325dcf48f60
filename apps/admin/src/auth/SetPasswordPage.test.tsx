import { fireEvent, render, screen } from '@testing-library/react';
import { TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SetPasswordPage } from './SetPasswordPage';

function renderPage(url = '/set-password?token=tok-123') {
  render(
    <TestMemoryRouter initialEntries={[url]}>
      <SetPasswordPage />
    </TestMemoryRouter>,
  );
}

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** Types the password and its confirmation, then submits. */
const submitPasswords = (password: string, confirmation = password) => {
  type(/^new password/i, password);
  type(/repeat the password/i, confirmation);
  fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
};

describe('SetPasswordPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks length and confirmation before calling the API', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderPage();
    submitPasswords('short');
    expect(await screen.findByText('The password must be at least 12 characters.')).toBeTruthy();
    submitPasswords('correct horse battery', 'correct horse batterx');
    expect(await screen.findByText('The two passwords differ: type the same password twice.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the token and password, then confirms', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ data: { setPassword: true } }))));
    vi.stubGlobal('fetch', fetch);
    renderPage();
    submitPasswords('correct horse battery');
    expect(await screen.findByText('Your password is set. Sign in with your e-mail and the new password.')).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(JSON.parse(init.body as string).variables).toEqual({ token: 'tok-123', password: 'correct horse battery' });
  });

  it("shows the API's reason when the link is no longer valid", async () => {
    const answer = {
      data: null,
      errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { token: 'is invalid, already used or expired: ask for a new one with "Forgot password?" on the sign-in page' } } }],
    };
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify(answer)))));
    renderPage();
    submitPasswords('correct horse battery');
    expect(await screen.findByText('This link is invalid, already used or expired: ask for a new one with "Forgot password?" on the sign-in page.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Get a new link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('opened from a reset e-mail, says "Choose a new password" and that other sign-ins ended', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify({ data: { setPassword: true } })))));
    renderPage('/set-password?token=tok-123&reset=1');
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    submitPasswords('correct horse battery');
    expect(await screen.findByText('Your new password is set, and any other sign-ins have ended. Sign in with your e-mail and the new password.')).toBeTruthy();
  });
});
