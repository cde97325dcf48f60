import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField as MuiTextField } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { OrchestraDataProvider } from '../providers/dataProvider';

interface AssessmentRecord {
  id: string;
  title: string;
  status: string;
  progress?: { submitted: number; invited: number };
}

/** While an assessment is open, responses arrive: the page refreshes itself every few seconds. */
export const LiveRefresh = ({ everyMs = 5000 }: { everyMs?: number }) => {
  const record = useRecordContext<AssessmentRecord>();
  const refresh = useRefresh();
  const open = record?.status === 'OPEN';
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(refresh, everyMs);
    return () => clearInterval(timer);
  }, [open, refresh, everyMs]);
  return null;
};

/** Open (DRAFT) and Close (OPEN) with the API's rules; closing with no response asks for a reason. */
export const AssessmentActions = () => {
  const record = useRecordContext<AssessmentRecord>();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'Assessment', action: 'edit' });
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  // One key per click: a retried request (double click, flaky network) acts once.
  const key = useRef<string>('');
  if (!record || !canAccess) return null;

  const run = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await what();
      notify(done, { type: 'success' });
      setAsking(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'That did not work.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const open = () => {
    key.current = crypto.randomUUID();
    void run(() => dataProvider.openAssessment({ id: record.id, idempotencyKey: key.current }), 'Assessment opened: the invitations are on their way.');
  };
  const close = (force: boolean) => {
    key.current = crypto.randomUUID();
    void run(
      () => dataProvider.closeAssessment({ id: record.id, force, reason: force ? reason : null, idempotencyKey: key.current }),
      'Assessment closed: no more answers are accepted.',
    );
  };
  const noResponses = !record.progress?.submitted;

  return (
    <Stack direction="row" gap={1}>
      {record.status === 'DRAFT' && (
        <Button variant="contained" disabled={busy} onClick={open}>
          Open and send invitations
        </Button>
      )}
      {record.status === 'OPEN' && (
        <Button variant="outlined" disabled={busy} onClick={() => (noResponses ? setAsking(true) : close(false))}>
          Close assessment
        </Button>
      )}
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="close-assessment-title">
        <DialogTitle id="close-assessment-title">Close with no submitted response?</DialogTitle>
        <DialogContent>
          <DialogContentText>Nobody has submitted yet, so there will be nothing to score. Say why you are closing it; the reason is kept on the assessment.</DialogContentText>
          <MuiTextField autoFocus fullWidth multiline minRows={2} margin="normal" label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>Keep it open</Button>
          <Button color="warning" variant="contained" disabled={busy || !reason.trim()} onClick={() => close(true)}>
            Close anyway
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
