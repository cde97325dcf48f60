import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';
import { request } from '../providers/client';
import { ExportCandidatesCsvDocument } from './api';
import { toCandidateFilter } from './candidateFields';
import { downloadText } from './download';

/** The list's current filter, exported by the API (`exportCandidatesCsv`) as candidates.csv. */
export const ExportCsvButton = () => {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const csv = (await request(ExportCandidatesCsvDocument, { filter: toCandidateFilter(filterValues) })).exportCandidatesCsv;
      downloadText('candidates.csv', csv, 'text/csv;charset=utf-8');
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The export failed.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="Export CSV" onClick={() => void run()} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
};
