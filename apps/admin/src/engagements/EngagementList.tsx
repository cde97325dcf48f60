import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Button } from '@mui/material';
import { CreateButton,
  ExportButton,
  FilterButton,
  Link,
  TopToolbar,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useCanAccess,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { ConsultantInput } from '../user-summaries/ConsultantInput';
import { PersonField } from '../user-summaries/PersonField';
import { STAGE_CHOICES, URGENCY_CHOICES } from './engagementChoices';
import { EnumField } from '../common/EnumField';
import { engagementExporter } from './engagementExporter';

const engagementFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={STAGE_CHOICES} />,
  <SelectInput key="urgency" source="urgency" choices={URGENCY_CHOICES} />,
  <ConsultantInput key="ownerId" />,
  <ReferenceInput key="clientId" source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Client" />
  </ReferenceInput>,
];

const ListActions = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'Engagement', action: 'create' });
  return (
    <TopToolbar>
      <Button component={Link} to="/Engagement/board" startIcon={<ViewKanbanIcon />} size="small">
        Board
      </Button>
      <FilterButton />
      {canCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};

export const EngagementList = () => (
  <List filters={engagementFilters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }} exporter={engagementExporter}>
    <Datagrid rowClick="show">
      <TextField source="title" />
      <ReferenceField source="clientId" reference="Client" label="Client" sortable={false} link={false} />
      <EnumField source="stage" kind="EngagementStage" chip />
      <SelectField source="urgency" choices={URGENCY_CHOICES} />
      <PersonField source="ownerId" label="Owner" sortable={false} />
      <DateField source="startDate" label="Start" emptyText="—" />
    </Datagrid>
  </List>
);
