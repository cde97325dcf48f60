import AssignmentIcon from '@mui/icons-material/Assignment';
import { RoleCreate } from './RoleCreate';
import { RoleEdit } from './RoleEdit';
import { RoleList } from './RoleList';
import { RoleShow } from './RoleShow';

export default {
  list: RoleList,
  show: RoleShow,
  create: RoleCreate,
  edit: RoleEdit,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
