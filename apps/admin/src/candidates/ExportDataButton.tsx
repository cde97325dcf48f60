import DownloadIcon from '@mui/icons-material/Download';
import { useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { request } from '../providers/client';
import { ExportCandidateDataDocument } from './api';
import type { CandidateRecord } from './candidateFields';
import { downloadText } from './download';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

/** "Export data": everything held about the person as one JSON file (a data-access request). */
export const ExportDataButton = () => {
  const candidate = useRecordContext<CandidateRecord>();
  const { canAccess } = useCanAccess({ resource: 'Candidate', action: 'edit' });
  const notify = useNotify();
  const { busy, run: runBusy } = useBusy();
  if (!candidate || !canAccess) return null;
  const run = async () => {
    await runBusy(async () => {
      try {
        const json = (await request(ExportCandidateDataDocument, { id: candidate.id })).exportCandidateData;
        downloadText(`candidate-${candidate.id}.json`, json, 'application/json');
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The export failed.', { type: 'error' });
      }
    });
  };
  return (
    <ProgressButton busy={busy} size="small" startIcon={<DownloadIcon />} onClick={() => void run()}>
      Export data
    </ProgressButton>
  );
};
