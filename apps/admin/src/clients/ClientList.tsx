import { Datagrid, DateField, List, SearchInput, TextField, useCanAccess } from 'react-admin';

const clientFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const ClientList = () => {
  // Roles that may only read clients get no link to a form they cannot use.
  const { canAccess: canEdit } = useCanAccess({ resource: 'Client', action: 'edit' });
  return (
    <List filters={clientFilters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick={canEdit ? 'edit' : false}>
        <TextField source="name" />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
};
