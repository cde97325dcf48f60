import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControl, FormControlLabel, FormHelperText, FormLabel, IconButton, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { enumChoices, SHORTLIST_SLOTS, ShortlistAnswer, ShortlistReason, shortlistAnswerProblems } from '@orchestra/shared';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { newIdempotencyKey } from '../common/idempotency';
import { ProgressButton } from '../common/ProgressButton';
import { useBusy } from '../common/useBusy';
import { request } from '../providers/client';
import { AnswerShortlistProfileDocument } from './api';

const MAX_NOTE = 2000;
const TITLES: Record<ShortlistAnswer, (alias: string) => string> = {
  INTERESTED: (alias) => `Request an interview with ${alias}`,
  NOT_NOW: (alias) => `Not now for ${alias}`,
  NO: (alias) => `Decline ${alias}`,
};
const CONFIRM: Record<ShortlistAnswer, string> = { INTERESTED: 'Request interview', NOT_NOW: 'Not now', NO: 'Decline' };
const DONE: Record<ShortlistAnswer, string> = { INTERESTED: 'interview requested', NOT_NOW: 'marked not now', NO: 'declined' };

/** "2027-01-12T10:00" (the reader's local time, as a datetime-local input holds it) → ISO instant; null when empty or invalid. */
const toInstant = (local: string): string | null => {
  const t = new Date(local);
  return local && !Number.isNaN(t.getTime()) ? t.toISOString() : null;
};

/**
 * The client's answer to one profile: an interview request with 1–5 proposed times, or "not now" /
 * "no" with a reason from the short list and a note. Checked here with the API's own rules
 * (`shortlistAnswerProblems`), then sent; the API says the same if anything changed meanwhile.
 */
export const AnswerDialog = ({ id, alias, answer, onClose }: { id: string; alias: string; answer: ShortlistAnswer; onClose: () => void }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const { busy, run } = useBusy();
  const [slots, setSlots] = useState<string[]>(['']);
  const [reason, setReason] = useState<ShortlistReason | null>(null);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const interested = answer === ShortlistAnswer.INTERESTED;
  const instants = slots.map(toInstant);
  const problems = shortlistAnswerProblems(
    { answer, reason: interested ? null : reason, note, slots: interested ? instants.filter((s): s is string => s !== null) : [] },
    new Date(),
  );
  const blankSlot = interested && instants.some((s) => s === null);
  const slotProblem = blankSlot ? 'Fill in or remove the empty time.' : problems['slots'];

  const confirm = async () => {
    setTouched(true);
    if (slotProblem || problems['reason'] || problems['note']) return;
    await run(async () => {
      try {
        await request(AnswerShortlistProfileDocument, {
          id,
          answer,
          reason: interested ? null : reason,
          note: note.trim() || null,
          slots: interested ? (instants as string[]) : null,
          idempotencyKey: newIdempotencyKey(),
        });
        notify(`${alias}: ${DONE[answer]}.`, { type: 'success' });
        onClose();
        refresh();
      } catch (error) {
        setFailure(error instanceof Error ? error.message : 'The answer could not be sent.');
      }
    });
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="answer-shortlist-title">
      <DialogTitle id="answer-shortlist-title">{TITLES[answer](alias)}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {interested
            ? `Propose ${SHORTLIST_SLOTS.min} to ${SHORTLIST_SLOTS.max} times in the next ${SHORTLIST_SLOTS.maxDaysAhead} days (your local time). The recruiter arranges the interview.`
            : answer === ShortlistAnswer.NO
              ? 'The candidate leaves this role’s shortlist. Your reason helps the recruiter propose better candidates.'
              : 'The candidate stays on the shortlist; you can still request an interview or decline later.'}
        </DialogContentText>
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
        {interested ? (
          <FormControl component="fieldset" error={touched && !!slotProblem} sx={{ mt: 2 }} fullWidth>
            <FormLabel component="legend">Proposed interview times</FormLabel>
            <Stack gap={1} sx={{ mt: 1 }}>
              {slots.map((value, i) => (
                <Stack key={i} direction="row" gap={1} sx={{ alignItems: 'center' }}>
                  <TextField
                    type="datetime-local"
                    label={`Time ${i + 1}`}
                    value={value}
                    onChange={(e) => setSlots((now) => now.map((s, j) => (j === i ? e.target.value : s)))}
                    slotProps={{ inputLabel: { shrink: true } }}
                    size="small"
                  />
                  {slots.length > 1 && (
                    <IconButton aria-label={`Remove time ${i + 1}`} onClick={() => setSlots((now) => now.filter((_, j) => j !== i))}>
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  )}
                </Stack>
              ))}
            </Stack>
            {slots.length < SHORTLIST_SLOTS.max && (
              <Button startIcon={<AddIcon />} onClick={() => setSlots((now) => [...now, ''])} sx={{ alignSelf: 'flex-start', mt: 1 }}>
                Add another time
              </Button>
            )}
            <FormHelperText>{touched && slotProblem ? (blankSlot ? slotProblem : `The proposed times ${slotProblem}.`) : ' '}</FormHelperText>
          </FormControl>
        ) : (
          <FormControl component="fieldset" error={touched && !!problems['reason']} sx={{ mt: 2 }}>
            <FormLabel component="legend">Reason</FormLabel>
            <RadioGroup value={reason ?? ''} onChange={(e) => setReason(e.target.value as ShortlistReason)}>
              {enumChoices('ShortlistReason').map((c) => (
                <FormControlLabel key={c.id} value={c.id} control={<Radio />} label={c.name} />
              ))}
            </RadioGroup>
            <FormHelperText>{touched && problems['reason'] ? 'Pick the closest reason.' : ' '}</FormHelperText>
          </FormControl>
        )}
        <TextField
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          label={reason === ShortlistReason.OTHER ? 'Note (say what the reason is)' : 'Note for the recruiter (optional)'}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={touched && !!problems['note']}
          helperText={touched && problems['note'] ? 'Say what the reason is.' : `At most ${MAX_NOTE} characters.`}
          slotProps={{ htmlInput: { maxLength: MAX_NOTE } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <ProgressButton busy={busy} variant="contained" color={answer === ShortlistAnswer.NO ? 'error' : 'primary'} onClick={() => void confirm()}>
          {CONFIRM[answer]}
        </ProgressButton>
      </DialogActions>
    </Dialog>
  );
};
