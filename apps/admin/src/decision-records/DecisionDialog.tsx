import { Button, CircularProgress, Dialog, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import {
  CreateBase,
  DeleteButton,
  EditBase,
  SaveButton,
  SimpleForm,
  Toolbar,
  useNotify,
  useRefresh,
  type Identifier,
} from 'react-admin';
import { DecisionRecordInputs, toDecisionArgs, type DecisionFormValues } from './DecisionRecordInputs';

interface DecisionDialogProps {
  open: boolean;
  onClose: () => void;
  engagementId: string;
  /** The decision to edit; without one the dialog logs a new decision on the engagement. */
  decisionId?: Identifier;
}

/**
 * Logs or edits a decision in a dialog, so the engagement's decision log stays in view; saving
 * (or deleting) closes it and refreshes the log.
 */
export const DecisionDialog = ({ open, onClose, engagementId, decisionId }: DecisionDialogProps) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const done = (message: string) => () => {
    onClose();
    notify(message, { type: 'success' });
    refresh();
  };
  const editing = decisionId != null;
  const form = (
    <SimpleForm
      toolbar={
        <Toolbar>
          <Stack direction="row" gap={1}>
            <SaveButton />
            <Button onClick={onClose}>Cancel</Button>
          </Stack>
          {editing && (
            <DeleteButton
              mutationMode="pessimistic"
              redirect={false}
              // Replaces the button's own success effects (notification, closing its confirmation).
              mutationOptions={{ onSuccess: done('Decision deleted.') }}
            />
          )}
        </Toolbar>
      }
    >
      <DecisionRecordInputs />
    </SimpleForm>
  );
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{editing ? 'Edit decision' : 'Log a decision'}</DialogTitle>
      <DialogContent>
        {editing ? (
          // Pessimistic: a past revisit date is refused by the API and the form must say so.
          <EditBase
            resource="DecisionRecord"
            id={decisionId}
            mutationMode="pessimistic"
            redirect={false}
            transform={(data: DecisionFormValues) => toDecisionArgs(data, false)}
            mutationOptions={{ onSuccess: done('Decision updated.') }}
            loading={<CircularProgress size={24} />}
            error={<Typography color="error">This decision could not be loaded.</Typography>}
          >
            {form}
          </EditBase>
        ) : (
          <CreateBase
            resource="DecisionRecord"
            redirect={false}
            record={{ engagementId }}
            transform={(data: DecisionFormValues) => toDecisionArgs({ ...data, engagementId }, true)}
            mutationOptions={{ onSuccess: done('Decision logged.') }}
          >
            {form}
          </CreateBase>
        )}
      </DialogContent>
    </Dialog>
  );
};
