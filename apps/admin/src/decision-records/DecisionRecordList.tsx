import { AutocompleteInput, Datagrid, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { REVERSIBILITY_CHOICES } from './DecisionRecordInputs';
import { decisionRecordExporter } from './decisionRecordExporter';

const decisionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="engagementId" source="engagementId" reference="Engagement" sort={{ field: 'title', order: 'ASC' }}>
    <AutocompleteInput label="Engagement" />
  </ReferenceInput>,
  <SelectInput key="reversibility" source="reversibility" choices={REVERSIBILITY_CHOICES} />,
];

export const DecisionRecordList = () => (
  <List filters={decisionFilters} sort={{ field: 'decidedAt', order: 'DESC' }} exporter={decisionRecordExporter}>
    <Datagrid rowClick="show">
      <TextField source="title" />
      <ReferenceField source="engagementId" reference="Engagement" label="Engagement" sortable={false} link="show" />
      <SelectField source="reversibility" choices={REVERSIBILITY_CHOICES} />
      <DateField source="decidedAt" label="Decided" />
      <DateField source="revisitDate" label="Revisit on" emptyText="—" />
    </Datagrid>
  </List>
);
