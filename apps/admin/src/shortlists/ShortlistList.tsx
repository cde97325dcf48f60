import { Box, Chip, Typography } from '@mui/material';
import { enumChoices } from '@orchestra/shared';
import { Datagrid, FunctionField, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import type { ShortlistProfileRecord } from './api';
import { answerText } from './answerText';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Role or candidate" />,
  <NullableBooleanInput key="awaiting" source="awaiting" label="Not answered yet" alwaysOn />,
  <SelectInput key="answer" source="answer" label="Answer" choices={enumChoices('ShortlistAnswer')} />,
];

const Empty = () => (
  <Box sx={{ p: 4, textAlign: 'center' }}>
    <Typography variant="h6" component="p">
      No candidates submitted yet
    </Typography>
    <Typography variant="body2" color="text.secondary">
      When your recruiter proposes someone for one of your roles, their profile appears here for you to answer.
    </Typography>
  </Box>
);

/** The candidates submitted to the client, newest first: an alias, never a name. */
export const ShortlistList = () => (
  <List filters={filters} sort={{ field: 'submittedAt', order: 'DESC' }} exporter={false} empty={<Empty />} title="Shortlists">
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="alias" label="Candidate" />
      <TextField source="roleTitle" label="Role" />
      <EnumField source="seniority" label="Seniority" kind="Seniority" sortable={false} />
      <DateField source="availableFrom" label="Available from" sortable={false} />
      <TextField source="rateAgainstBudget" label="Rate" sortable={false} />
      <FunctionField<ShortlistProfileRecord>
        label="Answer"
        sortBy="answeredAt"
        render={(p) => (p.answer ? <Typography variant="body2">{answerText(p)}</Typography> : <Chip size="small" color="warning" label="Not answered yet" />)}
      />
      <DateField source="submittedAt" label="Submitted" />
    </Datagrid>
  </List>
);
