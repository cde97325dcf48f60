import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Link, Title, useCanAccess, useNotify } from 'react-admin';
import { request } from '../providers/client';
import { ImportCandidatesDocument, type CandidateImportReport } from './api';
import { ImportReport } from './ImportReport';

const COLUMNS =
  'name, email, kind, seniority, timeZone, availableFrom, allocation, dayRateMinor, salaryMinor, currency, phone, profileUrl, location, skills, consentBasis, consentGivenAt, consentExpiresAt, lastContactAt, tags, cvText';

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
 * `/Candidate/import`: choose a CSV file, read its report (a dry run, row by row), then import.
 * The API imports all rows or none, so a file with a rejected row is fixed and chosen again.
 */
export const CandidateImport = () => {
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'Candidate', action: 'create' });
  const notify = useNotify();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = useState<CandidateImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (csv: string, dryRun: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = (await request(ImportCandidatesDocument, dryRun ? { csv, dryRun: true } : { csv })).importCandidates;
      setReport(answer);
      if (!dryRun) notify(`${answer.accepted} ${answer.accepted === 1 ? 'candidate' : 'candidates'} imported.`, { type: 'success' });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The file could not be read by the server.');
    } finally {
      setBusy(false);
    }
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

  if (accessPending) return <CircularProgress size={24} />;
  if (!canAccess) return <Alert severity="warning">Only recruiters and administrators import candidates.</Alert>;

  const previewed = report?.dryRun === true;
  const imported = report !== null && !report.dryRun;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Import candidates" />
      <CardContent>
        <Typography variant="h6" component="h1" gutterBottom>
          Import candidates from CSV
        </Typography>
        <Typography variant="body2" color="text.secondary">
          A header row, then one candidate per line. Columns (any order): {COLUMNS}. Skills as <code>Kubernetes:4;Go:3</code>, tags as <code>a;b</code>.
        </Typography>
        <Stack direction="row" gap={2} sx={{ my: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
            Choose a CSV file
            <input hidden type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(e) => void choose(e)} />
          </Button>
          {file && <Typography variant="body2">{file.name}</Typography>}
          {busy && <CircularProgress size={20} />}
        </Stack>
        {problem && <Alert severity="error">{problem}</Alert>}
        {previewed && report.rejected > 0 && (
          <Alert severity="warning">Nothing is imported while a row is rejected: fix the rows below in the file and choose it again.</Alert>
        )}
        {previewed && report.rejected === 0 && file && (
          <Button variant="contained" disabled={busy} onClick={() => void run(file.csv, false)}>
            Import {report.accepted} {report.accepted === 1 ? 'candidate' : 'candidates'}
          </Button>
        )}
        {imported && (
          <Alert severity="success" action={<Button component={Link} to="/Candidate">Candidates</Button>}>
            Imported {report.accepted} {report.accepted === 1 ? 'candidate' : 'candidates'}.
          </Alert>
        )}
        {report && (
          <Box sx={{ mt: 2 }}>
            <ImportReport report={report} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
