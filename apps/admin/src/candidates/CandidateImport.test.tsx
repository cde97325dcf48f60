import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTalentScreen } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import type { CandidateImportReport } from './api';
import { CandidateImport } from './CandidateImport';

const CSV = 'name,email,kind,seniority,timeZone,availableFrom,skills\nAda Lovelace,ada@example.com,CONTRACTOR,SENIOR,Europe/London,2031-04-01,Kubernetes:4;Go:3\n';

type Row = Omit<CandidateImportReport['rows'][number], 'duplicateOfId'> & { duplicateOfId?: string | null };

const report = (dryRun: boolean, rows: Row[], rejectedCsv: string | null = null): CandidateImportReport => ({
  accepted: rows.filter((r) => r.status === 'ACCEPTED').length,
  rejected: rows.filter((r) => r.status === 'REJECTED').length,
  dryRun,
  rows: rows.map((r) => ({ duplicateOfId: null, ...r })),
  rejectedCsv,
});

/** Captures what `downloadText` saves: each file's name and text. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), `blob:${blobs.length}`), revokeObjectURL: () => undefined }));
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  // jsdom's Blob: read with its FileReader (Node's Response does not know it).
  const text = (b: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(b);
    });
  return { names, texts: () => Promise.all(blobs.map(text)), types: () => blobs.map((b) => b.type) };
}

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
      ['2', 'Ada Lovelace', 'Accepted', '—'],
      ['3', 'Grace Hopper', 'Accepted', '—'],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 candidates' }));
    await waitFor(() => expect(api.of('ImportCandidates')).toHaveLength(2));
    expect(api.of('ImportCandidates')[1]!.variables).toEqual({ csv: CSV });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported: 2 accepted, 0 rejected.'));
    expect(screen.getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe('/Candidate/cand9/show');
    expect(await screen.findByText('2 candidates imported.')).toBeTruthy();
  });

  it('imports the accepted rows while others are rejected, and downloads the rejected ones with their reasons', async () => {
    const REJECTED = "Name,E-mail,Kind,Reason\nGrace Hopper,grace@,Contractor,E-mail: must be an e-mail address\n,x@example.com,Bench,Name: must not be empty\n";
    const rows = (dryRun: boolean): Row[] => [
      { line: 2, status: 'ACCEPTED', name: 'Ada Lovelace', candidateId: dryRun ? null : 'cand9', reasons: [] },
      { line: 3, status: 'REJECTED', name: 'Grace Hopper', candidateId: null, reasons: ['E-mail: must be an e-mail address', "Day rate: 'abc' is not a number"] },
      { line: 4, status: 'REJECTED', name: null, candidateId: null, reasons: ['Name: must not be empty'] },
    ];
    const api = stubGraphQL({ ImportCandidates: (v) => ok({ importCandidates: report(v['dryRun'] === true, rows(v['dryRun'] === true), REJECTED) }) });
    const downloads = captureDownloads();
    renderTalentScreen(<CandidateImport />);
    await chooseFile(CSV, 'pool.csv');

    const table = await screen.findByRole('table', { name: 'Import report' });
    expect(screen.getByRole('status').textContent).toBe('Preview: 1 accepted, 2 rejected.');
    const grace = within(table).getAllByRole('row')[2]!;
    expect(within(grace).getByText('Rejected')).toBeTruthy();
    expect(within(grace).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['E-mail: must be an e-mail address', "Day rate: 'abc' is not a number"]);
    expect(within(within(table).getAllByRole('row')[3]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '—', 'Rejected', 'Name: must not be empty']);
    expect(screen.getByText(/2 rows rejected: the import leaves them out/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Download rejected rows' }));
    await waitFor(() => expect(downloads.names).toEqual(['pool-rejected.csv']));
    expect(await downloads.texts()).toEqual([REJECTED]);
    expect(downloads.types()).toEqual(['text/csv;charset=utf-8']);

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 candidate' }));
    await waitFor(() => expect(api.of('ImportCandidates')).toHaveLength(2));
    expect(api.of('ImportCandidates')[1]!.variables).toEqual({ csv: CSV });
    expect(await screen.findByText('Imported 1 candidate. 2 rows rejected: download them to fix and import again.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe('/Candidate/cand9/show');
    fireEvent.click(screen.getByRole('button', { name: 'Download rejected rows' }));
    await waitFor(() => expect(downloads.names).toEqual(['pool-rejected.csv', 'pool-rejected.csv']));
  });

  it('offers no import when every row is rejected', async () => {
    const api = stubGraphQL({
      ImportCandidates: () => ok({ importCandidates: report(true, [{ line: 2, status: 'REJECTED', name: 'Ada', candidateId: null, reasons: ['Kind: required'] }], 'Name,Reason\nAda,Kind: required\n') }),
    });
    renderTalentScreen(<CandidateImport />);
    await chooseFile(CSV);
    expect(await screen.findByText(/Every row is rejected/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download rejected rows' })).toBeTruthy();
    expect(api.of('ImportCandidates')).toHaveLength(1);
  });

  it('downloads a template to start from, and names the readable columns', async () => {
    const TEMPLATE = 'Name,E-mail,Kind\nAda Lovelace,ada.lovelace@example.com,Contractor\n';
    const api = stubGraphQL({ CandidateCsvTemplate: () => ok({ candidateCsvTemplate: TEMPLATE }) });
    const downloads = captureDownloads();
    renderTalentScreen(<CandidateImport />);
    expect(await screen.findByText(/Columns \(any order\): Name, E-mail, Kind, Seniority, Time zone, Available from, Allocation \(%\), Day rate, Salary/)).toBeTruthy();
    expect(screen.getByText(/Required: Name, E-mail, Kind, Seniority, Time zone, Available from, Consent basis\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download template' }));
    await waitFor(() => expect(downloads.names).toEqual(['candidates-template.csv']));
    expect(await downloads.texts()).toEqual([TEMPLATE]);
    expect(api.of('CandidateCsvTemplate')).toHaveLength(1);
  });

  it('imports a row that duplicates someone in the pool on request and opens the merge screen with both', async () => {
    const api = stubGraphQL({
      ImportCandidates: (v) =>
        v['allowDuplicates']
          ? ok({ importCandidates: report(false, [{ line: 3, status: 'ACCEPTED', name: 'Ada Lovelace', candidateId: 'cand9', duplicateOfId: 'cand1', reasons: [] }]) })
          : ok({
              importCandidates: report(true, [
                { line: 2, status: 'ACCEPTED', name: 'Grace Hopper', candidateId: null, reasons: [] },
                { line: 3, status: 'REJECTED', name: 'Ada Lovelace', candidateId: null, duplicateOfId: 'cand1', reasons: ['duplicate of Ada Lovelace (same e-mail)'] },
              ]),
            }),
    });
    const { location } = renderTalentScreen(<CandidateImport />, { path: '/Candidate/import' });
    await chooseFile(CSV);
    const table = await screen.findByRole('table', { name: 'Import report' });
    expect(within(table).getByRole('link', { name: 'Open the existing record' }).getAttribute('href')).toBe('/Candidate/cand1/show');
    expect(within(table).getAllByRole('button', { name: /and merge/ })).toHaveLength(1);
    fireEvent.click(within(table).getByRole('button', { name: 'Import line 3 and merge' }));
    await waitFor(() => expect(location()?.pathname).toBe('/Candidate/cand1/merge/cand9'));
    expect(api.of('ImportCandidates')[1]!.variables).toEqual({ csv: CSV, onlyLines: [3], allowDuplicates: true });
  });

  it('is for those who manage candidates only', async () => {
    renderTalentScreen(<CandidateImport />, { role: Role.CONSULTANT });
    expect(await screen.findByText('Only recruiters and administrators import candidates.')).toBeTruthy();
    expect(screen.queryByLabelText('CSV file')).toBeNull();
  });
});
