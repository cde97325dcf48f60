import GroupsIcon from '@mui/icons-material/Groups';
import { lazyView } from '../common/lazyView';
import { formatDate } from '../common/DateField';

export default {
  list: lazyView(() => import('./StaffingPlanList'), 'StaffingPlanList'),
  show: lazyView(() => import('./StaffingPlanShow'), 'StaffingPlanShow'),
  create: lazyView(() => import('./StaffingPlanCreate'), 'StaffingPlanCreate'),
  icon: GroupsIcon,
  options: { label: 'Staffing plans' },
  recordRepresentation: (r: { createdAt?: string }) => (r.createdAt ? `Staffing plan of ${formatDate(r.createdAt)}` : 'Staffing plan'),
};
