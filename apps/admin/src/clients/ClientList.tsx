import { Datagrid, DateField, List, SearchInput, SelectField, SelectInput, TextField, TextInput, useCanAccess } from 'react-admin';
import { SIZE_BAND_CHOICES } from './clientFields';

const clientFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="industry" source="industry" />,
  <SelectInput key="sizeBand" source="sizeBand" label="Size" choices={SIZE_BAND_CHOICES} />,
];

export const ClientList = () => {
  // Roles that may only read clients get no link to a form they cannot use.
  const { canAccess: canEdit } = useCanAccess({ resource: 'Client', action: 'edit' });
  return (
    <List filters={clientFilters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick={canEdit ? 'edit' : false}>
        <TextField source="name" />
        <TextField source="industry" emptyText="—" />
        <SelectField source="sizeBand" label="Size" choices={SIZE_BAND_CHOICES} emptyText="—" />
        <TextField source="region" emptyText="—" />
        <TextField source="timeZone" label="Time zone" sortable={false} emptyText="—" />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
};
