import { Chip } from '@mui/material';
import { ASSESSMENT_STATUSES } from '@orchestra/shared';
import { Datagrid, DateField, FunctionField, List, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import type { Assessment, AssessmentProgress } from '../gql/schema';
import { STATUS_COLOURS } from './assessmentChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={ASSESSMENT_STATUSES.map((id) => ({ id, name: id }))} />,
];

type Row = Pick<Assessment, 'status'> & { progress?: Pick<AssessmentProgress, 'submitted' | 'invited'> };

export const AssessmentList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <ReferenceField source="engagementId" reference="Engagement" label="Engagement" link={false} sortable={false} />
      <FunctionField<Row> source="status" render={(r) => <Chip size="small" label={r.status} color={STATUS_COLOURS[r.status] ?? 'default'} />} />
      <FunctionField<Row> label="Responses" sortable={false} render={(r) => (r.progress ? `${r.progress.submitted} / ${r.progress.invited}` : '')} />
      <DateField source="dueDate" label="Due" />
    </Datagrid>
  </List>
);
