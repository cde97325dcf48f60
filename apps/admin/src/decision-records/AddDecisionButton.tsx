import AddIcon from '@mui/icons-material/Add';
import { Button, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { CreateBase, SimpleForm, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { DecisionRecordInputs, toDecisionArgs, type DecisionFormValues } from './DecisionRecordInputs';

/** "Log a decision" on an engagement page: a dialog, so the log stays in view. */
export const AddDecisionButton = () => {
  const engagement = useRecordContext<{ id: string }>();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'DecisionRecord', action: 'create' });
  if (!engagement || !canAccess) return null;
  return (
    <>
      <Button startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Log a decision
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>Log a decision</DialogTitle>
        <DialogContent>
          <CreateBase
            resource="DecisionRecord"
            redirect={false}
            record={{ engagementId: engagement.id }}
            transform={(data: DecisionFormValues) => toDecisionArgs({ ...data, engagementId: engagement.id }, true)}
            mutationOptions={{
              onSuccess: () => {
                setOpen(false);
                notify('Decision logged.', { type: 'success' });
                refresh();
              },
            }}
          >
            <SimpleForm>
              <DecisionRecordInputs />
            </SimpleForm>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
};
