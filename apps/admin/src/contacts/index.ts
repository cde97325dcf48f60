import ContactsIcon from '@mui/icons-material/Contacts';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./ContactList'), 'ContactList'),
  show: lazyView(() => import('./ContactShow'), 'ContactShow'),
  create: lazyView(() => import('./ContactCreate'), 'ContactCreate'),
  edit: lazyView(() => import('./ContactEdit'), 'ContactEdit'),
  icon: ContactsIcon,
  recordRepresentation: 'name',
};
