import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTalentScreen } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import type { CandidateImportReport } from './api';
import { CandidateImport } from './CandidateImport';

const CSV = 'name,email,kind,seniority,timeZone,availableFrom,skills\nAda Lovelace,ada@example.com,CONTRACTOR,SENIOR,Europe/London,2031-04-01,Kubernetes:4;Go:3\n';

const report = (dryRun: boolean, rows: CandidateImportReport['rows']): CandidateImportReport => ({
  accepted: rows.filter((r) => r.status === 'ACCEPTED').length,
  rejected: rows.filter((r) => r.status === 'REJECTED').length,
  dryRun,
  rows,
});

const chooseFile = async (text: string, name = 'pool.csv') =>
  fireEvent.change(await screen.findByLabelText('CSV file'), { target: { files: [new File([text], name, { type: 'text/csv' })] } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('CandidateImport', () => {
  it('previews the file with a dry run, shows the report row by row, then imports it', async () => {
    const api = stubGraphQL({
      ImportCandidates: (variables) =>
        ok({
          importCandidates: report(variables['dryRun'] === true, [
            { line: 2, status: 'ACCEPTED', name: 'Ada Lovelace', candidateId: variables['dryRun'] ? null : 'cand9', reasons: [] },
            { line: 3, status: 'ACCEPTED', name: 'Grace Hopper', candidateId: variables['dryRun'] ? null : 'cand10', reasons: [] },
          ]),
        }),
    });
    renderTalentScreen(<CandidateImport />);
    await chooseFile(CSV);

    const table = await screen.findByRole('table', { name: 'Import report' });
    expect(api.of('ImportCandidates')[0]!.variables).toEqual({ csv: CSV, dryRun: true });
    expect(screen.getByRole('status').textContent).toBe('Preview: 2 accepted, 0 rejected.');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['2', 'Ada Lovelace', 'ACCEPTED', '—'],
      ['3', 'Grace Hopper', 'ACCEPTED', '—'],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 candidates' }));
    await waitFor(() => expect(api.of('ImportCandidates')).toHaveLength(2));
    expect(api.of('ImportCandidates')[1]!.variables).toEqual({ csv: CSV });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported: 2 accepted, 0 rejected.'));
    expect(screen.getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe('/Candidate/cand9/show');
    expect(await screen.findByText('2 candidates imported.')).toBeTruthy();
  });

  it('lists the reasons of rejected rows and offers no import while one is rejected', async () => {
    const api = stubGraphQL({
      ImportCandidates: () =>
        ok({
          importCandidates: report(true, [
            { line: 2, status: 'ACCEPTED', name: 'Ada Lovelace', candidateId: null, reasons: [] },
            { line: 3, status: 'REJECTED', name: 'Grace Hopper', candidateId: null, reasons: ['email: not an e-mail address', 'skills: unknown skill "Kubernets"'] },
            { line: 4, status: 'REJECTED', name: null, candidateId: null, reasons: ['name: required'] },
          ]),
        }),
    });
    renderTalentScreen(<CandidateImport />);
    await chooseFile(CSV);

    const table = await screen.findByRole('table', { name: 'Import report' });
    expect(screen.getByRole('status').textContent).toBe('Preview: 1 accepted, 2 rejected.');
    const grace = within(table).getAllByRole('row')[2]!;
    expect(within(grace).getByText('REJECTED')).toBeTruthy();
    expect(within(grace).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['email: not an e-mail address', 'skills: unknown skill "Kubernets"']);
    expect(within(within(table).getAllByRole('row')[3]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '—', 'REJECTED', 'name: required']);
    expect(screen.getByText(/Nothing is imported while a row is rejected/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
    expect(api.of('ImportCandidates')).toHaveLength(1);
  });

  it('is for those who manage candidates only', async () => {
    renderTalentScreen(<CandidateImport />, { role: Role.CONSULTANT });
    expect(await screen.findByText('Only recruiters and administrators import candidates.')).toBeTruthy();
    expect(screen.queryByLabelText('CSV file')).toBeNull();
  });
});
