import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CandidateExclusions, CandidateRanking } from '../common/matching/api';
import { ADA, fixtures, GRACE, ROLE, renderTalentAdmin } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';

const brief = (c: typeof ADA) => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  seniority: c.seniority,
  availableFrom: c.availableFrom,
  timeZone: c.timeZone,
  dayRateMinor: c.dayRateMinor,
  salaryMinor: null,
  currency: c.currency,
});

const RANKING: CandidateRanking = {
  roleId: 'r1',
  modelVersion: 'match-2031.1',
  total: 2,
  candidates: [
    {
      rank: 1,
      candidateId: 'cand1',
      candidate: brief(ADA) as CandidateRanking['candidates'][number]['candidate'],
      score: 82.4,
      factors: [
        { factor: 'skills', label: 'Skills', value: 0.7, weight: 0.45, contribution: 31.5, detail: 'Kubernetes 4/3, Go 3/3, Terraform missing' },
        { factor: 'seniority', label: 'Seniority', value: 1, weight: 0.15, contribution: 15, detail: 'Senior for a senior role' },
        { factor: 'budget', label: 'Budget', value: 0.8, weight: 0.2, contribution: 16, detail: '€650 within €600–€750' },
      ],
      whatWouldChange: [],
      match: { id: 'm1', stage: 'SHORTLISTED' },
    },
    {
      rank: 2,
      candidateId: 'cand2',
      candidate: brief(GRACE as typeof ADA) as CandidateRanking['candidates'][number]['candidate'],
      score: 74.9,
      factors: [{ factor: 'skills', label: 'Skills', value: 0.5, weight: 0.45, contribution: 22.5, detail: 'Kubernetes 3/3, Go missing' }],
      whatWouldChange: ['Would rank 1st at a 5% lower day rate'],
      match: null,
    },
  ],
};

const EXCLUSIONS: CandidateExclusions = {
  total: 2,
  byConstraint: [
    { constraint: 'CONSENT', count: 1 },
    { constraint: 'SKILL', count: 1 },
  ],
  candidates: [
    {
      candidateId: 'cand3',
      candidate: { id: 'cand3', name: 'Alan Turing', kind: 'CONTRACTOR', seniority: 'SENIOR' },
      failed: [{ constraint: 'SKILL', detail: 'Kubernetes 2/3 (must-have)' }],
      whatWouldChange: ['Meets the role if Kubernetes reaches level 3'],
    },
    {
      candidateId: 'cand4',
      candidate: { id: 'cand4', name: 'Edsger Dijkstra', kind: 'BENCH', seniority: 'LEAD' },
      failed: [{ constraint: 'CONSENT', detail: 'Consent expired on 2031-02-01' }],
      whatWouldChange: [],
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('RoleShow', () => {
  it('shows the role and gap statuses where the journey reads them', async () => {
    const records = fixtures();
    records['Role'] = [{ ...ROLE, status: 'FILLED', gapStatus: 'ADDRESSED' }];
    renderTalentAdmin('/Role/r1/show', { records });
    const status = await screen.findByTestId('role-status');
    expect(within(status).getByText('Filled')).toBeTruthy();
    expect(within(screen.getByTestId('gap-status')).getByText('Addressed')).toBeTruthy();
    // Requirements: the start in the house's date format, must-haves first, with the minimum level.
    expect(await screen.findByText('1 April 2031')).toBeTruthy();
    const skills = await screen.findByRole('table', { name: 'Required skills' });
    const rows = within(skills).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Kubernetes', 'Go']);
    expect(within(rows[0]!).getByText('Must-have')).toBeTruthy();
    expect(within(rows[0]!).getByText('3 / 5')).toBeTruthy();
  });

  it('ranks the pool with a per-factor breakdown, the stored stage and what would change, and shortlists', async () => {
    const api = stubGraphQL({
      RankCandidates: () => ok({ rankCandidates: RANKING }),
      ShortlistCandidate: () => ok({ shortlistCandidate: { id: 'm2', stage: 'SHORTLISTED', stageChangedAt: '2031-03-02T09:00:00.000Z' } }),
    });
    renderTalentAdmin('/Role/r1/show/pool');

    const table = await screen.findByRole('table', { name: 'Ranked candidates' });
    expect(api.of('RankCandidates')[0]!.variables).toEqual({ roleId: 'r1', page: 0, perPage: 10 });
    expect(screen.getByText(/^2 eligible candidates, best first$/)).toBeTruthy();

    const ada = within(table).getByRole('row', { name: '1. Ada Lovelace' });
    expect(within(ada).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe('/Candidate/cand1/show');
    expect(within(ada).getByLabelText('Score 82.4').textContent).toBe('82.4');
    const skills = within(ada).getByRole('meter', { name: 'Skills' });
    expect(skills.getAttribute('aria-valuenow')).toBe('31.5');
    expect(skills.getAttribute('aria-valuemax')).toBe('45');
    expect(skills.getAttribute('aria-valuetext')).toBe('Skills: 31.5 of 45.0 points (value 0.70 × weight 0.45). Kubernetes 4/3, Go 3/3, Terraform missing');
    expect(within(ada).getByText('31.5 / 45.0')).toBeTruthy();
    expect(within(ada).getByText('Kubernetes 4/3, Go 3/3, Terraform missing')).toBeTruthy();
    expect(within(ada).getByRole('meter', { name: 'Budget' }).getAttribute('aria-valuenow')).toBe('16');
    expect(within(ada).getByTestId('factor-skills').style.width).toBe('31.5%');
    expect(within(ada).getByText('Shortlisted')).toBeTruthy();
    // A shortlisted match can be submitted or rejected, not shortlisted again.
    expect(within(ada).queryByRole('button', { name: 'Shortlist Ada Lovelace' })).toBeNull();
    expect(within(ada).getByRole('button', { name: 'Submit Ada Lovelace' })).toBeTruthy();
    expect(within(ada).getByRole('button', { name: 'Reject Ada Lovelace' })).toBeTruthy();

    const grace = within(table).getByRole('row', { name: '2. Grace Hopper' });
    expect(within(grace).getByText('Would rank 1st at a 5% lower day rate')).toBeTruthy();
    expect(within(grace).getByText('Not in the pipeline')).toBeTruthy();
    expect(within(grace).queryByRole('button', { name: 'Submit Grace Hopper' })).toBeNull();
    fireEvent.click(within(grace).getByRole('button', { name: 'Shortlist Grace Hopper' }));

    await waitFor(() => expect(api.of('ShortlistCandidate')).toHaveLength(1));
    expect(api.of('ShortlistCandidate')[0]!.variables).toEqual({ roleId: 'r1', candidateId: 'cand2' });
    expect(await screen.findByText('Grace Hopper is shortlisted.')).toBeTruthy();
    // Everything is fetched again, the ranking included.
    await waitFor(() => expect(api.of('RankCandidates').length).toBeGreaterThanOrEqual(2));
  });

  it('lists who a hard constraint keeps out, with counts by constraint and what would let them in', async () => {
    const api = stubGraphQL({ ExcludedCandidates: () => ok({ excludedCandidates: EXCLUSIONS }) });
    renderTalentAdmin('/Role/r1/show/excluded');

    const table = await screen.findByRole('table', { name: 'Candidates not eligible' });
    expect(api.of('ExcludedCandidates')[0]!.variables).toEqual({ roleId: 'r1', page: 0, perPage: 10, constraint: null });
    const counts = screen.getByRole('list', { name: 'Excluded by constraint' });
    expect(within(counts).getAllByRole('listitem').map((c) => c.textContent)).toEqual(['Consent: 1', 'Must-have skill: 1']);

    const alan = within(table).getByRole('row', { name: 'Alan Turing' });
    expect(within(alan).getByText('Must-have skill')).toBeTruthy();
    expect(within(alan).getByText('Kubernetes 2/3 (must-have)')).toBeTruthy();
    expect(within(alan).getByText('Meets the role if Kubernetes reaches level 3')).toBeTruthy();
    expect(within(alan).getByRole('link', { name: 'Alan Turing' }).getAttribute('href')).toBe('/Candidate/cand3/show');
    const edsger = within(table).getByRole('row', { name: 'Edsger Dijkstra' });
    expect(within(edsger).getByText('Consent')).toBeTruthy();
    expect(within(edsger).getByText('Consent expired on 2031-02-01')).toBeTruthy();
  });

  it('filters the list by a constraint chip, and back', async () => {
    const api = stubGraphQL({
      ExcludedCandidates: (v) => ok({ excludedCandidates: v['constraint'] === 'SKILL' ? { ...EXCLUSIONS, total: 1, candidates: [EXCLUSIONS.candidates[0]!] } : EXCLUSIONS }),
    });
    renderTalentAdmin('/Role/r1/show/excluded');
    const table = await screen.findByRole('table', { name: 'Candidates not eligible' });
    fireEvent.click(screen.getByRole('button', { name: 'Show only Must-have skill (1)' }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: 'Edsger Dijkstra' })).toBeNull());
    expect(api.of('ExcludedCandidates').at(-1)!.variables).toEqual({ roleId: 'r1', page: 0, perPage: 10, constraint: 'SKILL' });
    expect(within(table).getByRole('row', { name: 'Alan Turing' })).toBeTruthy();
    expect(screen.getByText(/1 candidate fails “Must-have skill”/)).toBeTruthy();
    // The counts stay those of everyone; the selected chip is pressed and clicking it again clears the filter.
    const selected = screen.getByRole('button', { name: 'Showing only Must-have skill (1)' });
    expect(selected.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(selected);
    expect(await within(table).findByRole('row', { name: 'Edsger Dijkstra' })).toBeTruthy();
    expect(api.of('ExcludedCandidates').at(-1)!.variables).toMatchObject({ constraint: null });
  });

  it('offers no shortlist or submit once the role is filled, only reject', async () => {
    stubGraphQL({ RankCandidates: () => ok({ rankCandidates: RANKING }) });
    const records = fixtures();
    records['Role'] = [{ ...ROLE, status: 'FILLED', gapStatus: 'ADDRESSED' }];
    renderTalentAdmin('/Role/r1/show/pool', { records });
    const table = await screen.findByRole('table', { name: 'Ranked candidates' });
    const ada = within(table).getByRole('row', { name: '1. Ada Lovelace' });
    expect(within(ada).getAllByRole('button').map((b) => b.textContent)).toEqual(['Reject…']);
    expect(within(within(table).getByRole('row', { name: '2. Grace Hopper' })).queryByRole('button')).toBeNull();
  });

  it('shows a CONSULTANT the ranking without the pipeline buttons', async () => {
    stubGraphQL({ RankCandidates: () => ok({ rankCandidates: RANKING }) });
    renderTalentAdmin('/Role/r1/show/pool', { role: Role.CONSULTANT });
    const table = await screen.findByRole('table', { name: 'Ranked candidates' });
    expect(within(table).getByRole('row', { name: '1. Ada Lovelace' })).toBeTruthy();
    expect(within(table).queryByRole('button')).toBeNull();
  });
});
