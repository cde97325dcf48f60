import {
  ArrayField,
  Datagrid,
  Labeled,
  ReferenceField,
  SelectField,
  TabbedShowLayout,
  TextField,
  useCanAccess,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EngagementAssessments } from '../assessments/EngagementAssessments';
import { DecisionLog } from '../decision-records/DecisionLog';
import { PersonField } from '../user-summaries/PersonField';
import { BUDGET_CHOICES, HORIZON_CHOICES, URGENCY_CHOICES } from './engagementChoices';
import { EngagementGaps } from './EngagementGaps';
import { EngagementRoles } from './EngagementRoles';
import { MoveStageButtons } from './MoveStageButtons';
import { ReassessmentSchedule } from './ReassessmentSchedule';
import { EnumField } from '../common/EnumField';
import { RecordShow } from '../common/RecordPage';
import { AuditHistory, useCanReadHistory } from '../audit/AuditHistory';

export const EngagementShow = () => {
  const canReadHistory = useCanReadHistory();
  const { canAccess: canReadDecisions } = useCanAccess({ resource: 'DecisionRecord', action: 'list' });
  const { canAccess: canReadAssessments } = useCanAccess({ resource: 'Assessment', action: 'list' });
  const { canAccess: canReadGaps } = useCanAccess({ resource: 'CapabilityGap', action: 'list' });
  const { canAccess: canReadRoles } = useCanAccess({ resource: 'Role', action: 'list' });
  return (
    <RecordShow>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Overview">
          <TextField source="title" variant="h6" />
          <Labeled label="Stage">
            <EnumField source="stage" kind="EngagementStage" chip />
          </Labeled>
          <MoveStageButtons />
          <ReferenceField source="clientId" reference="Client" label="Client" />
          <PersonField source="ownerId" label="Owner" />
          <TextField source="businessNeed" label="Business need" sx={{ whiteSpace: 'pre-wrap' }} />
          <SelectField source="horizon" label="Need horizon" choices={HORIZON_CHOICES} />
          <SelectField source="urgency" choices={URGENCY_CHOICES} />
          <SelectField source="budgetBand" label="Budget" choices={BUDGET_CHOICES} emptyText="—" />
          <DateField source="startDate" label="Start" emptyText="—" />
          <DateField source="endDate" label="End" emptyText="—" />
          {canReadAssessments && <ReassessmentSchedule />}
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Timeline" path="timeline">
          <ArrayField source="stageChanges" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <DateField source="changedAt" label="When" showTime />
              <EnumField source="fromStage" kind="EngagementStage" label="From" emptyText="(created)" />
              <EnumField source="toStage" kind="EngagementStage" label="To" />
              <PersonField source="changedById" label="Who" />
              <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        {canReadDecisions && (
          <TabbedShowLayout.Tab label="Decision log" path="decisions">
            <DecisionLog />
          </TabbedShowLayout.Tab>
        )}
        {canReadAssessments && (
          <TabbedShowLayout.Tab label="Assessments" path="assessments">
            <EngagementAssessments />
          </TabbedShowLayout.Tab>
        )}
        {canReadGaps && (
          <TabbedShowLayout.Tab label="Gaps" path="gaps">
            <EngagementGaps />
          </TabbedShowLayout.Tab>
        )}
        {canReadRoles && (
          <TabbedShowLayout.Tab label="Roles" path="roles">
            <EngagementRoles />
          </TabbedShowLayout.Tab>
        )}
        {canReadHistory && (
          <TabbedShowLayout.Tab label="History" path="history">
            <AuditHistory targetType="Engagement" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </RecordShow>
  );
};
