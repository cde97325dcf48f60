import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { request } from '../providers/client';
import { ExportCandidateDataDocument } from './api';
import type { CandidateRecord } from './candidateFields';
import { downloadText } from './download';

/** "Export data": everything held about the person as one JSON file (a data-access request). */
export const ExportDataButton = () => {
  const candidate = useRecordContext<CandidateRecord>();
  const { canAccess } = useCanAccess({ resource: 'Candidate', action: 'edit' });
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!candidate || !canAccess) return null;
  const run = async () => {
    setBusy(true);
    try {
      const json = (await request(ExportCandidateDataDocument, { id: candidate.id })).exportCandidateData;
      downloadText(`candidate-${candidate.id}.json`, json, 'application/json');
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The export failed.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} disabled={busy} onClick={() => void run()}>
      Export data
    </Button>
  );
};
