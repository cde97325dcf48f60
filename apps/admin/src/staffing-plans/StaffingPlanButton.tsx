import GroupsIcon from '@mui/icons-material/Groups';
import { useCanAccess, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { ProgressButton } from '../common/ProgressButton';
import { useBusy } from '../common/useBusy';
import { request } from '../providers/client';
import { CreateStaffingPlanDocument } from './api';
import { apiErrorText } from './errors';

/** On an engagement's Roles tab: a plan for all its open roles (the API picks them), then the plan's page. */
export const EngagementStaffingPlanButton = () => {
  const engagement = useRecordContext<{ id: string; title?: string }>();
  const { canAccess } = useCanAccess({ resource: 'StaffingPlan', action: 'create' });
  const notify = useNotify();
  const redirect = useRedirect();
  const { busy, run } = useBusy();
  if (!engagement || !canAccess) return null;
  const create = async () => {
    try {
      const { createStaffingPlan } = await request(CreateStaffingPlanDocument, { engagementId: String(engagement.id) });
      redirect('show', 'StaffingPlan', createStaffingPlan.id);
    } catch (error) {
      notify(apiErrorText(error, 'The plan could not be started.'), { type: 'error' });
    }
  };
  return (
    <ProgressButton busy={busy} size="small" variant="outlined" startIcon={<GroupsIcon />} onClick={() => void run(create)}>
      Staffing plan
    </ProgressButton>
  );
};
