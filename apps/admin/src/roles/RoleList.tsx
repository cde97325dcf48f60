import { enumLabel } from '@orchestra/shared';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { PlanStaffingBulkButton } from '../staffing-plans/PlanStaffingBulkButton';
import { daysSince } from '../common/matching/matchFormat';
import { PersonField } from '../user-summaries/PersonField';
import { MatchCountChips, RoleStatusChip } from './RoleStatusChips';
import { roleExporter } from './roleExporter';
import { OPTION_TYPE_CHOICES, ROLE_STATUS_CHOICES, type RoleRecord } from './roleFields';

const roleFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={ROLE_STATUS_CHOICES} />,
  <SelectInput key="optionType" source="optionType" label="Option type" choices={OPTION_TYPE_CHOICES} />,
  <ReferenceInput key="clientId" source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Client" />
  </ReferenceInput>,
  <ReferenceInput key="engagementId" source="engagementId" reference="Engagement" sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput label="Engagement" />
  </ReferenceInput>,
];

const ListActions = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'Role', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};

/** Open roles first (the API's default: status ASC, then oldest first). Those who may plan staffing select roles for a plan. */
export const RoleList = () => {
  const { canAccess: canPlan } = useCanAccess({ resource: 'StaffingPlan', action: 'create' });
  return (
    <List filters={roleFilters} actions={<ListActions />} sort={{ field: 'status', order: 'ASC' }} exporter={roleExporter}>
      <Datagrid rowClick="show" bulkActionButtons={canPlan ? <PlanStaffingBulkButton /> : false}>
        <TextField source="title" />
        <ReferenceField source="clientId" reference="Client" label="Client" sortable={false} link={false} />
        <ReferenceField source="engagementId" reference="Engagement" label="Engagement" sortable={false} link={false} />
        <ReferenceField source="engagementId" reference="Engagement" label="Owner" sortable={false} link={false}>
          <PersonField source="ownerId" />
        </ReferenceField>
        <FunctionField<RoleRecord> source="optionType" label="Option type" sortable={false} render={(r) => enumLabel('RecommendationOption', r.optionType)} />
        <FunctionField<RoleRecord> source="status" label="Status" render={(r) => <RoleStatusChip status={r.status} />} />
        <DateField source="startDate" label="Start" emptyText="—" />
        <FunctionField<RoleRecord> source="createdAt" label="Age (days)" textAlign="right" render={(r) => daysSince(r.createdAt) ?? '—'} />
        <FunctionField<RoleRecord> label="Matches" sortable={false} render={(r) => <MatchCountChips counts={r.matchCounts} />} />
      </Datagrid>
    </List>
  );
};
