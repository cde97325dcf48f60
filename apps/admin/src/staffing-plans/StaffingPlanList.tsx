import { Box, Typography } from '@mui/material';
import { STAFFING_PLAN_STATUSES, enumLabel } from '@orchestra/shared';
import { CreateButton, Datagrid, ExportButton, FunctionField, List, SelectInput, TopToolbar, useCanAccess } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { formatScore } from '../common/matching/matchFormat';
import type { StaffingPlanRecord } from './api';
import { staffingPlanExporter } from './staffingPlanExporter';

const STATUS_CHOICES = STAFFING_PLAN_STATUSES.map((id) => ({ id, name: enumLabel('StaffingPlanStatus', id) }));
const filters = [<SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />];

const ListActions = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'StaffingPlan', action: 'create' });
  return (
    <TopToolbar>
      {canCreate && <CreateButton label="New staffing plan" />}
      <ExportButton />
    </TopToolbar>
  );
};

const Empty = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'StaffingPlan', action: 'create' });
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" component="p">
        No staffing plans yet
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        A plan staffs several open roles from one pool at once, and shows where it beats picking role by role.
      </Typography>
      {canCreate && <CreateButton label="New staffing plan" variant="contained" />}
    </Box>
  );
};

/** "82.4 vs 74.0": the plan's total score beside greedy's, once solved. */
const totals = (r: StaffingPlanRecord, pick: (s: NonNullable<StaffingPlanRecord['plan']>) => string) => (r.plan && r.greedy ? `${pick(r.plan)} vs ${pick(r.greedy)}` : '—');

/** Newest first. */
export const StaffingPlanList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }} exporter={staffingPlanExporter} empty={<Empty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="createdAt" label="Created" />
      <EnumField source="status" label="Status" kind="StaffingPlanStatus" chip />
      <FunctionField<StaffingPlanRecord> label="Roles" textAlign="right" sortable={false} render={(r) => r.roleIds.length} />
      <FunctionField<StaffingPlanRecord> label="Total score (plan vs greedy)" sortable={false} render={(r) => totals(r, (s) => formatScore(s.totalScore))} />
      <FunctionField<StaffingPlanRecord> label="Roles filled (plan / greedy)" sortable={false} render={(r) => (r.plan && r.greedy ? `${r.plan.filled} / ${r.greedy.filled}` : '—')} />
    </Datagrid>
  </List>
);
