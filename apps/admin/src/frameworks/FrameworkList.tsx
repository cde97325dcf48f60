import { Datagrid, DateField, List, NumberField, SearchInput, SelectInput, TextField } from 'react-admin';
import { STATUS_CHOICES } from './frameworkFields';
import { FrameworkStatusField } from './FrameworkStatusField';

const frameworkFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={STATUS_CHOICES} />];

export const FrameworkList = () => (
  <List filters={frameworkFilters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <NumberField source="version" />
      <FrameworkStatusField source="status" label="Status" />
      <DateField source="publishedAt" label="Published" emptyText="—" sortable={false} />
    </Datagrid>
  </List>
);
