import { Chip } from '@mui/material';
import { enumChoices, enumLabel } from '@orchestra/shared';
import { Datagrid, FunctionField, List, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import type { Assessment, AssessmentProgress } from '../gql/schema';
import { STATUS_COLOURS } from './assessmentChoices';
import { PersonField } from '../user-summaries/PersonField';
import { assessmentExporter } from './assessmentExporter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('AssessmentStatus')} />,
];

type Row = Pick<Assessment, 'status'> & { progress?: Pick<AssessmentProgress, 'submitted' | 'invited'> };

export const AssessmentList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={assessmentExporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <ReferenceField source="engagementId" reference="Engagement" label="Engagement" link={false} sortable={false} />
      <ReferenceField source="engagementId" reference="Engagement" label="Owner" link={false} sortable={false}>
        <PersonField source="ownerId" />
      </ReferenceField>
      <FunctionField<Row> source="status" render={(r) => <Chip size="small" label={enumLabel('AssessmentStatus', r.status)} color={STATUS_COLOURS[r.status] ?? 'default'} />} />
      <FunctionField<Row> label="Responses" sortable={false} render={(r) => (r.progress ? `${r.progress.submitted} / ${r.progress.invited}` : '')} />
      <DateField source="dueDate" label="Due" />
    </Datagrid>
  </List>
);
