import { Chip, Stack } from '@mui/material';
import { DateField, EditButton, FunctionField, Labeled, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { AssessmentActions, LiveRefresh } from './AssessmentActions';
import { AssessmentProgress } from './AssessmentProgress';
import { STATUS_COLOURS } from './assessmentChoices';
import { InvitationsPanel } from './InvitationsPanel';
import { TargetsGrid } from './TargetsGrid';

const Actions = () => {
  const record = useRecordContext<{ status: string }>();
  return <TopToolbar>{record && (record.status === 'DRAFT' || record.status === 'OPEN') && <EditButton />}</TopToolbar>;
};

export const AssessmentShow = () => (
  <Show actions={<Actions />}>
    <LiveRefresh />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="Overview">
        <TextField source="title" variant="h6" />
        <Stack direction="row" gap={4} flexWrap="wrap">
          <Labeled label="Status">
            <FunctionField<{ status: string }> render={(r) => <Chip size="small" label={r.status} color={STATUS_COLOURS[r.status] ?? 'default'} />} />
          </Labeled>
          <ReferenceField source="engagementId" reference="Engagement" label="Engagement" link="show" />
          <ReferenceField source="templateId" reference="AssessmentTemplate" label="Questionnaire" link={false} />
          <DateField source="dueDate" label="Due" />
          <NumberField source="minRespondents" label="Minimum respondents" />
        </Stack>
        <AssessmentActions />
        <Labeled label="Responses">
          <AssessmentProgress />
        </Labeled>
        <TextField source="closeReason" label="Closed because" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Invitations" path="invitations">
        <InvitationsPanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Targets" path="targets">
        <TargetsGrid />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
