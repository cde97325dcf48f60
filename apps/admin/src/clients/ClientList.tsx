import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { SIZE_BAND_CHOICES } from './clientFields';
import { clientExporter } from './clientExporter';

const clientFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="industry" source="industry" />,
  <SelectInput key="sizeBand" source="sizeBand" label="Size" choices={SIZE_BAND_CHOICES} />,
];

export const ClientList = () => (
  <List filters={clientFilters} sort={{ field: 'name', order: 'ASC' }} exporter={clientExporter}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="industry" emptyText="—" />
      <SelectField source="sizeBand" label="Size" choices={SIZE_BAND_CHOICES} emptyText="—" />
      <TextField source="region" emptyText="—" />
      <TextField source="timeZone" label="Time zone" sortable={false} emptyText="—" />
      <DateField source="createdAt" label="Created" />
    </Datagrid>
  </List>
);
