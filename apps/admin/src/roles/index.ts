import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./RoleList'), 'RoleList'),
  show: lazyView(() => import('./RoleShow'), 'RoleShow'),
  create: lazyView(() => import('./RoleCreate'), 'RoleCreate'),
  edit: lazyView(() => import('./RoleEdit'), 'RoleEdit'),
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
