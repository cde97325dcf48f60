import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTalentAdmin } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';

const CSV = 'name,email\nAda Lovelace,ada@example.com\n';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('CandidateList', () => {
  it('filters with the CandidateFilter fields and exports the filtered list as candidates.csv', async () => {
    const api = stubGraphQL({ ExportCandidatesCsv: () => ok({ exportCandidatesCsv: CSV }) });
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:csv'), revokeObjectURL: () => undefined }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const filter = { q: 'ada', kind: 'CONTRACTOR', dayRateMinor_lte: 70000, consentValid: true };
    const { dataProvider } = renderTalentAdmin(`/Candidate?filter=${encodeURIComponent(JSON.stringify(filter))}`);

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(dataProvider.getList).toHaveBeenCalledWith('Candidate', expect.objectContaining({ filter, sort: { field: 'name', order: 'ASC' } }));
    // Day rates are typed in major units.
    expect((await screen.findByLabelText('Day rate up to') as HTMLInputElement).value).toBe('700');

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(api.of('ExportCandidatesCsv')).toHaveLength(1));
    expect(api.of('ExportCandidatesCsv')[0]!.variables).toEqual({ filter });
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('candidates.csv');
    expect(blobs[0]!.size).toBe(CSV.length);
  });

  it('offers import and create to a RECRUITER', async () => {
    renderTalentAdmin('/Candidate');
    expect((await screen.findByRole('link', { name: 'Import CSV' })).getAttribute('href')).toBe('/Candidate/import');
    expect(screen.getByRole('link', { name: /create/i })).toBeTruthy();
  });

  it('gives a CONSULTANT the list and the export only', async () => {
    renderTalentAdmin('/Candidate', { role: Role.CONSULTANT });
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Import CSV' })).toBeNull();
    expect(screen.queryByRole('link', { name: /create/i })).toBeNull();
  });
});
