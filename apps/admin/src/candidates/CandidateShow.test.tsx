import { Role, DAY_MS } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidate, fixtures, renderTalentAdmin } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';


function renderShow(overrides: Record<string, unknown>, { role = Role.RECRUITER as Role, path = '/Candidate/cand1/show' } = {}) {
  const records = fixtures();
  records['Candidate'] = [candidate('cand1', 'Ada Lovelace', overrides), candidate('cand2', 'Ada Lovelace-Byron')];
  records['UserSummary'] = [{ id: 'u1', name: 'Rita Recruiter' }];
  return renderTalentAdmin(path, { records, role });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('CandidateShow', () => {
  it('warns about consent ending within 30 days and lists the skills with their levels', async () => {
    stubGraphQL({ CandidateDuplicates: () => ok({ candidateDuplicates: [] }) });
    renderShow({
      consentExpiresAt: new Date(Date.now() + 10 * DAY_MS + 3_600_000).toISOString(),
      skills: [
        { skillId: 's1', skill: { id: 's1' }, level: 4, evidence: 'Ran the cluster at Acme' },
        { skillId: 's2', skill: { id: 's2' }, level: 2, evidence: null },
      ],
    });
    const warning = await screen.findByTestId('consent-warning');
    expect(warning.textContent).toMatch(/^Consent expires in 10 days/);
    const skills = screen.getByRole('list', { name: 'Skills' });
    expect(await within(skills).findByText('Kubernetes')).toBeTruthy();
    expect(within(skills).getByText('Go')).toBeTruthy();
    expect(within(skills).getAllByRole('meter').map((m) => m.getAttribute('aria-valuenow'))).toEqual(['4', '2']);
    expect(within(skills).getByText('Ran the cluster at Acme')).toBeTruthy();
  });

  it('says so when consent has expired', async () => {
    stubGraphQL({ CandidateDuplicates: () => ok({ candidateDuplicates: [] }) });
    renderShow({ consentExpiresAt: new Date(Date.now() - 2 * DAY_MS).toISOString(), consentValid: false });
    expect((await screen.findByTestId('consent-warning')).textContent).toMatch(/^Consent expired on/);
  });

  it('lists possible duplicates, each with a Merge… link to the merge screen', async () => {
    const api = stubGraphQL({
      CandidateDuplicates: () =>
        ok({ candidateDuplicates: [{ candidate: { id: 'cand2', name: 'Ada Lovelace-Byron', email: 'ada.byron@example.com', location: 'London' }, reasons: ['similar name and location'] }] }),
    });
    renderShow({});
    const list = await screen.findByRole('list', { name: 'Possible duplicates' });
    expect(api.of('CandidateDuplicates')[0]!.variables).toEqual({ id: 'cand1' });
    expect(within(list).getByRole('link', { name: 'Ada Lovelace-Byron' }).getAttribute('href')).toBe('/Candidate/cand2/show');
    expect(within(list).getByText(/similar name and location/)).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'Merge…' }).getAttribute('href')).toBe('/Candidate/cand1/merge/cand2');
    expect(screen.queryByTestId('consent-warning')).toBeNull();
  });

  it('draws availability and placements from allPlacements filtered on the candidate', async () => {
    stubGraphQL({ CandidateDuplicates: () => ok({ candidateDuplicates: [] }) });
    const records = fixtures();
    records['Placement'] = [
      { id: 'p1', matchId: 'm1', roleId: 'r1', candidateId: 'cand1', startDate: '2031-04-01', endDate: '2031-06-23', rateMinor: 70050, currency: 'EUR', allocation: 60, createdAt: '2031-03-03T09:00:00.000Z' },
    ];
    const { dataProvider } = renderTalentAdmin('/Candidate/cand1/show/availability', { records });
    const availability = await screen.findByRole('list', { name: 'Availability' });
    expect(dataProvider.getList).toHaveBeenCalledWith('Placement', expect.objectContaining({ filter: { candidateId: 'cand1' } }));
    await waitFor(() =>
      expect(within(availability).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        // Free net of placements (today is before 2031): nothing before 15 March, 100 − 60 = 40% while placed.
        'Available from 15 March 2031, 100% allocation; 0% free today',
        '100% free from 15 March 2031 to 31 March 2031',
        '40% free from 1 April 2031 to 23 June 2031',
        '100% free from 24 June 2031 on',
        'Placed 1 April 2031 – 23 June 2031 (60%) on Platform engineer',
      ]),
    );
    // The date axis marks month starts in the house format.
    const axis = screen.getByRole('img', { name: 'Date axis' });
    expect(within(axis).getByText('1 April 2031')).toBeTruthy();
    const placements = screen.getByRole('table', { name: 'Placements' });
    const cells = within(within(placements).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['Platform engineer', '2031-04-01', '2031-06-23', expect.stringMatching(/700\.50/), '60%']);
  });

  it('adds a note with addCandidateNote', async () => {
    const api = stubGraphQL({
      CandidateDuplicates: () => ok({ candidateDuplicates: [] }),
      AddCandidateNote: (v) => ok({ addCandidateNote: { id: 'n2', body: v['body'], authorId: 'u1', createdAt: '2031-03-03T09:00:00.000Z' } }),
    });
    renderShow({ notes: [{ id: 'n1', body: 'Prefers remote work.', authorId: 'u1', author: { id: 'u1' }, createdAt: '2031-03-01T09:00:00.000Z' }] }, { path: '/Candidate/cand1/show/notes' });
    const notes = await screen.findByRole('list', { name: 'Notes' });
    expect(within(notes).getByText('Prefers remote work.')).toBeTruthy();
    expect(await within(notes).findByText('Rita Recruiter')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'New note' }), { target: { value: ' Called: free from April. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(api.of('AddCandidateNote')).toHaveLength(1));
    expect(api.of('AddCandidateNote')[0]!.variables).toEqual({ candidateId: 'cand1', body: 'Called: free from April.' });
    expect(await screen.findByText('Note added.')).toBeTruthy();
  });
});
