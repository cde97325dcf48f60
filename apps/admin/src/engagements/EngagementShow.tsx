import {
  ArrayField,
  ChipField,
  Datagrid,
  DateField,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useCanAccess,
} from 'react-admin';
import { EngagementAssessments } from '../assessments/EngagementAssessments';
import { DecisionLog } from '../decision-records/DecisionLog';
import { PersonField } from '../user-summaries/PersonField';
import { EmptyText } from '../layout/EmptyText';
import { BUDGET_CHOICES, HORIZON_CHOICES, URGENCY_CHOICES } from './engagementChoices';
import { MoveStageButtons } from './MoveStageButtons';

export const EngagementShow = () => {
  const { canAccess: canReadDecisions } = useCanAccess({ resource: 'DecisionRecord', action: 'list' });
  const { canAccess: canReadAssessments } = useCanAccess({ resource: 'Assessment', action: 'list' });
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Overview">
          <TextField source="title" variant="h6" />
          <Labeled label="Stage">
            <ChipField source="stage" size="small" />
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
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Timeline" path="timeline">
          <ArrayField source="stageChanges" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <DateField source="changedAt" label="When" showTime />
              <TextField source="fromStage" label="From" emptyText="(created)" />
              <TextField source="toStage" label="To" />
              <PersonField source="changedById" label="Who" />
              <TextField source="note" emptyText="" />
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
        <TabbedShowLayout.Tab label="Gaps" path="gaps">
          <EmptyText>Capability gaps and their recommended options will appear here.</EmptyText>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
