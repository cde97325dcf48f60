import DownloadIcon from '@mui/icons-material/Download';
import { useListContext, useNotify } from 'react-admin';
import { request } from '../providers/client';
import { ExportCandidatesCsvDocument } from './api';
import { toCandidateFilter } from './candidateFields';
import { downloadText } from './download';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

/** The list's current filter, exported by the API (`exportCandidatesCsv`) as candidates.csv. */
export const ExportCsvButton = () => {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const { busy, run: runBusy } = useBusy();
  const run = async () => {
    await runBusy(async () => {
      try {
        const csv = (await request(ExportCandidatesCsvDocument, { filter: toCandidateFilter(filterValues) })).exportCandidatesCsv;
        downloadText('candidates.csv', csv, 'text/csv;charset=utf-8');
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The export failed.', { type: 'error' });
      }
    });
  };
  return (
    <ProgressButton busy={busy} size="small" startIcon={<DownloadIcon />} onClick={() => void run()}>
      Export CSV
    </ProgressButton>
  );
};
