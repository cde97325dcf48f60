import { Stack } from '@mui/material';
import { enumLabel } from '@orchestra/shared';
import { Datagrid, FunctionField, ReferenceManyField, TextField, useCanAccess, useListContext } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { OpenRoleButton } from '../roles/OpenRoleButton';
import { MatchCountChips, RoleStatusChip } from '../roles/RoleStatusChips';
import type { RoleRecord } from '../roles/roleFields';
import { EngagementStaffingPlanButton } from '../staffing-plans/StaffingPlanButton';
import { TeamBuilderLink, teamBuilderRows } from '../team-builder/TeamBuilderLink';

/** The roles' grid; a Team column when a specialist-team option drafted some of them (its team builder, once per option). */
const RolesGrid = ({ canEdit }: { canEdit: boolean }) => {
  const { data } = useListContext<RoleRecord>();
  const teams = teamBuilderRows(data).size > 0;
  return (
    <Datagrid
      bulkActionButtons={false}
      rowClick="show"
      empty={<EmptyText>No roles yet: accepting a staffing option on the Gaps tab drafts them, or create one on the Roles page.</EmptyText>}
    >
      <TextField source="title" />
      <FunctionField<RoleRecord> label="Option" render={(r) => enumLabel('RecommendationOption', r.optionType)} />
      <FunctionField<RoleRecord> label="Status" render={(r) => <RoleStatusChip status={r.status} />} />
      <FunctionField<RoleRecord> label="Pipeline" render={(r) => <MatchCountChips counts={r.matchCounts} />} />
      {teams && <TeamBuilderLink label="Team" />}
      {canEdit && <OpenRoleButton />}
    </Datagrid>
  );
};

/**
 * The Roles tab: every role drafted or created for the engagement, with its status and pipeline
 * (matches per stage); "Staffing plan" staffs all its open roles at once, and each specialist-team
 * option has its team builder.
 */
export const EngagementRoles = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'Role', action: 'edit' });
  return (
    <Stack gap={1}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <EngagementStaffingPlanButton />
      </Stack>
      <ReferenceManyField reference="Role" target="engagementId" sort={{ field: 'status', order: 'ASC' }} perPage={100} label={false}>
        <RolesGrid canEdit={canEdit ?? false} />
      </ReferenceManyField>
    </Stack>
  );
};
