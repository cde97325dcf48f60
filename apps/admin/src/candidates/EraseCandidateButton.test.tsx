import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADA, renderTalentScreen } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { EraseCandidateButton } from './EraseCandidateButton';

const renderButton = (role: Role = Role.RECRUITER) =>
  renderTalentScreen(
    <RecordContextProvider value={ADA}>
      <EraseCandidateButton />
    </RecordContextProvider>,
    { role, path: '/Candidate/cand1/show' },
  );

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('EraseCandidateButton', () => {
  it('erases only with a reason, then opens the candidate list', async () => {
    const api = stubGraphQL({ EraseCandidate: () => ok({ eraseCandidate: { candidateId: 'cand1', erasedAt: '2031-03-03T09:00:00.000Z' } }) });
    const { location } = renderButton();
    fireEvent.click(await screen.findByRole('button', { name: 'Erase…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Erase Ada Lovelace?' });
    const erase = within(dialog).getByRole('button', { name: 'Erase' }) as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ });
    fireEvent.change(reason, { target: { value: '   ' } });
    expect(erase.disabled).toBe(true);
    fireEvent.click(erase);
    expect(api.of('EraseCandidate')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: ' Erasure requested by the candidate on 3 March ' } });
    expect(erase.disabled).toBe(false);
    fireEvent.click(erase);

    await waitFor(() => expect(api.of('EraseCandidate')).toHaveLength(1));
    expect(api.of('EraseCandidate')[0]!.variables).toEqual({ id: 'cand1', reason: 'Erasure requested by the candidate on 3 March' });
    expect(await screen.findByText('Ada Lovelace is erased.')).toBeTruthy();
    await waitFor(() => expect(location()?.pathname).toBe('/Candidate'));
  });

  it('cancels without erasing', async () => {
    const api = stubGraphQL({});
    renderButton();
    fireEvent.click(await screen.findByRole('button', { name: 'Erase…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Duplicate' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls).toHaveLength(0);
  });

  it('is not offered to a CONSULTANT, who only reads candidates', async () => {
    renderButton(Role.CONSULTANT);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Erase…' })).toBeNull());
  });
});
