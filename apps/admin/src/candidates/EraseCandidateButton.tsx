import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { request } from '../providers/client';
import { EraseCandidateDocument } from './api';
import type { CandidateRecord } from './candidateFields';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

/**
 * "Erase…": deletes everything held about the person (`eraseCandidate`). A reason is required;
 * the audit keeps only that an erasure happened. Then back to the list.
 */
export const EraseCandidateButton = () => {
  const candidate = useRecordContext<CandidateRecord>();
  const { canAccess } = useCanAccess({ resource: 'Candidate', action: 'delete' });
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, run: runBusy } = useBusy();
  if (!candidate || !canAccess) return null;

  const close = () => {
    setOpen(false);
    setReason('');
  };
  const erase = async () => {
    if (!reason.trim()) return;
    await runBusy(async () => {
      try {
        await request(EraseCandidateDocument, { id: candidate.id, reason: reason.trim() });
        notify(`${candidate.name} is erased.`, { type: 'success' });
        close();
        redirect('list', 'Candidate');
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The erasure failed.', { type: 'error' });
      }
    });
  };

  return (
    <>
      <Button size="small" color="error" startIcon={<DeleteForeverIcon />} onClick={() => setOpen(true)}>
        Erase…
      </Button>
      {open && (
        <Dialog open onClose={busy ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="erase-title">
          <DialogTitle id="erase-title">Erase {candidate.name}?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Every piece of personal data about this person is deleted: profile, skills, notes, matches and placements. This cannot be undone; the audit log keeps only that an erasure happened and why.
            </DialogContentText>
            <TextField
              autoFocus
              fullWidth
              required
              multiline
              minRows={2}
              margin="normal"
              label="Reason"
              helperText="Required, e.g. “Erasure requested by the candidate on 3 March”."
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close} disabled={busy}>
              Cancel
            </Button>
            <ProgressButton busy={busy} variant="contained" color="error" disabled={!reason.trim()} onClick={() => void erase()}>
              Erase
            </ProgressButton>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
};
