import GroupsIcon from '@mui/icons-material/Groups';
import { Button, LinkBase, useCreatePath, useListContext } from 'react-admin';

/** The Roles list's bulk action: "New staffing plan" with the selected roles filled in (only open ones can be planned; the form says so). */
export const PlanStaffingBulkButton = () => {
  const { selectedIds } = useListContext();
  const createPath = useCreatePath();
  const to = `${createPath({ resource: 'StaffingPlan', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ roleIds: selectedIds }))}`;
  return (
    <Button component={LinkBase} to={to} label="Plan staffing">
      <GroupsIcon />
    </Button>
  );
};
