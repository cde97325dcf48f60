import { enumLabel } from '@orchestra/shared';
import AddIcon from '@mui/icons-material/PersonAdd';
import { Button, Chip, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  CreateBase,
  Datagrid,
  DeleteButton,
  email,
  Form,
  FunctionField,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  SelectInput,
  TextField,
  TextInput,
  Toolbar,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  required,
} from 'react-admin';
import { DateField } from '../common/DateField';
import type { Assessment, Invitation } from '../gql/schema';
import { EmptyText } from '../layout/EmptyText';
import type { OrchestraDataProvider } from '../providers/dataProvider';
import { RESPONDENT_ROLE_CHOICES } from './assessmentChoices';

type AssessmentRecord = Pick<Assessment, 'id' | 'clientId' | 'status'>;
type InvitationRow = Pick<Invitation, 'id' | 'status' | 'respondentRole'>;

const STATUS_COLOURS: Record<string, 'default' | 'info' | 'success' | 'warning'> = { PENDING: 'default', STARTED: 'info', SUBMITTED: 'success', EXPIRED: 'warning' };

/** A contact of the client (name and e-mail come from it) or any e-mail, and the person's seat. */
const AddInvitationButton = ({ assessment }: { assessment: AssessmentRecord }) => {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <>
      <Button startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Invite someone
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="invite-title">
        <DialogTitle id="invite-title">Invite someone to answer</DialogTitle>
        <DialogContent>
          <CreateBase
            resource="Invitation"
            redirect={false}
            transform={(data: Record<string, unknown>) => ({
              assessmentId: assessment.id,
              contactId: data['contactId'] || null,
              email: data['email'] || null,
              name: data['name'] || null,
              respondentRole: data['respondentRole'],
            })}
            mutationOptions={{
              onSuccess: () => {
                notify(assessment.status === 'OPEN' ? 'Invited: the e-mail is on its way.' : 'Invited: the e-mail goes when the assessment opens.', { type: 'success' });
                setOpen(false);
                refresh();
              },
            }}
          >
            <Form>
              <ReferenceInput source="contactId" reference="Contact" filter={{ clientId: assessment.clientId }} sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput label="A contact of the client" helperText="Or leave empty and type an e-mail below." />
              </ReferenceInput>
              <TextInput source="email" label="E-mail" type="email" validate={email()} />
              <TextInput source="name" label="Name" />
              <SelectInput source="respondentRole" label="Their seat" choices={RESPONDENT_ROLE_CHOICES} defaultValue="ENGINEER" validate={required()} />
              <Toolbar disableGutters>
                <SaveButton label="Invite" alwaysEnable />
              </Toolbar>
            </Form>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
};

const ResendButton = () => {
  const row = useRecordContext<InvitationRow>();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  if (!row || row.status === 'SUBMITTED' || row.status === 'EXPIRED') return null;
  return (
    <Button
      size="small"
      onClick={(e) => {
        e.stopPropagation();
        dataProvider
          .resendInvitation({ id: row.id })
          .then(() => notify('Sent again with a new link; the earlier link no longer works.', { type: 'success' }))
          .catch((error: unknown) => notify(error instanceof Error ? error.message : 'Could not re-send.', { type: 'error' }));
      }}
    >
      Re-send
    </Button>
  );
};

/** Who is invited, where each stands, and (while DRAFT or OPEN) adding and re-sending. */
export const InvitationsPanel = () => {
  const assessment = useRecordContext<AssessmentRecord>();
  const { canAccess: canManage } = useCanAccess({ resource: 'Invitation', action: 'create' });
  if (!assessment) return null;
  const changeable = canManage && (assessment.status === 'DRAFT' || assessment.status === 'OPEN');
  return (
    <>
      {changeable && <AddInvitationButton assessment={assessment} />}
      <ReferenceManyField reference="Invitation" target="assessmentId" sort={{ field: 'createdAt', order: 'ASC' }} perPage={100} label={false}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<EmptyText>Nobody is invited yet.</EmptyText>}>
          <TextField source="name" emptyText="—" />
          <TextField source="email" label="E-mail" />
          <FunctionField<InvitationRow> label="Seat" render={(r) => enumLabel('RespondentRole', r.respondentRole)} />
          <FunctionField<InvitationRow> source="status" render={(r) => <Chip size="small" label={enumLabel('InvitationStatus', r.status)} color={STATUS_COLOURS[r.status] ?? 'default'} />} />
          <DateField source="sentAt" label="Sent" showTime emptyText="—" />
          <DateField source="submittedAt" label="Submitted" showTime emptyText="—" />
          {changeable && assessment.status === 'OPEN' && <ResendButton />}
          {changeable && <FunctionField<InvitationRow> render={(r) => (r.status === 'PENDING' ? <DeleteButton redirect={false} mutationMode="pessimistic" /> : null)} />}
        </Datagrid>
      </ReferenceManyField>
    </>
  );
};
