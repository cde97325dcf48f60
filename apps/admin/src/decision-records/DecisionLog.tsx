import EditIcon from '@mui/icons-material/Edit';
import { IconButton } from '@mui/material';
import { useState } from 'react';
import { Datagrid, ReferenceManyField, TextField, useCanAccess, useRecordContext, type Identifier } from 'react-admin';
import { DateField } from '../common/DateField';
import { PersonField } from '../user-summaries/PersonField';
import { EmptyText } from '../layout/EmptyText';
import { AddDecisionButton } from './AddDecisionButton';
import { DecisionDialog } from './DecisionDialog';
import { EnumField } from '../common/EnumField';

/**
 * Opens the row's decision in the dialog (the keyboard's way to what a row click does). Its name
 * leaves the title out, so the row's title cell stays the only cell named by it.
 */
const EditInDialogButton = ({ onEdit }: { onEdit: (id: Identifier) => void }) => {
  const decision = useRecordContext();
  if (!decision) return null;
  return (
    <IconButton
      size="small"
      aria-label="Edit decision"
      onClick={(event) => {
        event.stopPropagation();
        onEdit(decision.id);
      }}
    >
      <EditIcon fontSize="small" />
    </IconButton>
  );
};

/** The decisions of the engagement in context, newest first, logged and edited in place. */
export const DecisionLog = () => {
  const engagement = useRecordContext<{ id: string }>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'DecisionRecord', action: 'edit' });
  const [open, setOpen] = useState(false);
  // Kept after closing, so the dialog does not turn into "Log a decision" while it fades out.
  const [decisionId, setDecisionId] = useState<Identifier>();
  if (!engagement) return null;
  const edit = (id: Identifier) => {
    setDecisionId(id);
    setOpen(true);
  };
  return (
    <>
      <AddDecisionButton />
      <ReferenceManyField reference="DecisionRecord" target="engagementId" sort={{ field: 'decidedAt', order: 'DESC' }} label={false}>
        <Datagrid
          bulkActionButtons={false}
          rowClick={
            canEdit
              ? (id) => {
                  edit(id);
                  return false;
                }
              : 'show'
          }
          empty={<EmptyText>No decisions logged yet.</EmptyText>}
        >
          <TextField source="title" />
          <TextField source="decision" />
          <EnumField source="reversibility" kind="Reversibility" />
          <DateField source="decidedAt" label="Decided" />
          <PersonField source="decidedById" label="By" />
          <DateField source="revisitDate" label="Revisit on" emptyText="—" />
          {canEdit && <EditInDialogButton onEdit={edit} />}
        </Datagrid>
      </ReferenceManyField>
      {decisionId != null && <DecisionDialog open={open} onClose={() => setOpen(false)} engagementId={engagement.id} decisionId={decisionId} />}
    </>
  );
};
