import {
  Alert,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useGetList } from 'react-admin';
import { useBusy } from '../useBusy';
import { ProgressButton } from '../ProgressButton';

/** At most this many contacts are listed (and the API accepts at most 20 per submission). */
const MAX_CONTACTS = 100;
const MAX_PICKED = 20;
const MAX_NOTE = 2000;

export interface SubmitRequest {
  matchId: string;
  candidateName: string;
  clientId: string;
}

export interface SubmitDetails {
  contactIds: string[];
  note: string;
  /** What the client's users read on the shortlisted profile (never the name or the CV). */
  summary: string | null;
}

interface ContactOption {
  id: string;
  name: string;
  title?: string | null;
  email: string;
}

/**
 * "Submit to client": which of the role's client contacts receive the profile, and the note they
 * read. Both are required (the API checks again that every contact belongs to the client); the
 * move to SUBMITTED and its history record them.
 */
export const SubmitToClientDialog = ({
  request,
  onCancel,
  onConfirm,
}: {
  request: SubmitRequest;
  onCancel: () => void;
  onConfirm: (details: SubmitDetails) => Promise<void>;
}) => {
  const { data: contacts = [], isPending, error } = useGetList<ContactOption>('Contact', {
    filter: { clientId: request.clientId },
    pagination: { page: 1, perPage: MAX_CONTACTS },
    sort: { field: 'name', order: 'ASC' },
  });
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [summary, setSummary] = useState('');
  const [touched, setTouched] = useState(false);
  const { busy, run: runBusy } = useBusy();
  const noContact = picked.length === 0;
  const tooMany = picked.length > MAX_PICKED;
  const noNote = !note.trim();

  const toggle = (id: string) => setPicked((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  const confirm = async () => {
    setTouched(true);
    if (noContact || tooMany || noNote) return;
    await runBusy(async () => {
      await onConfirm({ contactIds: picked, note: note.trim(), summary: summary.trim() || null });
    });
  };

  return (
    <Dialog open onClose={busy ? undefined : onCancel} fullWidth maxWidth="sm" aria-labelledby="submit-match-title">
      <DialogTitle id="submit-match-title">Submit {request.candidateName} to the client</DialogTitle>
      <DialogContent>
        <DialogContentText>The contacts you pick and your note are kept on the match and in its history. The client&apos;s users see the candidate under an alias in their shortlist.</DialogContentText>
        {isPending && <CircularProgress size={24} sx={{ mt: 2 }} />}
        {error && <Alert severity="error">The client&apos;s contacts could not be loaded: {error instanceof Error ? error.message : String(error)}</Alert>}
        {!isPending && !error && !contacts.length && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            This client has no contacts yet: add one on the client&apos;s page first.
          </Alert>
        )}
        {!!contacts.length && (
          <FormControl component="fieldset" error={touched && (noContact || tooMany)} sx={{ mt: 2 }} fullWidth>
            <FormLabel component="legend">Client contacts</FormLabel>
            <FormGroup>
              {contacts.map((c) => (
                <FormControlLabel
                  key={c.id}
                  control={<Checkbox checked={picked.includes(c.id)} onChange={() => toggle(c.id)} />}
                  label={c.title ? `${c.name} (${c.title})` : c.name}
                />
              ))}
            </FormGroup>
            <FormHelperText>{touched && noContact ? 'Pick at least one contact.' : tooMany ? `Pick at most ${MAX_PICKED} contacts.` : 'Who receives the profile.'}</FormHelperText>
          </FormControl>
        )}
        <TextField
          fullWidth
          multiline
          minRows={3}
          margin="normal"
          required
          label="Note to the client"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={touched && noNote}
          helperText={touched && noNote ? 'Write what the client should know about the candidate.' : `Why this candidate, at most ${MAX_NOTE} characters.`}
          slotProps={{ htmlInput: { maxLength: MAX_NOTE } }}
        />
        <TextField
          fullWidth
          multiline
          minRows={3}
          margin="normal"
          label="Summary for the client's shortlist"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          helperText="The client's users read it beside skills, availability and rate, under an alias: leave out the name, employer and contact details."
          slotProps={{ htmlInput: { maxLength: MAX_NOTE } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <ProgressButton busy={busy} variant="contained" disabled={!contacts.length} onClick={() => void confirm()}>
          Submit to client
        </ProgressButton>
      </DialogActions>
    </Dialog>
  );
};
