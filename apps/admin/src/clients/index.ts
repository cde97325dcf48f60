import BusinessIcon from '@mui/icons-material/Business';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./ClientList'), 'ClientList'),
  show: lazyView(() => import('./ClientShow'), 'ClientShow'),
  create: lazyView(() => import('./ClientCreate'), 'ClientCreate'),
  edit: lazyView(() => import('./ClientEdit'), 'ClientEdit'),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
