import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { EngagementStage, STAGE_NOTE_MAX_LENGTH, enumLabel, moveNeedsNote } from '@orchestra/shared';
import { useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import { newIdempotencyKey } from '../common/idempotency';
import type { OrchestraDataProvider } from '../providers/dataProvider';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

/** What is about to happen to an engagement: a move to `to`, or a reopen of a finished one. */
export type StageAction = { kind: 'move'; to: EngagementStage } | { kind: 'reopen' };

export interface StageDialogEngagement {
  id: string;
  title: string;
  stage: EngagementStage;
}

const stageWord = (stage: string) => enumLabel('EngagementStage', stage).toLowerCase();

/**
 * Confirms a stage change and takes its note for the timeline. Marking lost and reopening are the
 * irreversible-looking ones: they say what happens and need a reason; any other move takes an
 * optional note. Rendered only while an action is pending (keyed by it), so each starts empty.
 */
export const StageMoveDialog = ({
  engagement,
  action,
  onClose,
  onDone,
}: {
  engagement: StageDialogEngagement;
  action: StageAction;
  onClose: () => void;
  onDone: () => void | Promise<void>;
}) => {
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const [text, setText] = useState('');
  const { busy, run: runBusy } = useBusy();
  // One key per dialog: a double click or a retried request acts once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const lost = action.kind === 'move' && action.to === EngagementStage.LOST;
  const reasonRequired = action.kind === 'reopen' || moveNeedsNote(action.to);
  const missing = reasonRequired && !text.trim();
  const name = `“${engagement.title}”`;

  const submit = async () => {
    await runBusy(async () => {
      try {
        if (action.kind === 'reopen') {
          const { data } = await dataProvider.reopenEngagement({ id: engagement.id, reason: text.trim(), idempotencyKey });
          notify(`${name} reopened: back to ${stageWord(data.stage)}.`, { type: 'success' });
        } else {
          await dataProvider.moveEngagementStage({ id: engagement.id, stage: action.to, note: text.trim() || null, idempotencyKey });
          notify(lost ? `${name} marked lost.` : `${name} moved to ${stageWord(action.to)}.`, { type: 'success' });
        }
        await onDone();
        onClose();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'That did not work.', { type: 'error' });
      }
    });
  };

  const title = action.kind === 'reopen' ? `Reopen ${name}?` : lost ? `Mark ${name} lost?` : `Move ${name} to ${stageWord(action.to)}?`;
  const explanation =
    action.kind === 'reopen'
      ? `It goes back to the stage it was in before it was ${stageWord(engagement.stage)}. Say why: the reason goes on the timeline.`
      : lost
        ? 'Lost ends the engagement: it leaves the open stages and cannot be moved any more. Only its owner or an admin can reopen it later. Say why it was lost: the reason goes on the timeline.'
        : 'Add a note for the timeline if it helps the next person (optional).';
  const confirm = action.kind === 'reopen' ? 'Reopen' : lost ? 'Mark lost' : 'Move';

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="stage-dialog-title">
      <DialogTitle id="stage-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{explanation}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          label={reasonRequired ? 'Reason' : 'Note (optional)'}
          required={reasonRequired}
          helperText={reasonRequired ? 'Required: it goes on the timeline.' : `Up to ${STAGE_NOTE_MAX_LENGTH} characters.`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { maxLength: STAGE_NOTE_MAX_LENGTH } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <ProgressButton busy={busy} variant="contained" color={lost ? 'error' : 'primary'} disabled={missing} onClick={() => void submit()}>
          {confirm}
        </ProgressButton>
      </DialogActions>
    </Dialog>
  );
};
