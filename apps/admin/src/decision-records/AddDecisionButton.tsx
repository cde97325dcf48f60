import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext } from 'react-admin';
import { DecisionDialog } from './DecisionDialog';

/** "Log a decision" on an engagement page: a dialog, so the log stays in view. */
export const AddDecisionButton = () => {
  const engagement = useRecordContext<{ id: string }>();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'DecisionRecord', action: 'create' });
  if (!engagement || !canAccess) return null;
  return (
    <>
      <Button startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Log a decision
      </Button>
      <DecisionDialog open={open} onClose={() => setOpen(false)} engagementId={engagement.id} />
    </>
  );
};
