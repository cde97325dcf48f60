import BusinessIcon from '@mui/icons-material/Business';
import { ClientCreate } from './ClientCreate';
import { ClientEdit } from './ClientEdit';
import { ClientList } from './ClientList';

export default {
  list: ClientList,
  create: ClientCreate,
  edit: ClientEdit,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
