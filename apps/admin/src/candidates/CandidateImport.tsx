import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { CANDIDATE_CSV_COLUMNS } from '@orchestra/shared';
import { useState, type ChangeEvent } from 'react';
import { Link, Title, useCanAccess, useNotify, useRedirect } from 'react-admin';
import { request } from '../providers/client';
import { CandidateCsvTemplateDocument, ImportCandidatesDocument, type CandidateImportReport } from './api';
import { downloadText } from './download';
import { ImportReport, type ImportReportRow } from './ImportReport';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';
import { plural } from '../common/plural';

const COLUMNS = CANDIDATE_CSV_COLUMNS.map((c) => c.header).join(', ');
const REQUIRED = CANDIDATE_CSV_COLUMNS.filter((c) => c.required)
  .map((c) => c.header)
  .join(', ');
const CSV_TYPE = 'text/csv;charset=utf-8';


/** The file's text (FileReader: Blob.text() is missing from some engines, jsdom among them). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

/**
 * `/Candidate/import`: choose a CSV file, read its report (a dry run, row by row), then import the
 * accepted rows (one transaction). The rejected rows download as a CSV with a Reason column, to fix
 * and import again; a row that looks like someone in the pool can be imported and merged with them.
 */
export const CandidateImport = () => {
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'Candidate', action: 'create' });
  const notify = useNotify();
  const redirect = useRedirect();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = useState<CandidateImportReport | null>(null);
  const { busy, run: runBusy } = useBusy();
  const template = useBusy();
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (csv: string, dryRun: boolean) => {
    await runBusy(async () => {
      setProblem(null);
      try {
        const answer = (await request(ImportCandidatesDocument, dryRun ? { csv, dryRun: true } : { csv })).importCandidates;
        setReport(answer);
        if (!dryRun) notify(`${plural(answer.accepted, 'candidate')} imported.`, { type: 'success' });
      } catch (error) {
        setProblem(error instanceof Error ? error.message : 'The file could not be read by the server.');
      }
    });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setReport(null);
    let csv: string;
    try {
      csv = await readText(chosen);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The file could not be read.');
      return;
    }
    setFile({ name: chosen.name, csv });
    await run(csv, true);
  };

  const downloadTemplate = () =>
    template.run(async () => {
      try {
        downloadText('candidates-template.csv', (await request(CandidateCsvTemplateDocument, {})).candidateCsvTemplate, CSV_TYPE);
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The template could not be downloaded.', { type: 'error' });
      }
    });

  const downloadRejected = () => {
    if (!report?.rejectedCsv || !file) return;
    downloadText(`${file.name.replace(/\.csv$/i, '')}-rejected.csv`, report.rejectedCsv, CSV_TYPE);
  };

  /** Imports the one row as a new record, then opens the merge screen with it and the existing one. */
  const importAndMerge = async (row: ImportReportRow) => {
    if (!file || !row.duplicateOfId) return;
    await runBusy(async () => {
      setProblem(null);
      try {
        const answer = (await request(ImportCandidatesDocument, { csv: file.csv, onlyLines: [row.line], allowDuplicates: true })).importCandidates;
        const created = answer.rows[0];
        if (created?.candidateId) redirect(`/Candidate/${row.duplicateOfId}/merge/${created.candidateId}`);
        else setProblem(`Line ${row.line} could not be imported: ${created?.reasons.join('; ') ?? 'no answer'}`);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : 'The row could not be imported.');
      }
    });
  };

  if (accessPending) return <CircularProgress size={24} />;
  if (!canAccess) return <Alert severity="warning">Only recruiters and administrators import candidates.</Alert>;

  const previewed = report?.dryRun === true;
  const imported = report !== null && !report.dryRun;
  const rejectedButton = report?.rejectedCsv ? (
    <Button size="small" startIcon={<DownloadIcon />} onClick={downloadRejected}>
      Download rejected rows
    </Button>
  ) : null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Import candidates" />
      <CardContent>
        <Typography variant="h6" component="h1" gutterBottom>
          Import candidates from CSV
        </Typography>
        <Typography variant="body2" color="text.secondary">
          A header row, then one candidate per line. Columns (any order): {COLUMNS}. Required: {REQUIRED}. Kind, seniority and consent basis as the app shows them
          (<code>Permanent seeker</code>), money in units (<code>650.00</code>), dates as <code>YYYY-MM-DD</code>, skills as <code>Kubernetes:4;Go:3</code>, tags as{' '}
          <code>a;b</code>. A file exported from Candidates imports as it is.
        </Typography>
        <Stack direction="row" gap={2} sx={{ my: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <ProgressButton busy={busy} component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            Choose a CSV file
            <input hidden type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(e) => void choose(e)} />
          </ProgressButton>
          <ProgressButton busy={template.busy} startIcon={<DownloadIcon />} onClick={() => void downloadTemplate()}>
            Download template
          </ProgressButton>
          {file && <Typography variant="body2">{file.name}</Typography>}
          {busy && <CircularProgress size={20} aria-label="Working" />}
        </Stack>
        {problem && <Alert severity="error">{problem}</Alert>}
        {previewed && report.rejected > 0 && (
          <Alert severity="warning" action={rejectedButton}>
            {report.accepted > 0
              ? `${plural(report.rejected, 'row')} rejected: the import leaves them out. Download them with their reasons, fix them and import that file.`
              : `Every row is rejected: download them with their reasons, fix them and choose the file again.`}
          </Alert>
        )}
        {previewed && report.accepted > 0 && file && (
          <ProgressButton busy={busy} variant="contained" sx={{ mt: 2 }} onClick={() => void run(file.csv, false)}>
            Import {plural(report.accepted, 'candidate')}
          </ProgressButton>
        )}
        {imported && (
          <Alert
            severity="success"
            action={
              <>
                {rejectedButton}
                <Button size="small" component={Link} to="/Candidate">
                  Candidates
                </Button>
              </>
            }
          >
            Imported {plural(report.accepted, 'candidate')}.{report.rejected > 0 ? ` ${plural(report.rejected, 'row')} rejected: download them to fix and import again.` : ''}
          </Alert>
        )}
        {report && (
          <Box sx={{ mt: 2 }}>
            <ImportReport report={report} onMerge={busy ? undefined : (row) => void importAndMerge(row)} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
