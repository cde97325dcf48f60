import { enumLabel } from '@orchestra/shared';
import { Chip, Stack } from '@mui/material';
import { EditButton, FunctionField, Labeled, NumberField, ReferenceField, TabbedShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import type { Assessment } from '../gql/schema';
import { AssessmentActions, LiveRefresh } from './AssessmentActions';
import { AssessmentProgress } from './AssessmentProgress';
import { STATUS_COLOURS } from './assessmentChoices';
import { InvitationsPanel } from './InvitationsPanel';
import { TargetsGrid } from './TargetsGrid';
import { WorkflowProgress } from './WorkflowProgress';
import { ReportPage } from '../reports/ReportPage';
import { RecordShow } from '../common/RecordPage';
import { PersonField } from '../user-summaries/PersonField';

type AssessmentRecord = Pick<Assessment, 'id' | 'status'>;

/** Scoring exists once the assessment is closed. */
const AFTER_CLOSING = ['CLOSED', 'SCORED', 'PUBLISHED'];
/** The report exists once it is scored. */
const REPORTED = ['SCORED', 'PUBLISHED'];

const Actions = () => {
  const record = useRecordContext<AssessmentRecord>();
  return <TopToolbar>{record && (record.status === 'DRAFT' || record.status === 'OPEN') && <EditButton />}</TopToolbar>;
};

/** The scoring run and its progress, once there is one to show. */
const Scoring = (_props: { label?: false }) => {
  const record = useRecordContext<AssessmentRecord>();
  if (!record || !AFTER_CLOSING.includes(record.status)) return null;
  return (
    <Labeled label="Scoring" fullWidth>
      <WorkflowProgress />
    </Labeled>
  );
};

const ReportTab = (_props: { label?: false }) => {
  const record = useRecordContext<AssessmentRecord>();
  return record ? <ReportPage assessmentId={record.id} embedded /> : null;
};

/** The tabs; Report appears once the assessment is scored (its path, `report`, is the notification's link). */
const AssessmentTabs = () => {
  const record = useRecordContext<AssessmentRecord>();
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="Overview">
        <TextField source="title" variant="h6" />
        <Stack direction="row" gap={4} flexWrap="wrap">
          <Labeled label="Status">
            <FunctionField<{ status: string }> render={(r) => <Chip size="small" label={enumLabel('AssessmentStatus', r.status)} color={STATUS_COLOURS[r.status] ?? 'default'} />} />
          </Labeled>
          <Labeled label="Engagement">
            <ReferenceField source="engagementId" reference="Engagement" link="show" />
          </Labeled>
          <Labeled label="Owner">
            <ReferenceField source="engagementId" reference="Engagement" link={false}>
              <PersonField source="ownerId" />
            </ReferenceField>
          </Labeled>
          <Labeled label="Questionnaire">
            <ReferenceField source="templateId" reference="AssessmentTemplate" link={false} />
          </Labeled>
          <Labeled label="Due">
            <DateField source="dueDate" />
          </Labeled>
          <Labeled label="Minimum respondents">
            <NumberField source="minRespondents" />
          </Labeled>
          <Labeled label="Anonymity threshold">
            <FunctionField<{ anonymityThreshold: number }> render={(r) => `Groups of ${r.anonymityThreshold} or more`} />
          </Labeled>
        </Stack>
        <AssessmentActions />
        <Scoring label={false} />
        <Labeled label="Responses" fullWidth>
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
      {record && REPORTED.includes(record.status) && (
        <TabbedShowLayout.Tab label="Report" path="report">
          <ReportTab label={false} />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
};

/** "Assessment Release baseline" in the page title. */
const AssessmentTitle = () => {
  const record = useRecordContext<Pick<Assessment, 'title'>>();
  return <>{record ? `Assessment ${record.title}` : 'Assessment'}</>;
};

export const AssessmentShow = () => (
  <RecordShow title={<AssessmentTitle />} actions={<Actions />}>
    <LiveRefresh />
    <AssessmentTabs />
  </RecordShow>
);
