import { Datagrid, List, NumberField, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { STATUS_CHOICES } from './frameworkFields';
import { FrameworkStatusField } from './FrameworkStatusField';
import { frameworkExporter } from './frameworkExporter';

const frameworkFilters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={STATUS_CHOICES} />];

export const FrameworkList = () => (
  <List filters={frameworkFilters} sort={{ field: 'name', order: 'ASC' }} exporter={frameworkExporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <NumberField source="version" />
      <FrameworkStatusField source="status" label="Status" />
      <DateField source="publishedAt" label="Published" emptyText="—" sortable={false} />
    </Datagrid>
  </List>
);
