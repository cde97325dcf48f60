import { AutocompleteInput, Datagrid, EmailField, List, ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { contactExporter } from './contactExporter';

const contactFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="clientId" source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Client" />
  </ReferenceInput>,
];

export const ContactList = () => (
  <List filters={contactFilters} sort={{ field: 'name', order: 'ASC' }} exporter={contactExporter}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <EmailField source="email" label="E-mail" />
      <TextField source="title" label="Job title" emptyText="—" />
      <ReferenceField source="clientId" reference="Client" label="Client" sortable={false} link={false} />
    </Datagrid>
  </List>
);
