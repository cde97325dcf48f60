import '../test/utcTimeZone';
import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type RaRecord } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { permissionAnswered, stubAuthProvider, stubDataProvider } from '../test/stubs';
import shortlists from '.';
import type { ShortlistProfileRecord } from './api';

const profile = (over: Partial<ShortlistProfileRecord> = {}): ShortlistProfileRecord => ({
  id: 'm1',
  roleId: 'r1',
  roleTitle: 'Platform engineer',
  roleSeniority: 'SENIOR',
  alias: 'Candidate K-10',
  summary: 'Led two cluster migrations.',
  stage: 'SUBMITTED',
  score: 84.5,
  submittedAt: '2031-03-01T09:00:00.000Z',
  seniority: 'LEAD',
  availableFrom: '2031-03-15',
  allocation: 80,
  rateAgainstBudget: '€650/day, within the €600–€800 budget',
  skills: [
    { skill: 'Kubernetes', level: 4, minLevel: 3, mustHave: true },
    { skill: 'SQL', level: 2, minLevel: null, mustHave: false },
  ],
  factors: [{ factor: 'budget', label: 'Budget', detail: 'Within budget at €650/day (budget €800)' }],
  answer: null,
  reason: null,
  note: null,
  slots: [],
  answeredAt: null,
  ...over,
});

function renderProfile(p: ShortlistProfileRecord, role: Role = Role.CLIENT) {
  window.scrollTo = () => undefined;
  const dataProvider = stubDataProvider({ ShortlistProfile: [p as unknown as RaRecord] });
  render(
    <TestMemoryRouter initialEntries={[`/ShortlistProfile/${p.id}/show`]}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="ShortlistProfile" {...shortlists} />
      </Admin>
    </TestMemoryRouter>,
  );
  return { dataProvider };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ShortlistShow', () => {
  it('shows the profile in words: alias, summary, rate against the budget, skills against the role, why', async () => {
    renderProfile(profile());
    expect(await screen.findByRole('heading', { name: 'Candidate K-10', level: 1 })).toBeTruthy();
    expect(screen.getByText('Led two cluster migrations.')).toBeTruthy();
    expect(screen.getByText('€650/day, within the €600–€800 budget')).toBeTruthy();
    expect(screen.getByText('Lead')).toBeTruthy();
    expect(screen.getByText('15 March 2031')).toBeTruthy();
    const skills = screen.getByRole('table', { name: 'Skills' });
    expect(within(skills).getByText('3 or more (must have)')).toBeTruthy();
    expect(within(skills).getByText('—')).toBeTruthy();
    expect(screen.getByText('Within budget at €650/day (budget €800)')).toBeTruthy();
    expect(screen.queryByText(/SENIOR|LEAD|SUBMITTED/)).toBeNull();
  });

  it('requests an interview only with a time filled in, sends the times as instants, and shows the API’s refusal', async () => {
    const api = stubGraphQL({ AnswerShortlistProfile: () => apiError('CONFLICT', 'Candidate K-10 is rejected already: the answer can no longer change.') });
    renderProfile(profile());
    fireEvent.click(await screen.findByRole('button', { name: 'Request an interview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Request an interview with Candidate K-10' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Request interview' }));
    expect(await within(dialog).findByText('Fill in or remove the empty time.')).toBeTruthy();
    expect(api.of('AnswerShortlistProfile')).toHaveLength(0);

    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    fireEvent.change(within(dialog).getByLabelText('Time 1'), { target: { value: `${future}T10:00` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Request interview' }));
    await waitFor(() => expect(api.of('AnswerShortlistProfile')).toHaveLength(1));
    expect(api.of('AnswerShortlistProfile')[0]!.variables).toEqual({
      id: 'm1',
      answer: 'INTERESTED',
      reason: null,
      note: null,
      slots: [`${future}T10:00:00.000Z`],
      idempotencyKey: expect.any(String),
    });
    expect(await within(dialog).findByText('Candidate K-10 is rejected already: the answer can no longer change.')).toBeTruthy();
  });

  it('declines only with a reason, and a note when the reason is "Other"', async () => {
    const api = stubGraphQL({ AnswerShortlistProfile: () => ok({ answerShortlistProfile: { id: 'm1', stage: 'REJECTED', answer: 'NO', reason: 'OTHER', note: 'Team changed', slots: [], answeredAt: '2031-03-02T10:00:00.000Z' } }) });
    renderProfile(profile());
    fireEvent.click(await screen.findByRole('button', { name: 'No' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline Candidate K-10' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Pick the closest reason.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Other' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('Say what the reason is.')).toBeTruthy();
    expect(api.of('AnswerShortlistProfile')).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Note/ }), { target: { value: ' Team changed ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(api.of('AnswerShortlistProfile')).toHaveLength(1));
    expect(api.of('AnswerShortlistProfile')[0]!.variables).toMatchObject({ answer: 'NO', reason: 'OTHER', note: 'Team changed', slots: null });
    expect(await screen.findByText('Candidate K-10: declined.')).toBeTruthy();
  });

  it('shows an answered profile’s answer in words, with no way to answer again once it moved on', async () => {
    renderProfile(profile({ stage: 'REJECTED', answer: 'NO', reason: 'BUDGET', note: 'Above our band', answeredAt: '2031-03-02T10:00:00.000Z' }));
    expect(await screen.findByText(/^Declined: Budget — Above our band/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Request an interview' })).toBeNull();
  });

  it('shows a recruiter the profile as the client does, without the answer buttons', async () => {
    renderProfile(profile(), Role.RECRUITER);
    await screen.findByRole('heading', { name: 'Candidate K-10', level: 1 });
    await permissionAnswered('ShortlistProfile', 'edit');
    expect(screen.queryByRole('button', { name: 'Request an interview' })).toBeNull();
  });
});
