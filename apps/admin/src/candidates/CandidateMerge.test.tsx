import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTalentScreen } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { CandidateMerge } from './CandidateMerge';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('CandidateMerge', () => {
  it('shows both records side by side and merges the other into the one kept', async () => {
    const api = stubGraphQL({ MergeCandidates: () => ok({ mergeCandidates: { id: 'cand3', name: 'Alan Turing' } }) });
    const { dataProvider, location } = renderTalentScreen(<CandidateMerge id="cand2" otherId="cand3" />, { path: '/Candidate/cand2/merge/cand3' });

    const grace = await screen.findByRole('region', { name: 'Grace Hopper' });
    const alan = screen.getByRole('region', { name: 'Alan Turing' });
    expect(dataProvider.getOne).toHaveBeenCalledWith('Candidate', expect.objectContaining({ id: 'cand2' }));
    expect(dataProvider.getOne).toHaveBeenCalledWith('Candidate', expect.objectContaining({ id: 'cand3' }));
    const value = (side: HTMLElement, label: string) => within(within(side).getByRole('rowheader', { name: label }).closest('tr')!).getAllByRole('cell')[0]!.textContent;
    expect(value(grace, 'E-mail')).toBe('grace@example.com');
    expect(value(alan, 'E-mail')).toBe('alan@example.com');
    expect(value(grace, 'Location')).toBe('Arlington');
    expect(value(alan, 'Phone')).toBe('+44 20 7946 0000');

    fireEvent.click(within(alan).getByRole('button', { name: 'Keep Alan Turing' }));
    const confirm = await screen.findByRole('dialog', { name: 'Keep Alan Turing?' });
    expect(within(confirm).getByText(/Grace Hopper \(grace@example\.com\) will be merged into Alan Turing/)).toBeTruthy();
    expect(api.of('MergeCandidates')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(api.of('MergeCandidates')).toHaveLength(1));
    expect(api.of('MergeCandidates')[0]!.variables).toEqual({ keepId: 'cand3', mergeId: 'cand2' });
    expect(await screen.findByText('Grace Hopper is merged into Alan Turing.')).toBeTruthy();
    await waitFor(() => expect(location()?.pathname).toBe('/Candidate/cand3/show'));
  });

  it('does not merge when the confirmation is cancelled', async () => {
    const api = stubGraphQL({});
    renderTalentScreen(<CandidateMerge id="cand2" otherId="cand3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep Grace Hopper' }));
    const confirm = await screen.findByRole('dialog', { name: 'Keep Grace Hopper?' });
    fireEvent.click(within(confirm).getByRole('button', { name: /cancel/i }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls).toHaveLength(0);
  });
});
