import { AutocompleteInput, Datagrid, EmailField, List, ReferenceField, ReferenceInput, SearchInput, TextField, useCanAccess } from 'react-admin';

const contactFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="clientId" source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Client" />
  </ReferenceInput>,
];

export const ContactList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'Contact', action: 'edit' });
  return (
    <List filters={contactFilters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick={canEdit ? 'edit' : false}>
        <TextField source="name" />
        <EmailField source="email" label="E-mail" />
        <TextField source="title" label="Job title" emptyText="—" />
        <ReferenceField source="clientId" reference="Client" label="Client" sortable={false} link={false} />
      </Datagrid>
    </List>
  );
};
