import { enumLabel } from '@orchestra/shared';
import AddIcon from '@mui/icons-material/Add';
import { Button, Chip } from '@mui/material';
import { Datagrid, FunctionField, Link, ReferenceManyField, TextField, useCanAccess, useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import type { Assessment, AssessmentProgress } from '../gql/schema';
import { EmptyText } from '../layout/EmptyText';
import { STATUS_COLOURS } from './assessmentChoices';
import { EngagementTrend } from './EngagementTrend';

type Row = Pick<Assessment, 'status'> & { progress?: Pick<AssessmentProgress, 'submitted' | 'invited'> };

/** The Assessments tab of an engagement: its assessments (a re-assessment is a new one) and a way to start one. */
export const EngagementAssessments = () => {
  const engagement = useRecordContext<{ id: string }>();
  const { canAccess: canCreate } = useCanAccess({ resource: 'Assessment', action: 'create' });
  if (!engagement) return null;
  return (
    <>
      {canCreate && (
        <Button component={Link} to={`/Assessment/create?engagementId=${engagement.id}`} startIcon={<AddIcon />}>
          New assessment
        </Button>
      )}
      <ReferenceManyField reference="Assessment" target="engagementId" sort={{ field: 'createdAt', order: 'DESC' }} label={false}>
        <Datagrid bulkActionButtons={false} rowClick="show" empty={<EmptyText>No assessment yet: start one to measure where the team stands.</EmptyText>}>
          <TextField source="title" />
          <FunctionField<Row> source="status" render={(r) => <Chip size="small" label={enumLabel('AssessmentStatus', r.status)} color={STATUS_COLOURS[r.status] ?? 'default'} />} />
          <FunctionField<Row> label="Responses" render={(r) => (r.progress ? `${r.progress.submitted} / ${r.progress.invited}` : '')} />
          <DateField source="dueDate" label="Due" />
        </Datagrid>
      </ReferenceManyField>
      <EngagementTrend engagementId={engagement.id} />
    </>
  );
};
