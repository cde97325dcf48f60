import { ErrorCode } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError, type CreateParams } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtures, pick, renderTalentAdmin, type } from '../test/talentTestKit';
import { duplicatesOf, httpErrorFromGraphQL } from '../providers/graphql';

const DUPLICATES = [
  { id: 'cand1', name: 'Ada Lovelace', reasons: ['same e-mail'] },
  { id: 'cand2', name: 'Ada Lovelace-Byron', reasons: ['similar name and location'] },
];

const EXPECTED_ARGS = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: null,
  profileUrl: null,
  location: 'London',
  timeZone: 'Europe/London',
  cvText: null,
  currency: 'EUR',
  kind: 'CONTRACTOR',
  seniority: 'SENIOR',
  consentBasis: 'CONSENT',
  allocation: 100,
  dayRateMinor: 65050,
  salaryMinor: null,
  consentGivenAt: '2031-01-10T00:00:00.000Z',
  consentExpiresAt: null,
  lastContactAt: null,
  availableFrom: '2031-04-01',
  skills: [],
  tags: [],
};

afterEach(() => vi.restoreAllMocks());

async function fillForm(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[name="name"]')).toBeTruthy());
  type(container, 'name', 'Ada Lovelace');
  type(container, 'email', 'ada@example.com');
  type(container, 'location', 'London');
  await pick(/^Kind/, 'Contractor');
  await pick(/^Seniority/, 'Senior');
  await pick(/^Time zone/, 'Europe/London', 'London');
  type(container, 'availableFrom', '2031-04-01');
  type(container, 'dayRateMinor', '650.50');
  type(container, 'consentGivenAt', '2031-01-10');
}

describe('CandidateCreate', () => {
  it('shows the likely duplicates the API names, then creates anyway with allowDuplicate', async () => {
    const records = fixtures();
    const { container, dataProvider, location } = renderTalentAdmin('/Candidate/create', { records });
    dataProvider.create
      .mockRejectedValueOnce(new HttpError('A candidate with this e-mail already exists.', 409, { code: ErrorCode.CONFLICT, duplicates: DUPLICATES }))
      .mockImplementationOnce((_resource: string, { data }: CreateParams) => {
        const created = { ...data, id: 'cand9' };
        records['Candidate']!.push(created as (typeof records)['Candidate'][number]);
        return Promise.resolve({ data: created });
      });

    await fillForm(container);
    fireEvent.click(screen.getByRole('button', { name: /^save$/i }));

    const warning = await screen.findByRole('alert');
    expect(within(warning).getByText('These people may already be in the pool')).toBeTruthy();
    const links = within(warning).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Ada Lovelace', '/Candidate/cand1/show'],
      ['Ada Lovelace-Byron', '/Candidate/cand2/show'],
    ]);
    expect(within(warning).getByText(/same e-mail/)).toBeTruthy();
    expect(within(warning).getByText(/similar name and location/)).toBeTruthy();
    expect(dataProvider.create).toHaveBeenCalledTimes(1);
    expect(dataProvider.create).toHaveBeenLastCalledWith('Candidate', expect.objectContaining({ data: EXPECTED_ARGS }));
    expect(location()?.pathname).toBe('/Candidate/create');

    fireEvent.click(within(warning).getByRole('button', { name: 'Create anyway' }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(2));
    expect(dataProvider.create).toHaveBeenLastCalledWith('Candidate', expect.objectContaining({ data: { ...EXPECTED_ARGS, allowDuplicate: true } }));
    await waitFor(() => expect(location()?.pathname).toBe('/Candidate/cand9/show'));
  });

  it('shows other refusals as a notification, without the duplicate warning', async () => {
    const { container, dataProvider } = renderTalentAdmin('/Candidate/create');
    dataProvider.create.mockRejectedValueOnce(new HttpError('The pool is read-only during the migration.', 409, { code: ErrorCode.CONFLICT }));
    await fillForm(container);
    fireEvent.click(screen.getByRole('button', { name: /^save$/i }));
    expect(await screen.findByText('The pool is read-only during the migration.')).toBeTruthy();
    expect(screen.queryByText(/may already be in the pool/)).toBeNull();
  });

  it('keeps extensions.duplicates of an API error in the error the admin reads', () => {
    const error = httpErrorFromGraphQL({ message: 'Likely duplicate', extensions: { code: 'CONFLICT', duplicates: DUPLICATES } });
    expect(error.status).toBe(409);
    expect(duplicatesOf(error)).toEqual(DUPLICATES);
    expect(duplicatesOf(httpErrorFromGraphQL({ message: 'Nope', extensions: { code: 'CONFLICT' } }))).toEqual([]);
  });
});
